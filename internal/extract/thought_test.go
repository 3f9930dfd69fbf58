package extract

import "testing"

// TestAppearsAdjective covers the impression reading of "appears" with a
// predicate word after it: the clause up to a comma or a subordinate
// clause is the content, without a source; the appearance reading
// ("appeared on", "appeared together") is no report.
func TestAppearsAdjective(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"one word", "Late in the evening, the rescue crews appeared exhausted.",
			[][2]string{{"the rescue crews appeared exhausted", ""}}},
		{"ends at subordinate", "The new pier appears stable after a winter of storms.",
			[][2]string{{"The new pier appears stable", ""}}},
		{"ends at comma", "Two bakers appeared nervous about the inspection, pacing the floor.",
			[][2]string{{"Two bakers appeared nervous about the inspection", ""}}},
		{"aside adverb", "The library board appears willing, however, to extend its hours.",
			[][2]string{{"The library board appears willing, however, to extend its hours", ""}}},
		{"appearance on", "Ivo Lind appeared on the local radio show last week.", nil},
		{"appearance together", "The two mayors appeared together at the pier.", nil},
		{"bare appear", "The council tried to appear calm about the flood.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestAttitudeObjects covers attitude adjectives with a prepositional
// object: the subject is the source, the object the content, cut before
// a clause of its own; a noun of the same form is no cue.
func TestAttitudeObjects(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"critical of", "The harbor board has been critical of the new levy.",
			[][2]string{{"the new levy", "The harbor board"}}},
		{"degree adverb", "Ferry workers are deeply skeptical of the merger.",
			[][2]string{{"the merger", "Ferry workers"}}},
		{"unhappy with", "Rita Vale was unhappy with the ruling.",
			[][2]string{{"the ruling", "Rita Vale"}}},
		{"cut at but", "The fishermen are dismissive of the new quota but plan to comply.",
			[][2]string{{"to comply", "The fishermen"}, {"the new quota", "The fishermen"}}}, // "plan to" is a desire cue of its own
		{"not an attitude", "The council was aware of the flood.", nil},
		{"railed against", "Rita Vale has long railed against the toll bridge.",
			[][2]string{{"the toll bridge", "Rita Vale"}}},
		{"balked at", "The harbor board balked at the cost of the new pier.",
			[][2]string{{"the cost of the new pier", "The harbor board"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestAdjectiveThat covers attitude adjectives before a "that" clause
// after a form of "be": the clause is the subject's belief or hope.
func TestAdjectiveThat(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"hopeful that", "The ferry crews were hopeful that the strike would end soon.",
			[][2]string{{"that the strike would end soon", "The ferry crews"}}},
		{"aware that", "Rita Vale is aware that the dam leaks every spring.",
			[][2]string{{"that the dam leaks every spring", "Rita Vale"}}},
		{"noun before that", "The hopeful that won the seat left early.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestInPollParticiple covers an opening "In a … poll released …," whose
// participle dates or credits the poll: the poll phrase to the comma is
// the source of the clause after it, a speech verb in the clause
// included (PolNeAR marks the whole clause as the poll's finding).
func TestInPollParticiple(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"released Monday", "In a Harbor Gazette poll released Monday, 40 percent of pilots backed the levy.",
			[][2]string{{"40 percent of pilots backed the levy", "a Harbor Gazette poll released Monday"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
	checkQuotePairs(t, "In a Harbor Gazette poll released Monday, 40 percent of pilots said they backed the levy.",
		[][2]string{{"40 percent of pilots said they backed the levy", "a Harbor Gazette poll released Monday"}})
}

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

// TestAppearsAllowList covers "appear" forms: only "to" or a predicate
// word (maybe after a degree word or an "-ly" adverb) makes an
// impression; a place, a time or a manner after the verb is an
// appearance and no report.
func TestAppearsAllowList(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"online", "The notice appeared online early Friday.", nil},
		{"ly adverb then preposition", "Her photo appeared prominently on the flyer.", nil},
		{"later", "The letters appeared later that night.", nil},
		{"overnight", "Mold appeared overnight in the cellar.", nil},
		{"above", "A heron appeared above the marsh.", nil},
		{"remotely from", "The witness appeared remotely from the prison.", nil},
		{"shortly before", "The ferry appeared shortly before dawn.", nil},
		{"in court", "The mayor appeared in court on Tuesday.", nil},
		{"before a committee", "The chief appeared before the committee.", nil},
		{"time ly word", "The weatherman appeared nightly on the local station.", nil},
		{"count adjective", "The tenor appeared several times at the opera house.", nil},
		{"adjective", "The old bridge appears unsafe.",
			[][2]string{{"The old bridge appears unsafe", ""}}},
		{"ly adverb then adjective", "The ferry crew appeared visibly tired.",
			[][2]string{{"The ferry crew appeared visibly tired", ""}}},
		{"participle", "The talks appeared stalled after the vote.",
			[][2]string{{"The talks appeared stalled", ""}}},
		{"infinitive", "The council appears to favor the plan.",
			[][2]string{{"The council appears to favor the plan", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestAttitudeObjectEnds covers where an attitude's object ends: in a
// relative clause at the main verb, before "and" with a second
// predicate, and not at all for a symptom after "complained of".
// PolNeAR marks the relative pronoun as the source.
func TestAttitudeObjectEnds(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"relative past", "Pilots who were dismissive of the merger resigned last spring.",
			[][2]string{{"the merger", "who"}}},
		{"relative modal", "Tenants who are unhappy with the landlord will meet tonight.",
			[][2]string{{"the landlord", "who"}}},
		{"and was", "The cook complained of the noise and was given another table.",
			[][2]string{{"the noise", "The cook"}}},
		{"symptom", "The driver complained of back pain and was taken to a clinic.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestInPollOpening covers an opening "In a … poll released …,": a
// thought cue in the clause keeps its own reading, an aside adverb after
// the comma stays outside the content, and a conjunction after the comma
// goes on with the opening, so the poll heads nothing.
func TestInPollOpening(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"thought verb", "In a survey released Friday, most pilots believe the levy is unfair.",
			[][2]string{{"the levy is unfair", "a survey released Friday"}}},
		{"aside adverb", "In the survey released Friday, however, the figures changed.",
			[][2]string{{"the figures changed", "the survey released Friday"}}},
		{"conjunction", "In a survey released Friday, and in another released Sunday, the race was even.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestAdjectiveThatDegree covers a degree word between "be" and an
// attitude adjective before "that": the degree word joins the cue and
// the subject before the verb is the source.
func TestAdjectiveThatDegree(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"ly adverb", "Tenants were increasingly hopeful that the rent would fall.",
			[][2]string{{"that the rent would fall", "Tenants"}}},
		{"very", "The ferry crews are very confident that the strike will end.",
			[][2]string{{"that the strike will end", "The ferry crews"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestThoughtVerbObject covers a verb of thought or attitude whose
// learned precision is low: after its subject it reports the subject's
// mind with any object, an infinitive, a question word or a short noun
// phrase. Nouns of the same form, modals, negations, perception, taste
// and a verb after a report in the same sentence are left alone.
func TestThoughtVerbObject(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"infinitive", "Most orchard owners want to sell their land before the frost.",
			[][2]string{{"to sell their land before the frost", "Most orchard owners"}}},
		{"question word", "The older pilots understand how the new tide tables work.",
			[][2]string{{"how the new tide tables work", "The older pilots"}}},
		{"short object", "The valley beekeepers fear a second dry summer.",
			[][2]string{{"a second dry summer", "The valley beekeepers"}}},
		{"quantifier subject", "Some understand how the toll works.",
			[][2]string{{"how the toll works", "Some"}}},
		{"title noun subject", "Veteran diplomats understand how the toll works.",
			[][2]string{{"how the toll works", "Veteran diplomats"}}},
		{"modal", "Ferry riders would see a fare rise of ten percent.", nil},
		{"negated", "The harbor master did not want a new pier.", nil},
		{"perception", "The lock keepers saw the barge drift past the gate.", nil},
		{"taste", "Dock workers like to eat lunch by the water.", nil},
		{"noun after adjective", "The flood left real fears among the growers.", nil},
		{"noun after participle", "The mounting worries about the canal kept tourists away.", nil},
		{"after a report", "Ana Ruiz said the pier was unsafe and the crews wanted a new one.",
			[][2]string{{"the pier was unsafe and the crews wanted a new one", "Ana Ruiz"}}},
		{"contact relative", "The berths the ferry owners want to lease to tourists are empty.", nil},
		{"no thought verb", "The new permit allows tenants to park free on weekends.", nil},
		{"action verb", "He released the old pony into the field.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
