package extract

import "testing"

// TestCountedDescription covers a counted description before an apposed
// name ("One Liberal councillor, Ada Holm, says …"): the description
// and the name together are the source, even when a capitalised
// adjective follows "One".
func TestCountedDescription(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "One and a capitalised adjective",
			text:    `One Liberal harbor councillor, Ada Holm, says despite the storm, the ferry will sail.`,
			quote:   "despite the storm, the ferry will sail",
			mention: "One Liberal harbor councillor, Ada Holm",
		},
		{
			name:    "Another and a capitalised adjective",
			text:    `Another Green councillor, Bo Lind, said despite the vote, the pier would close.`,
			quote:   "despite the vote, the pier would close",
			mention: "Another Green councillor, Bo Lind",
		},
	}
	checkQuoteCases(t, cases)
}
