package extract

import "testing"

// TestPollShareJoin covers an opening poll phrase whose finding counts
// two shares, each with its own "said": the second share's report is
// part of the poll's finding, not a report of its own.
func TestPollShareJoin(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "two shares joined by and",
			in:      "In a Harbor Gazette survey released last Thursday, 79 percent of rowers said they were satisfied with the new ferry schedule and 60 percent said they would like the next mayor to keep it.",
			content: "79 percent of rowers said they were satisfied with the new ferry schedule and 60 percent said they would like the next mayor to keep it",
			mention: "a Harbor Gazette survey released last Thursday",
		},
	})
	checkContents(t, extract("Headline\n\nIn a Harbor Gazette survey released last Thursday, 79 percent of rowers said they were satisfied with the new ferry schedule and 60 percent said they would like the next mayor to keep it.", Meta{}), nil, []string{"they would like the next mayor to keep it"})
}
