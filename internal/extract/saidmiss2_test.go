package extract

import "testing"

// TestSaidmiss2 covers confident speech cues a layout used to miss, each
// with a look-alike that must stay as it was.
func TestSaidmiss2(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "negated say with an embedded question",
			text: `The ferry line would not say whether the night crossing will resume in June.`,
			want: []string{`whether the night crossing will resume in June`},
		},
		{
			name:    "negated say with a which question stays an open question",
			text:    `The ferry line did not say which harbors had agreed to take the night boats.`,
			notWant: []string{`which harbors had agreed to take the night boats`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}

// TestSaidmiss2Openings: a confident say-verb takes the sentence's opening
// phrase as its source past an opening clause, a ", but", a dash or
// parenthesis aside, and a name that spells an auxiliary.
func TestSaidmiss2Openings(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{`Even if the levy fails, the pilots in both ports — Avery and Lund — said they would keep working.`, `they would keep working`, "the pilots in both ports — Avery and Lund —"},
		{`Despite the storm, the pilots in both ports — Avery and Lund — said they would keep working.`, `they would keep working`, "the pilots in both ports — Avery and Lund —"},
		{`Councilor Mara Tesh (a Lund native so young she has been mistaken for an intern) says she will run again.`, `she will run again`, "Councilor Mara Tesh (a Lund native so young she has been mistaken for an intern)"},
		{`Few neighbors would admit it, but Councilor Mara Tesh (a native so young she has been mistaken for an intern) says the pier is unsafe.`, `the pier is unsafe`, "Councilor Mara Tesh (a native so young she has been mistaken for an intern)"},
		{`Ada May, 54, a baker, said she was tired of the noise.`, `she was tired of the noise`, "Ada May, 54, a baker,"},
	} {
		found := false
		for _, q := range extract(c.text, Meta{}).Quotes {
			if q.Text != c.quote {
				continue
			}
			found = true
			if q.Mention == nil || q.Mention.Text != c.mention {
				t.Errorf("%q: source %+v, want %q", c.quote, q.Mention, c.mention)
			}
		}
		if !found {
			t.Errorf("no quote %q in %q", c.quote, c.text)
		}
	}
	// A dash that closes no aside, or an aside after a verb, leaves the
	// phrase before it no subject.
	for _, text := range []string{
		`The pilots in both ports — said they would keep working.`,
		`Some of the clerks met the mayor and — as expected — said the office would close early.`,
	} {
		if r := extract(text, Meta{}); len(r.Quotes) != 0 {
			t.Errorf("%q: got %d quotes, want none", text, len(r.Quotes))
		}
	}
}
