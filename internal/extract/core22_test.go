package extract

import "testing"

// TestSemicolonSeries checks that a clause content whose semicolons join
// a series closed by "; and" runs to the series' end, and that a
// semicolon without the closing "and", one after an object, or one in a
// passive "was said" still ends the content.
func TestSemicolonSeries(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"said with a verb series", "The ferry crews said they had repaired the docks; painted the hulls; and trained new pilots.",
			[]string{"they had repaired the docks; painted the hulls; and trained new pilots"}, nil},
		{"according to with a name series", "According to the harbor schedule, the mayor will speak at noon, along with Ann Bell; Ed Moss; and Cy Hale.",
			[]string{"the mayor will speak at noon, along with Ann Bell; Ed Moss; and Cy Hale"}, nil},
		// must not fire
		{"no closing and", "The ferry crews said they had repaired the docks; the pilots were still in training.",
			[]string{"they had repaired the docks"}, []string{"they had repaired the docks; the pilots were still in training"}},
		{"object before the series", "The captain criticized the budget; the mayor praised it; and the council stayed quiet.",
			nil, []string{"the budget; the mayor praised it; and the council stayed quiet"}},
		{"passive was said", "He was said to have rebuilt the pier; and the council paid him well.",
			nil, []string{"he was said to have rebuilt the pier; and the council paid him well", "to have rebuilt the pier; and the council paid him well"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestParenQuoteStart checks that a quotation with its attribution inside
// a parenthesis in mid-sentence is the content alone, not the sentence
// up to it, and that a quotation opening a sentence keeps its reading.
func TestParenQuoteStart(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"inverted wrote inside a parenthesis", "The fare rise prompted some blowback from riders (“We pay enough already,” wrote Ed Moss, a commuter in Salem, on the forum), and the council will likely hear more.",
			[]string{"“We pay enough already,”"}, []string{"The fare rise prompted some blowback from riders (“We pay enough already,”"}},
		{"wrote inside a parenthesis", "An argument between those who fear higher fares (“This is less a fare and more a tax,” Ann Bell wrote in The Harbor Times last week) and those who fear cuts.",
			[]string{"“This is less a fare and more a tax,”"}, nil},
		// must not fire
		{"quotation opening the sentence", "“The ferry will run on time,” said Ann Bell, the harbor chief.",
			[]string{"“The ferry will run on time,”"}, nil},
		{"mixed quotation in the clause", "The mayor called the plan “a disaster for riders,” Ann Bell said.",
			[]string{"The mayor called the plan “a disaster for riders,”"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestBareInScope checks that a bare verb after "and", governed by a
// modal or "to" inside a content that an inflected cue opens, stays in
// the content, and that an inflected second verb, or one after a
// content without a modal, still ends it.
func TestBareInScope(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"modal would", "The mayor said no riders would follow the chief and endorse the plan.",
			[]string{"no riders would follow the chief and endorse the plan"}, nil},
		{"to infinitive", "The mayor said the board had a chance to fix the pier and sow doubts about the plan.",
			[]string{"the board had a chance to fix the pier and sow doubts about the plan"}, nil},
		// must not fire
		{"inflected second verb", "The mayor said she will visit the pier and told riders the fares would rise.",
			[]string{"she will visit the pier"}, []string{"she will visit the pier and told riders the fares would rise"}},
		{"no modal in the content", "The mayor said the pier was closed and warned riders to stay away.",
			[]string{"the pier was closed"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestDashQuoteStart checks that a quotation with its attribution inside
// a dash aside is the content alone, and that a quotation resumed after
// a dash aside, or a dash without a quotation, keeps the whole.
func TestDashQuoteStart(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"aside before a second predicate", "The mayor praised the crews - “They worked all night,” she said - and thanked the riders.",
			[]string{"“They worked all night,”", "the crews"}, []string{"The mayor praised the crews - “They worked all night,”"}},
		{"aside before a contrast", "The chief was not impressed by the plan - “Born in a back room,” Ed Moss said - but he did not vote against it.",
			[]string{"“Born in a back room,”"}, nil},
		// must not fire
		{"quotation resumed after the aside", "“I don't think the old view” -- that the pier is doomed -- “is going to last,” he says.",
			[]string{"“I don't think the old view” -- that the pier is doomed -- “is going to last,”"}, []string{"“is going to last,”"}},
		{"dash without a quotation", "The council voted no - a blow to the mayor, aides said.",
			[]string{"The council voted no - a blow to the mayor"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}
