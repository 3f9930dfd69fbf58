package extract

import "testing"

// TestAppositionBeforeAdverb covers a subject's apposition whose closing
// comma is followed by a discourse adverb of the predicate ("then",
// "also", "still") or a time phrase ("on Monday"): it belongs to the
// clause, so the apposition
// stays in the source of a coordinated or participle cue, as it does
// when the verb follows the comma directly.
func TestAppositionBeforeAdverb(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"Ada Holm, a retired ferry pilot, then went on the radio and began by saying the harbor should close at night.",
			"the harbor should close at night", "Ada Holm, a retired ferry pilot", "saying"},
		{"Ada Holm, a retired ferry pilot, also went on the radio and said the harbor should close at night.",
			"the harbor should close at night", "Ada Holm, a retired ferry pilot", "said"},
		{"Ada Holm, a retired ferry pilot, went on the radio, saying the harbor should close at night.",
			"the harbor should close at night", "Ada Holm, a retired ferry pilot", "saying"},
		{"Ada Holm, a retired ferry pilot, on Monday went on the radio, saying the harbor should close at night.",
			"the harbor should close at night", "Ada Holm, a retired ferry pilot", "saying"},
	})
	// An aside right after the name is no apposition.
	checkCueCases(t, []cueCase{
		{"Ada Holm, meanwhile, went on the radio and said the harbor should close at night.",
			"the harbor should close at night", "Ada Holm", "said"},
	})
}
