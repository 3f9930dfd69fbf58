package extract

import "testing"

// TestTimeAdjective covers "early" or "late" opening a cue's object as
// an adjective ("reflect early doubts", "said late fees …"): the
// content starts there, where "said early Monday" or "said late in the
// day" is a time phrase and no content.
func TestTimeAdjective(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "a document's verb of evidence",
			in:      "The harbor emails reflect early doubts among the pilots about the new ferry schedule.",
			content: "early doubts among the pilots about the new ferry schedule",
			mention: "The harbor emails",
		},
		{
			name:    "a speech verb before a clause",
			in:      "The clerk said late fees had doubled at the marina since spring.",
			content: "late fees had doubled at the marina since spring",
			mention: "The clerk",
		},
		{
			name:    "a time phrase still opens no content",
			in:      "The clerk said early Tuesday that the marina would close for repairs.",
			content: "that the marina would close for repairs",
			mention: "The clerk",
		},
	})
}
