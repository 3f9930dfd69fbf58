package extract

import (
	"strings"
	"testing"
)

// probe15Case is one sentence and the single attribution it must give.
type probe15Case struct{ in, content, source string }

func checkProbe15(t *testing.T, cs []probe15Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestProbe15ClockTime checks that a clock time in the cue's adjuncts
// ("at 2:30 p.m.", "at 14:30 GMT") is one word, so its colon does not
// read as one that introduces a quotation.
func TestProbe15ClockTime(t *testing.T) {
	checkProbe15(t, []probe15Case{
		{"The coastguard said at 2:30 p.m. that the ferry had docked safely.", "that the ferry had docked safely", "The coastguard"},
		{"Rail operators said at 06:45 GMT that services would resume.", "that services would resume", "Rail operators"},
		{"The council said at 9:15 on Monday that the bins would be emptied.", "that the bins would be emptied", "The council"},
		// A colon after the cue still introduces the quotation.
		{"The skipper said: \u201cWe docked at 2:30 and nobody was hurt.\u201d", "\u201cWe docked at 2:30 and nobody was hurt.\u201d", "The skipper"},
	})
	if got := bodyQuotes("The skipper said: 14 crew were rescued."); len(got) != 1 || got[0][0] != "14 crew were rescued" {
		t.Errorf("got %q, want content \"14 crew were rescued\"", got)
	}
}

// TestProbe15HardWrapped checks text wrapped at a fixed width, as
// plain-text feeds and e-mails come: its lines are no paragraphs, so it
// gives what the same text unwrapped gives.
func TestProbe15HardWrapped(t *testing.T) {
	flat := []string{
		"\u201cWe will keep the depot open whatever the council decides about the budget,\u201d said Rhiannon Pugh, who chairs the tenants\u2019 association in Swansea.",
		"The transport secretary said the line would stay shut for three more weeks because engineers had found cracks in two viaducts.",
		"Investigators said a 51-year-old pilot from Aberdeen had been questioned on Friday and was later released without charge.",
	}
	for _, width := range []int{44, 60, 72} {
		var paras []string
		for _, p := range flat {
			paras = append(paras, wrapAt(p, width))
		}
		for _, nl := range []string{"\n", "\r\n"} {
			wrapped := strings.ReplaceAll(strings.Join(paras, "\n\n"), "\n", nl)
			got, want := bodyQuotes(wrapped), bodyQuotes(strings.Join(flat, "\n\n"))
			if len(got) != len(want) || len(want) != 3 {
				t.Fatalf("width %d: got %q, want %q", width, got, want)
			}
			for i := range got {
				for j := 0; j < 3; j++ {
					if g := strings.Join(strings.Fields(got[i][j]), " "); g != want[i][j] {
						t.Errorf("width %d: got %q, want %q", width, got[i][j], want[i][j])
					}
				}
			}
		}
	}
}

// wrapAt breaks s into lines of at most width code points at spaces.
func wrapAt(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len([]rune(w)) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String()
}

// TestProbe15LineBreaks checks which single line breaks join lines: one
// before a lower-case word that goes on with the sentence does; a
// headline's or list item's, in text that is not hard-wrapped, does not.
func TestProbe15LineBreaks(t *testing.T) {
	got := bodyQuotes("The harbour master said the quay would stay closed until the\nstorm had passed.")
	if len(got) != 1 || got[0][0] != "the quay would stay closed until the\nstorm had passed" {
		t.Errorf("got %q, want one report across the break", got)
	}
	for _, c := range []struct {
		in   string
		wrap bool
	}{
		{"Ferry Strike Ends After Nine Days\nThe union said its members would return to work.", false},
		{"Key points\nFares rise 4%\nThe rail regulator said the rise was fair.", false},
		{"one two three four five six seven,\neight nine ten eleven twelve thirteen,\nfourteen fifteen.", true},
		{"Cuts Announced\nthe council said.\nMore Cuts\nthe mayor said,\nand left.\nNews\nSport\nWeather", false},
	} {
		if got := hardWrapped(c.in) > 0; got != c.wrap {
			t.Errorf("hardWrapped(%q) = %v, want %v", c.in, got, c.wrap)
		}
	}
	// In text that is not wrapped, a headline stays a paragraph of its own.
	got = bodyQuotes("Ferry Strike Ends After Nine Days\nThe union said its members would return to work on Monday.")
	if len(got) != 1 || got[0][1] != "The union" {
		t.Errorf("got %q, want source \"The union\"", got)
	}
}

// TestProbe15Invisible checks soft hyphens and zero-width marks, as text
// pasted from web pages carries: between words they are space, inside a
// word part of it, and the speaker's name drops them, as it drops a line
// break of wrapped text.
func TestProbe15Invisible(t *testing.T) {
	checkProbe15(t, []probe15Case{
		{"\u201cThe kiln is cold,\u201d said\u200b Ilse Brandt, a potter.", "\u201cThe kiln is cold,\u201d", "Ilse Brandt, a potter"},
		{"\u201cThe kiln is cold,\u201d said \u00adIlse Brandt, a potter.", "\u201cThe kiln is cold,\u201d", "Ilse Brandt, a potter"},
		{"\ufeffThe harbour\u00admaster said the quay was shut.", "the quay was shut", "The harbour\u00admaster"},
		{"The coroner said\u2060 the crash was an accident.", "the crash was an accident", "The coroner"},
	})
	for _, c := range []struct{ in, name string }{
		{"\u201cThe kiln is cold,\u201d said Il\u00adse Brandt.", "Ilse Brandt"},
		{"The spokes\u00adwoman said the quay was shut.", "spokeswoman"},
		{"Rain fell on the quay and on the boats, and the harbour\nwas closed for repairs, the port\u2019s manager, Ilse\nBrandt, said on Monday after the storm had passed\nover the town.", "Ilse Brandt"},
	} {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != c.name {
			t.Errorf("%q: got %+v, want one quote by %q", c.in, r.Quotes, c.name)
		}
	}
}

// TestProbe15PossessiveDay checks a day word that takes a possessive
// after the cue ("said Tuesday’s vote …"): it opens the content's noun
// phrase, so the cue ends before it and the content keeps it. A bare day
// word is still the cue's adjunct.
func TestProbe15PossessiveDay(t *testing.T) {
	checkProbe15(t, []probe15Case{
		{"The harbour master said Friday\u2019s regatta would go ahead.", "Friday\u2019s regatta would go ahead", "The harbour master"},
		{"Organisers said Sunday's parade had drawn record crowds.", "Sunday's parade had drawn record crowds", "Organisers"},
		{"The ferry company said yesterday\u2019s sailings were cancelled.", "yesterday\u2019s sailings were cancelled", "The ferry company"},
		{"The harbour master said Friday the regatta would go ahead.", "the regatta would go ahead", "The harbour master"},
		{"The harbour master said Friday that the regatta would go ahead.", "that the regatta would go ahead", "The harbour master"},
		{"The harbour master said Friday night\u2019s regatta had been a success.", "Friday night\u2019s regatta had been a success", "The harbour master"},
		// A venue phrase with a possessive runs to its noun.
		{"The skipper said on Sunday\u2019s broadcast that the crew were safe.", "that the crew were safe", "The skipper"},
		{"The skipper said on the club\u2019s website the crew were safe.", "the crew were safe", "The skipper"},
		{"The bosun said in Monday night\u2019s briefing that two boats had capsized.", "that two boats had capsized", "The bosun"},
		// A contraction after a time word is a clause's verb.
		{"The skipper says tonight he\u2019s ready to sail.", "he\u2019s ready to sail", "The skipper"},
	})
	// The venue phrase ends at the possessed noun only before a new
	// clause: in "the skipper’s evident worry that …" it does not.
	for _, q := range bodyQuotes("The mate wanted to address the skipper\u2019s evident worry that the hull was weak.") {
		if strings.HasPrefix(q[0], "evident worry") || strings.HasPrefix(q[0], "worry") {
			t.Errorf("got content %q, cut inside the object", q[0])
		}
	}
	if got := bodyQuotes("The harbour master said Friday\u2019s regatta would go ahead."); len(got) == 1 && got[0][2] != "said" {
		t.Errorf("got cue %q, want \"said\"", got[0][2])
	}
}

// TestProbe15QuoteDescribedName checks a quotation followed by a
// description with a postmodifier, the name in apposition, then the cue:
// the description opens after the closing mark. A comma inside the
// description is its own, so a place with its state stays in it.
func TestProbe15QuoteDescribedName(t *testing.T) {
	checkProbe15(t, []probe15Case{
		{"\u201cThe ferry will sail,\u201d the chairman of the harbour board, Ewan Shaw, said.", "\u201cThe ferry will sail,\u201d", "the chairman of the harbour board, Ewan Shaw"},
		{"\u201cThe ferry will sail,\u201d the head of the Port of Tyne, Ewan Shaw, said.", "\u201cThe ferry will sail,\u201d", "the head of the Port of Tyne, Ewan Shaw"},
		{"\u201cThe ferry will sail,\u201d Ewan Shaw, a boatman from Oban, Scotland, said.", "\u201cThe ferry will sail,\u201d", "Ewan Shaw, a boatman from Oban, Scotland"},
	})
}

// TestProbe15TimeAdjunct checks a time phrase between the cue and its
// that-clause, opened by "after", "before" or "around" (maybe measured:
// "shortly after") or by "at about" a time: the content starts at
// "that". Without "that" a number after "around" is the content's.
func TestProbe15TimeAdjunct(t *testing.T) {
	checkProbe15(t, []probe15Case{
		{"The lifeboat crew said shortly after 4 p.m. that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said just before dawn that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said after a long search that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said at about 4 p.m. that the yacht had been found.", "that the yacht had been found", "The lifeboat crew"},
		{"The lifeboat crew said around 40 sailors had been rescued.", "around 40 sailors had been rescued", "The lifeboat crew"},
	})
}

// TestProbe15SingleMarks checks an article quoted in single marks, as
// British papers print it, with no double marks anywhere: its pairs are
// quotations. A plural possessive inside one closes nothing.
func TestProbe15SingleMarks(t *testing.T) {
	in := "\u2018The lifeboat was out within minutes,\u2019 said Morag Reid, the station\u2019s coxswain.\n\n" +
		"\u2018The crew\u2019s training paid off,\u2019 she said. \u2018Nobody was hurt.\u2019\n\n" +
		"The harbour master said the skippers\u2019 association would review the rules."
	want := [][2]string{
		{"\u2018The lifeboat was out within minutes,\u2019", "Morag Reid, the station\u2019s coxswain"},
		{"\u2018The crew\u2019s training paid off,\u2019 she said. \u2018Nobody was hurt.\u2019", "she"},
		{"the skippers\u2019 association would review the rules", "The harbour master"},
	}
	got := bodyQuotes(in)
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
	got = bodyQuotes("\u2018The skippers\u2019 nets are torn,\u2019 said Morag Reid.\n\n\u2018We sail at dawn,\u2019 she said.")
	if len(got) != 2 || got[0][0] != "\u2018The skippers\u2019 nets are torn,\u2019" {
		t.Errorf("got %q, want the first quotation whole", got)
	}
	// Where double marks quote, single ones stay inner quotations or
	// titles; one pair alone is no quotation.
	for _, c := range []struct{ in, content string }{
		{"\u201cThey called it \u2018a pause\u2019,\u201d said Morag Reid.\n\nThe harbour master said the \u2018review\u2019 was a sham.", "\u201cThey called it \u2018a pause\u2019,\u201d"},
		{"The harbour master said the so-called \u2018review\u2019 was a sham.", "the so-called \u2018review\u2019 was a sham"},
		{"The harbour master said the '90s were lean years for the skippers' families.\n\nThe skipper said the '80s were worse for the crews' wives.", "the '90s were lean years for the skippers' families"},
	} {
		if got := bodyQuotes(c.in); len(got) == 0 || got[0][0] != c.content {
			t.Errorf("%q: got %q, want content %q first", c.in, got, c.content)
		}
	}
}
