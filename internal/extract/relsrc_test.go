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

// TestRelativeThatSource covers a say verb after a relative "that" whose
// clause has no subject reading of its own: the pronoun is the source,
// not the whole clause before it; a complementizer "that" after the cue
// is left alone.
func TestRelativeThatSource(t *testing.T) {
	checkQuoteMention(t, "Pilots penned letters that said he was a fraud.", "he was a fraud", "that")
	checkQuoteMention(t, "Officials said that they were done.", "that they were done", "Officials")
}

// TestRelObjectPreposition: after a preposition an -ed word
// modifies the next noun ("on imported fruit"), so the object of a
// relative subject's cue does not end before it.
func TestRelObjectPreposition(t *testing.T) {
	checkQuoteMention(t, "Growers who support the levy on imported fruit rallied in the square.", "the levy on imported fruit", "who")
}

// TestPresentSayRelative: a bare present "say" inside a relative clause
// on a noun ("a levy that farmers say is ruinous") reports the clause,
// from its relative pronoun, as a past "said" there does; a focus word
// before the source does not hide the pronoun, and the content stops
// before a second relative clause or a dash that opens a new clause.
func TestPresentSayRelative(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"that", "The mill owners fought a levy that farmers say is ruinous.",
			[][2]string{{"that farmers say is ruinous", "farmers"}}},
		{"who", "It was the captain who Navy officials say was asleep.",
			[][2]string{{"who Navy officials say was asleep", "Navy officials"}}},
		{"quantified source", "She took the sort of post that many planners say will outlast the port.",
			[][2]string{{"that many planners say will outlast the port", "many planners"}}},
		{"focus word", "The mill owners fought a levy, which even farmers say is ruinous.",
			[][2]string{{"which even farmers say is ruinous", "farmers"}}},
		{"second relative cut", "It is a toll that the mayor says will fund the pier and which the council fought.",
			[][2]string{{"that the mayor says will fund the pier", "the mayor"}}},
		{"dash and new subject cut", "It is a toll that the mayor says will fund the pier - she drew the plans herself.",
			[][2]string{{"that the mayor says will fund the pier", "the mayor"}}},
		// Must not fire: a free relative with "what", no verb right after
		// the cue, or an embedded question.
		{"free relative", "Voters in the valley fear what the mayor says is a fair toll.", nil},
		{"no verb after the cue", "The builders like the plan that residents say on weekends.", nil},
		{"embedded question", "Nobody on the dock would say who was in charge.", [][2]string{{"who was in charge", "Nobody"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
