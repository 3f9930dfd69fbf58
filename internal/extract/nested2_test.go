package extract

import "testing"

// TestTrimRelMentions checks that a "which" or "whose" clause holding a
// cue leaves the source mention, while a clause without a cue, a
// restrictive clause and a "who" clause (read elsewhere) are untouched.
func TestTrimRelMentions(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"which cue", "“The fees will rise,” said Ines Moreau, treasurer of the Canal Society, which sued the port last spring.",
			"Ines Moreau, treasurer of the Canal Society"},
		{"whose cue", "“The fees will rise,” said Ines Moreau, treasurer of the Canal Society, whose members voted against the plan.",
			"Ines Moreau, treasurer of the Canal Society"},
		{"which no cue", "“The fees will rise,” said Ines Moreau, treasurer of the Canal Society, which has 800 members.",
			"Ines Moreau, treasurer of the Canal Society, which has 800 members"},
		{"whose no cue", "“The fees will rise,” said Ines Moreau, treasurer of the Canal Society, whose offices are near the locks.",
			"Ines Moreau, treasurer of the Canal Society, whose offices are near the locks"},
		{"restrictive", "“The fees will rise,” said Ines Moreau, treasurer of the Canal Society which sued the port last spring.",
			"Ines Moreau, treasurer of the Canal Society which sued the port last spring"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got []string
			for _, q := range r.Quotes {
				if q.Mention != nil && q.Cue != nil && q.Cue.Text == "said" {
					got = append(got, q.Mention.Text)
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("source mentions of said = %q, want %q", got, c.want)
			}
		})
	}
}
