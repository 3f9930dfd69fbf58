package extract

import "testing"

// TestDoubleHyphenDash checks that "--" typed for a dash is read as one
// "—": it ends a content before a summing-up aside and skips a dashed
// aside after the cue, as the em dash does, while a single hyphen inside
// a word and a spaced single hyphen keep their old reading.
func TestDoubleHyphenDash(t *testing.T) {
	d := newDoc("The ferry -- late again -- left; a well-known---and odd---pier.")
	var dashes []string
	for k := range d.toks {
		if d.toks[k].kind == tkPunct && isDashTok(d, k) {
			dashes = append(dashes, d.text(int(d.toks[k].s), int(d.toks[k].e))+"="+d.lw(k))
		}
	}
	want := []string{"--=—", "--=—", "---=—", "---=—"}
	if len(dashes) != len(want) {
		t.Fatalf("dash tokens %q, want %q", dashes, want)
	}
	for i := range want {
		if dashes[i] != want[i] {
			t.Errorf("dash token %d is %q, want %q", i, dashes[i], want[i])
		}
	}
	for _, c := range []struct {
		name, text    string
		want, notWant []string
	}{
		{"aside after the cue", "Intro.\n\nThe mayor said -- in an unusually blunt memo -- that the ferry contract was void.",
			[]string{"that the ferry contract was void"}, []string{"in an unusually blunt memo -- that the ferry contract was void"}},
		{"summing-up tail", "Intro.\n\nThe operator had said that the ferry was safe -- a claim that the inspectors disputed.",
			[]string{"that the ferry was safe"}, []string{"that the ferry was safe -- a claim that the inspectors disputed"}},
		// Must not change: the em dash itself, and a quotation holding
		// a double hyphen stays whole.
		{"em dash as before", "Intro.\n\nThe mayor said — in an unusually blunt memo — that the ferry contract was void.",
			[]string{"that the ferry contract was void"}, nil},
		{"inside a quotation", "Intro.\n\n“The ferry is late -- again -- and nobody cares,” said Dana Whitlow, the harbor master.",
			[]string{"“The ferry is late -- again -- and nobody cares,”"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
