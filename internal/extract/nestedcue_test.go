package extract

import "testing"

// TestNestedSameSource checks that a report inside the content of
// another report by the same source is left to the outer one, while a
// participle after the content, an inner report with a source of its
// own and a quotation's companion stay.
func TestNestedSameSource(t *testing.T) {
	cases := []cuePresenceCase{
		{"by arguing inside said", "He said the campaign remained committed to winning over delegates by arguing that the senator would be a stronger candidate.", "arguing", false},
		{"by suggesting inside told", "The mayor has told residents that they should respond by suggesting that the council cut the budget.", "suggesting", false},
		{"by remembering inside said", "The governor said she hopes voters reflect on the flood by remembering the volunteers who helped.", "remembering", false},
		{"by calling on inside told", "Reid told reporters that the senator may have broken the law by calling on foreign agents to hack the files.", "calling on", false},
		{"outer report kept", "He said the campaign remained committed to winning over delegates by arguing that the senator would be a stronger candidate.", "said", true},
		{"participle after the content", "The union argued that members would lose pay, saying the plan was unfair.", "saying", true},
		{"adding after a clause", "Lee said he planned to stay, adding that the farm would reopen in May.", "adding", true},
		{"adding after a quotation", "“We will win,” Lee said, adding that the farm would reopen in May.", "adding", true},
	}
	checkCuePresence(t, cases)
}
