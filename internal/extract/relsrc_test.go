package extract

import "testing"

// TestRelativePronounSource checks reports inside a relative clause whose
// source is the relative pronoun "who", with the content ending at the
// clause's end.
func TestRelativePronounSource(t *testing.T) {
	cases := []struct {
		name, in, content string
	}{
		{"comma closes the clause", "The mayor met a farmer who accused the council of wasting money, and left.",
			"the council of wasting money"},
		{"sentence end closes the clause", "The plan drew fire from a farmer who described the levy as a disaster.",
			"the levy as a disaster"},
		{"a closing dash ends the clause", "Ed Moss met a planner who suggested the ferry should run again — a costly idea.",
			"the ferry should run again"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false); mentionText(q) != "who" {
				t.Errorf("mention %+v, want \"who\"", q.Mention)
			}
		})
	}
}

// TestRelativePronounNoSource checks clauses whose pronoun stays no source:
// a passive, a weak cue, or a restrictive clause in the subject. (A wish
// or a side after "who", "farmers who backed the levy", is read by
// whoAttitudes; see whoclause_test.go.)
func TestRelativePronounNoSource(t *testing.T) {
	checkNoWhoSource(t,
		"The mayor met farmers who are opposed to the levy.",
		"The mayor met farmers who seemed eager for a new levy.",
		"The farmer who revealed the levy was fined on Monday.",
	)
}
