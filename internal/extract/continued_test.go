package extract

import "testing"

// TestContinuedQuote checks a quotation opening in lower case after a
// parenthetical attribution: it goes on with the clause before the
// attribution, unless that piece cannot head it.
func TestContinuedQuote(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"noun phrase head, quoted predicate",
			"The town's new library, the mayor said, “is the best thing we have built in years.”",
			[]string{"The town's new library, the mayor said, “is the best thing we have built in years.”"}, nil},
		{"clause head, single marks typed twice",
			"While sales are up this year, she said, ''this has done nothing for the workers.''",
			[]string{"While sales are up this year, she said, ''this has done nothing for the workers.''"}, nil},
		{"capitalised quotation stands alone",
			"At the fair on Sunday, the mayor said, “We will rebuild the bridge.”",
			[]string{"“We will rebuild the bridge.”"}, nil},
		{"list item after including",
			"The speech was aimed at his critics, including, he said, “people who never leave the capital.”",
			[]string{"“people who never leave the capital.”"},
			[]string{"The speech was aimed at his critics, including, he said, “people who never leave the capital.”"}},
		{"borrowed phrase after as",
			"The plant has long been seen, as Mayor Ruiz put it, “the heart of the valley.”",
			[]string{"“the heart of the valley.”"},
			[]string{"The plant has long been seen, as Mayor Ruiz put it, “the heart of the valley.”"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
