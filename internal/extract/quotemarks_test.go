package extract

import "testing"

// TestSingleMarks checks an article quoted in single marks, as
// British papers print it, with no double marks anywhere: its pairs are
// quotations. A plural possessive inside one closes nothing.
func TestSingleMarks(t *testing.T) {
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

// TestBritishInnerDoubles checks that single marks wrapping double
// ones are the quotation, British style, and that American nesting and
// a scare-quoted phrase beside a double-quoted one keep their reading.
func TestBritishInnerDoubles(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"'He labelled the deal \"a sell-out\",' the MP said.", "'He labelled the deal \"a sell-out\",'", "the MP", "said"},
		{"'The phrase \"value for money\" means nothing now,' Ms Hart said.", "'The phrase \"value for money\" means nothing now,'", "Ms Hart", "said"},
		{"'It was \"shambolic\", frankly,' said the councillor.", "'It was \"shambolic\", frankly,'", "the councillor", "said"},
		// Must not fire: American nesting, and double marks outside the single pair.
		{"\"We labelled it 'a sell-out,'\" the senator said.", "\"We labelled it 'a sell-out,'\"", "the senator", "said"},
		{"He said the so-called 'pothole levy' was \"unfair\".", "the so-called 'pothole levy' was \"unfair\"", "He", "said"},
	})
}
