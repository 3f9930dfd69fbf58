package extract

import "testing"

// TestFinalVenue checks that a plain object content ends before a venue
// phrase that runs to the sentence's full stop, and that verb phrases,
// quoted words and bare nouns keep theirs; a one-word object is
// content on its own.
func TestFinalVenue(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"statement", "The mayor criticized the new budget plan in a statement.",
			"the new budget plan"},
		{"online", "The senator praised the city council on Twitter.",
			"the city council"},
		{"interview with", "The governor defended her tax proposals during an interview with a local radio station.",
			"her tax proposals"},
		{"one-word object", "The senator defended Smith in a recent interview with the local paper.",
			"Smith"},
		{"one-word object before a comma", "The mayor claimed victory in a statement, thanking her volunteers.",
			"victory"},
		{"one-word object before a clause", "The governor criticized Jones after he vetoed the bill.",
			"Jones"},
		{"one-word object before a comment", "The senator mocked Smith, who had left the party.",
			"Smith"},
		{"one-word object before a reason", "The mayor blamed Smith, because the budget had collapsed.",
			"Smith"},
		{"one-word object before a second predicate", "The mayor mocked Smith and said the bridge would reopen.",
			"Smith"},
		{"bare noun stays", "The mayor criticized the examples of waste in public spending.",
			"the examples of waste in public spending"},
		{"quoted words stay", "The mayor said the council “dropped the ball” in a statement.",
			"the council “dropped the ball” in a statement"},
		{"infinitive stays", "The mayor promised to honor the firefighters at the ceremony.",
			"to honor the firefighters at the ceremony"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			got := contents(r)
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}
