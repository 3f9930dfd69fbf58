package extract

import "testing"

// TestRev15QuestionWho: a "who" after a preposition, a predicate
// adjective or a verb of knowing or asking opens an indirect question,
// so it is no source of an attitude; a relative "who" after its
// antecedent still is.
func TestRev15QuestionWho(t *testing.T) {
	checkNoWhoSource(t,
		"It is still unclear who supports the new ferry tariff.",
		"The debate turned on the question of who favors the pier tax.",
		"Nobody knows who favored the new lock keeper.",
	)
	for _, q := range extract("Nobody knows who favored the new lock keeper.", Meta{}).Quotes {
		if q.Speaker.Name == "knows" {
			t.Errorf("quote %q: speaker %q", q.Text, q.Speaker.Name)
		}
	}
	checkQuoteMention(t, "The council heard from skippers who oppose the new ferry tariff.", "the new ferry tariff", "who")
}

// TestRev15DurationNotObject: a duration after a verb and its
// preposition ("argued for weeks", "pushed for years") measures time; it
// is no object, whichever layout reads the verb.
func TestRev15DurationNotObject(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"The harbor board has argued for weeks over the ferry budget.", "weeks over the ferry budget"},
		{"The dock union has pushed for years for a longer lunch break.", "years for a longer lunch break"},
		{"The rowing club has called for months for a study of the silt.", "months for a study of the silt"},
	} {
		checkContents(t, extract(c.text, Meta{}), nil, []string{c.bad})
	}
}

// TestRev15WhoObjectInfinitive: an infinitive inside a who-clause's
// object has its own verb, and the main predicate after it still ends
// the object; after a preposition an -ed word is no predicate.
func TestRev15WhoObjectInfinitive(t *testing.T) {
	checkQuoteMention(t, "Skippers who oppose the plan to deepen the channel filled the hall.", "the plan to deepen the channel", "who")
	checkQuoteMention(t, "Skippers who oppose the levy on imported fruit filled the hall.", "the levy on imported fruit", "who")
}

// TestRev15RelObjectPreposition: after a preposition an -ed word
// modifies the next noun ("on imported fruit"), so the object of a
// relative subject's cue does not end before it.
func TestRev15RelObjectPreposition(t *testing.T) {
	checkQuoteMention(t, "Growers who support the levy on imported fruit rallied in the square.", "the levy on imported fruit", "who")
}

// TestRev15PossessedActs: a possessed noun of an act or a study with an
// "of" object ("acceptance of", "defense of", "analysis of") reports no
// stance; a possessed judgment noun still does.
func TestRev15PossessedActs(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"Her acceptance of the rowing trophy was delayed by the storm.", "the rowing trophy"},
		{"The guild's defense of its regatta title ended in the final.", "its regatta title"},
		{"The port's analysis of the silt samples took two months.", "the silt samples"},
	} {
		checkContents(t, extract(c.text, Meta{}), nil, []string{c.bad})
	}
	checkQuoteMention(t, "The guild's praise of the lock keepers was brief.", "the lock keepers", "The guild's")
}

// TestRev15OverTheYears: "over the years" is a span of time between a
// perfect report and its content, as "for years" is; "over the years of
// the war" is a noun phrase and leaves the "that" clause to the verb.
func TestRev15OverTheYears(t *testing.T) {
	checkQuoteMention(t, "The harbor chief has said over the years she will not sell the pier.", "she will not sell the pier", "The harbor chief")
	checkQuoteMention(t, "Two skippers have argued over the years of the strike that the pier was lost.", "that the pier was lost", "Two skippers")
}
