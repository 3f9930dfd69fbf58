package extract

import "testing"

// TestThoughtInThatClause checks that an attitude whose subject opens a
// that-clause is no attribution of its own, while a plain attitude, a
// report taking the whole clause and the report around the clause stay.
func TestThoughtInThatClause(t *testing.T) {
	cases := []struct {
		name, in, cue string
		want          bool
	}{
		{"relative that", "These are the themes that marketers hope to sell to viewers.", "hope", false},
		{"now that", "Now that we know the costs are large, the plan looks unwise.", "know", false},
		{"plain attitude", "Voters want a new bridge.", "want", true},
		{"clause taken whole", "It was a move that the mayor hopes will end the strike.", "hopes", true},
		{"possessed noun", "The fact that Ada Holm's denunciation of the tolls came so late is odd.", "denunciation of", true},
		{"outer report", "Officials warned that residents fear the river will flood again.", "warned", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			got := false
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("cue %q found %v, want %v: %+v", c.cue, got, c.want, r.Quotes)
			}
		})
	}
}
