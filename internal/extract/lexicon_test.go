package extract

import "testing"

// TestNumberHeadDocuments checks the documents personNoun lets into
// numberHeads: their other number heads a source as a person noun does.
func TestNumberHeadDocuments(t *testing.T) {
	if !numberHeads["letters"] || numberHeads["boards"] {
		t.Errorf("numberHeads: letters %v, boards %v; want true, false", numberHeads["letters"], numberHeads["boards"])
	}
	checkMentions(t, []mentionCase{
		{"plural document", "Two letters from the tram union say the fares are unfair.",
			"the fares are unfair", "Two letters from the tram union"},
	})
}
