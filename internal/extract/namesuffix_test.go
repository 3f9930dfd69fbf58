package extract

import "testing"

// TestNameSuffixComma covers a name suffix set off by a comma before the
// cue ("Bob Lee, Jr. said"): the suffix closes the name, so the mention
// is the whole name, not the suffix alone.
func TestNameSuffixComma(t *testing.T) {
	checkMentions(t, []mentionCase{
		{
			name:    "a suffix after a comma",
			in:      "Tobias Brandt, Jr. said the ferry toll would be scrapped.",
			content: "the ferry toll would be scrapped",
			mention: "Tobias Brandt, Jr.",
		},
		{
			name:    "a senior suffix after a comma with an apposition before",
			in:      "His father, Tobias Brandt, Sr. said the pier would close in May.",
			content: "the pier would close in May",
			mention: "His father, Tobias Brandt, Sr.",
		},
		{
			name:    "a suffix without a comma",
			in:      "Tobias Brandt Jr. said the pier would close in May.",
			content: "the pier would close in May",
			mention: "Tobias Brandt Jr.",
		},
	})
}
