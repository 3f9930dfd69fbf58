package extract

import "testing"

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
