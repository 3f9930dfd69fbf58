package extract

import "testing"

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

// TestContactSayRelative: a relative clause with no pronoun whose "say"
// bridges to a verb missing its subject ("a probe the agency said was
// ongoing") reports the clause; the content opens at the noun phrase's
// determiner.
func TestContactSayRelative(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"determined source", "The leak led to a probe the harbor board said was still open in May.",
			[][2]string{{"a probe the harbor board said was still open in May", "the harbor board"}}},
		{"pronoun source, past verb", "Officials made a choice they say saved the harbor.",
			[][2]string{{"a choice they say saved the harbor", "they"}}},
		// Must not fire: no determiner of its own on the noun, no verb
		// after the cue, or an opening prepositional phrase.
		{"noun after of", "She kept Oslo on a roster of ports she said had lost ferries.", nil},
		{"no verb after the cue", "He gave the answer she said.", nil},
		{"opening phrase", "In the end he said was a mistake.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestAdverbOpenerGerund: a reporting participle after a comma, a dash or
// a preposition that puts it under the clause's subject still reports
// with one adverb in -ly or "only" between them.
func TestAdverbOpenerGerund(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"preposition and also", "The mayor praised the crew while also saying that the ferry would run late.",
			[][2]string{{"the crew", "The mayor"}, {"that the ferry would run late", "The mayor"}}},
		{"preposition and -ly adverb", "Mr. Olsen, after firstly claiming the seat was safe, entered the race.",
			[][2]string{{"the seat was safe", "Mr. Olsen"}}},
		{"comma and only", "The chief kept quiet on the budget, only saying that the audit would finish soon.",
			[][2]string{{"that the audit would finish soon", "The chief"}}},
		// Must not fire: no reporting participle, an adverb the rule
		// leaves out, or a noun in -ly.
		{"no report", "The crew kept working, quietly standing by the boats.", nil},
		{"no report after while", "The clerk sorted the forms while only using the old ledger.", nil},
		{"still", "The mayor closed the pier, still saying that the tide was too high.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
