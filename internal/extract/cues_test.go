package extract

import "testing"

// TestFocusAdverb checks that a learned cue ending in a focus
// adverb ("said only") keeps the adverb only before "that"; before a
// bare clause the adverb bounds the content's subject.
func TestFocusAdverb(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The harbour master said only the board could decide.", "only the board could decide", "The harbour master", "said"},
		{"The head coach said only a late winner would keep them up.", "only a late winner would keep them up", "The head coach", "said"},
		{"The fire chief said only crews trained in rope rescue would be sent.", "only crews trained in rope rescue would be sent", "The fire chief", "said"},
		{"Researchers said just 12 of the 300 patients responded to the drug.", "just 12 of the 300 patients responded to the drug", "Researchers", "said"},
		// Before "that" the adverb stays in the cue.
		{"The treasurer said only that the accounts were being reviewed.", "that the accounts were being reviewed", "The treasurer", "said only"},
	})
}

// TestNameMiddleNoCue: in running text a capitalised cue word after a
// capitalised word goes on a name ("The Tampa Herald", "Echoing Hope
// Ranch") and is no cue; the report's own verb after the name is.
func TestNameMiddleNoCue(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"paper name before its verb", "“We are done here,” The Tampa Herald reported.",
			[][2]string{{"“We are done here,”", "The Tampa Herald"}}},
		{"institute name before its verb", "The Urban Warns Institute said the levy was too high.",
			[][2]string{{"the levy was too high", "The Urban Warns Institute"}}},
		{"place name, no report", "Families at Echoing Hope Ranch in Idaho learn to farm.",
			nil},
	})
}

// TestNameMiddleKeepsCue: a short label line, a date that opens the cue
// and a sentence-opening participle keep their cues.
func TestNameMiddleKeepsCue(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"two-word label line", "Mayor Lee Warns: “The bridge will close.”",
			[][2]string{{"“The bridge will close.”", "Mayor Lee"}}},
		{"weekday before the verb", "Ms. Lane Sunday night recounted the meeting in detail.",
			[][2]string{{"the meeting in detail", "Ms. Lane"}}},
		{"sentence-opening participle", "The mayor left early. Asked about the delay, she said the trains were full.",
			[][2]string{{"the delay", ""}, {"the trains were full", "she"}}},
	})
}

// TestUponCue checks that a learned "V on" cue also reads "V upon",
// the content starting after "upon", and that "upon" alone makes no cue.
func TestUponCue(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The mayor commented upon the ruling that closed the harbor.", "the ruling that closed the harbor", "The mayor", "commented upon"},
		{"The coach weighed in upon the dispute over the new stadium.", "the dispute over the new stadium", "The coach", "weighed in upon"},
		// Must not fire: no "on" cue behind it, or "upon" opening the sentence.
		{"Upon his return the mayor said the harbor would close.", "the harbor would close", "the mayor", "said"},
	})
	if got := bodyQuotes("The mayor relied upon the report to close the harbor."); len(got) != 0 {
		t.Errorf("relied upon: got %q, want nothing", got)
	}
}
