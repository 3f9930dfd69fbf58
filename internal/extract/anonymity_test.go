package extract

import "testing"

// TestAnonymityAdverb: an adverb closing the anonymity formula's
// infinitive ("not authorised to speak openly") belongs to the
// mention, not to the cue after it.
func TestAnonymityAdverb(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"formula adverb", "Two engineers not authorised to speak openly said the dam had cracked.", "the dam had cracked", "Two engineers not authorised to speak openly"},
		// an adverb on the cue itself still leaves the mention
		{"cue adverb", "The engineer later publicly said the dam had cracked.", "the dam had cracked", "The engineer"},
	})
}
