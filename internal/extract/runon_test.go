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
		{"one-word object", "Last week the chairwoman thanked volunteers on Facebook.",
			"volunteers"},
		{"one-word object before a comma", "After the vote, the challenger conceded defeat in an email, asking supporters to stay calm.",
			"defeat"},
		{"one-word object before a clause", "The governor criticized Jones after he vetoed the bill.",
			"Jones"},
		{"one-word object before a comment", "The senator mocked Smith, who had left the party.",
			"Smith"},
		{"one-word object before a reason", "The mayor blamed Smith, because the budget had collapsed.",
			"Smith"},
		{"one-word object before a second predicate", "The mayor mocked Smith and said the bridge would reopen.",
			"Smith"},
		// Each "stays" case reaches finalVenue and is kept by the guard
		// it names: a bare noun after the preposition, quoted words
		// in the content, a content opening after "to".
		{"bare noun stays", "Coach Diaz mocked the referees in interviews.",
			"the referees in interviews"},
		{"quoted words stay", "The coach praised the team's “gritty defense” on Twitter.",
			"the team's “gritty defense” on Twitter"},
		{"content after to stays", "The coach pointed to the injured players in a statement.",
			"the injured players in a statement"},
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
