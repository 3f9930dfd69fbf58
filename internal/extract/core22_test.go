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
