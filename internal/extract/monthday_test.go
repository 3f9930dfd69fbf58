package extract

import "testing"

// TestMonthDayMention covers a full date inside a noun phrase ("A
// Sept. 15, 2011 email"): the comma between day and year does not end
// the phrase, which runs back to its determiner.
func TestMonthDayMention(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "an abbreviated month",
			in:      "The regatta went ahead. A Sept. 12, 2014 email shows the guild paid its rowers in cash.",
			content: "the guild paid its rowers in cash",
			mention: "A Sept. 12, 2014 email",
		},
		{
			name:    "a full month name",
			in:      "The regatta went ahead. The March 3, 2016 report shows the pier was unsafe.",
			content: "the pier was unsafe",
			mention: "The March 3, 2016 report",
		},
	})
}
