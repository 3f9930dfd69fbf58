package extract

import "testing"

// "From X:" names a source only when X can be one.
func TestFromColon(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "from the start",
			in:          "From the outset: “We never asked for this fight.”",
			notMentions: []string{"the outset"}},
		{name: "from a day",
			in:          "From Tuesday: “All trains will stop at the border.”",
			notMentions: []string{"Tuesday"}},
		{name: "from a statement",
			in:   "From the statement: “We regret the delay to passengers.”",
			want: []string{"“We regret the delay to passengers.”"}},
		{name: "from a paper",
			in:   "From The Daily Ledger: “The mayor must resign before the vote.”",
			want: []string{"“The mayor must resign before the vote.”"}},
	})
}
