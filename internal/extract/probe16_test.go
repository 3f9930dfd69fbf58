package extract

import "testing"

// probe16Case is one sentence and the single attribution it must give:
// content, source and cue.
type probe16Case struct{ in, content, source, cue string }

func checkProbe16(t *testing.T, cs []probe16Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// TestProbe16FocusAdverb checks that a learned cue ending in a focus
// adverb ("said only") keeps the adverb only before "that"; before a
// bare clause the adverb bounds the content's subject.
func TestProbe16FocusAdverb(t *testing.T) {
	checkProbe16(t, []probe16Case{
		{"The harbour master said only the board could decide.", "only the board could decide", "The harbour master", "said"},
		{"The head coach said only a late winner would keep them up.", "only a late winner would keep them up", "The head coach", "said"},
		{"The fire chief said only crews trained in rope rescue would be sent.", "only crews trained in rope rescue would be sent", "The fire chief", "said"},
		{"Researchers said just 12 of the 300 patients responded to the drug.", "just 12 of the 300 patients responded to the drug", "Researchers", "said"},
		// Before "that" the adverb stays in the cue.
		{"The treasurer said only that the accounts were being reviewed.", "that the accounts were being reviewed", "The treasurer", "said only"},
	})
}

// TestProbe16ParenAside checks that a cue inside parentheses reports
// only what they hold: the content ends at their ")".
func TestProbe16ParenAside(t *testing.T) {
	checkProbe16(t, []probe16Case{
		{"The councillor (who said the scheme was \u201creckless\u201d) voted against it.", "the scheme was \u201creckless\u201d", "who", "said"},
		{"The bank\u2019s chief executive (who said profits would double) resigned on Monday.", "profits would double", "who", "said"},
		{"Two inspectors (one of them said the ferry was unsafe) left early.", "the ferry was unsafe", "one of them", "said"},
		// A "(" inside the content is matched there: no close.
		{"The treasurer said the fund (set up in 2019) had run dry.", "the fund (set up in 2019) had run dry", "The treasurer", "said"},
		{"(The treasurer said the fund had run dry.) Auditors disagreed.", "the fund had run dry", "The treasurer", "said"},
	})
}

// TestProbe16VenueName checks that "and" between capitalised words
// stays inside the venue phrase's name, so the content starts at "that".
func TestProbe16VenueName(t *testing.T) {
	checkProbe16(t, []probe16Case{
		{"The insurer said in a letter to the Fish and Wildlife Service that it would not pay.", "that it would not pay", "The insurer", "said"},
		{"The charity said in a letter to Dawes and Okoro that the grant had been withdrawn.", "that the grant had been withdrawn", "The charity", "said"},
		{"The insurer said in London and Madrid that claims had doubled.", "that claims had doubled", "The insurer", "said"},
	})
}
