package extract

import "testing"

// TestDocFindingContrast covers a document's finding whose object runs
// on past a comma into a "while" contrast: the contrast is the other
// half of the finding, where after a speech cue it is cut as the
// narrator's.
func TestDocFindingContrast(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "a poll's finding with its contrast",
			in:      "A new harbor poll showed Lind moving ahead of Holm in the port district, 32%-25%, while Berg was at 18%.",
			content: "Lind moving ahead of Holm in the port district, 32%-25%, while Berg was at 18%",
			mention: "A new harbor poll",
		},
	})
	checkContents(t, extract("Headline\n\nThe mayor praised the ferry crews in the port district, while Berg stayed at home.", Meta{}), nil, []string{"the ferry crews in the port district, while Berg stayed at home"})
}
