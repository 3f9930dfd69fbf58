package extract

import "testing"

// TestThoughtClause covers a belief, knowledge or fear verb that a clause
// of its own follows: the subject holds the clause as its thought. A
// noun of the same form, a negated verb and a verb after a report in
// the same sentence are left alone.
func TestThoughtClause(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"believed", "Nadia Ferro believed the ferry would be sold by spring.",
			[][2]string{{"the ferry would be sold by spring", "Nadia Ferro"}}},
		{"felt", "The orchard growers felt the new quota was unfair.",
			[][2]string{{"the new quota was unfair", "The orchard growers"}}},
		{"short clause", "I know Danes are patient.",
			[][2]string{{"Danes are patient", "I"}}},
		{"noun after only", "Calm water was the only hope the rowers still had.", nil},
		{"noun after determiner", "The hope the rowers share is a calm lake.", nil},
		{"negated", "Harbor pilots don't think the canal will reopen soon.", nil},
		{"after a report", "Ana Reyes said the pier is unsafe and she felt the council would close it.",
			[][2]string{{"the pier is unsafe", "Ana Reyes"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestRegardAs covers a regard verb with an object and an "as" phrase:
// the object and the phrase are the content. The infinitive, the
// noun and an "as" clause of time are left alone.
func TestRegardAs(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"views", "Otto Brandt views the canal tax as a burden on small farms.",
			[][2]string{{"the canal tax as a burden on small farms", "Otto Brandt"}}},
		{"subject with place", "Dairy farmers in both valleys see the levy as a threat.",
			[][2]string{{"the levy as a threat", "Dairy farmers in both valleys"}}},
		{"plain subject", "The crews saw the ferry as a lifeline.",
			[][2]string{{"the ferry as a lifeline", "The crews"}}},
		{"noun with of", "The grim view of the harbor as winter came worried the crews.", nil},
		{"infinitive", "It is easy to view bus fares as a tax.", nil},
		{"as clause", "The crews saw the ferry leave as they reached the dock.", nil},
		{"such as", "Their views such as the tax plan drew scorn.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestAdjectiveClause covers an attitude adjective after a form of "be"
// that a clause of its own follows without "that": the subject holds
// it. After "it" the adjective names no holder.
func TestAdjectiveClause(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"hopeful", "Our rowing club is hopeful the regatta will return next summer.",
			[][2]string{{"the regatta will return next summer", "Our rowing club"}}},
		{"certain", "The rowers were certain the lake would freeze.",
			[][2]string{{"the lake would freeze", "The rowers"}}},
		{"it subject", "By Friday it was fairly certain the regatta would move indoors.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
