package extract

import "testing"

// TestSayspres covers present-tense and tell-type reports: each case
// names the quote and source it must give, and a look-alike names
// contents that must not appear.
func TestSayspres(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "a share says, then a bare contrasting share",
			text:    `Among the ferry crews, 61% say they sleep badly, 22% soundly.`,
			quote:   "they sleep badly",
			mention: "61%",
			notWant: []string{"they sleep badly, 22% soundly"},
		},
		{
			name:    "a share says, then compared with another share",
			text:    `Only 18 percent of the rowers said the river was too cold, compared with 40 percent of the swimmers.`,
			quote:   "the river was too cold",
			mention: "Only 18 percent of the rowers",
			notWant: []string{"the river was too cold, compared with 40 percent of the swimmers"},
		},
		{
			name:    "a share says, then a share with a weak verb",
			text:    `Among the ferry crews, 61% say they sleep badly, 22% call themselves rested.`,
			quote:   "they sleep badly",
			mention: "61%",
			notWant: []string{"they sleep badly, 22% call themselves rested"},
		},
		{
			name:    "a share says, then a second share with its own verb",
			text:    `About 30 percent said they would stay home, 12 percent of those who answered said they would row.`,
			quote:   "they would row",
			mention: "12 percent of those who answered",
		},
		{
			name:    "a plain subject keeps a trailing percentage",
			text:    `The millers say the harvest fell sharply, 30 percent below the spring estimate.`,
			quote:   "the harvest fell sharply, 30 percent below the spring estimate",
			mention: "The millers",
			notWant: []string{"the harvest fell sharply"},
		},
		{
			name:    "telling a hearer with a place phrase, then that",
			text:    `The mayor spoke on Friday, telling farmers in Leeds, Maine, that the mill would reopen.`,
			quote:   "that the mill would reopen",
			mention: "The mayor",
			notWant: []string{"Maine, that the mill would reopen"},
		},
		{
			name:    "telling a coordinated hearer, then that",
			text:    `The mayor waved, telling farmers and their families that the mill would reopen.`,
			quote:   "that the mill would reopen",
			mention: "The mayor",
			notWant: []string{"and their families that the mill would reopen"},
		},
		{
			name:    "telling with no clause after the hearer",
			text:    `The mayor waved, telling farmers about the mill.`,
			notWant: []string{"that the mill"},
		},
	}
	checkQuoteCases(t, cases)
}
