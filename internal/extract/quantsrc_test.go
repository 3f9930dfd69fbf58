package extract

import "testing"

// TestQuantSources checks the words that open a source phrase before its
// head and that the phrase builders leave out: a group with its place, a
// count, an exception, an approximator, a predeterminer, an adjective
// "earlier" and a weekday before a day part.
func TestQuantSources(t *testing.T) {
	checkMentions(t, []mentionCase{
		// a group pronoun with a place phrase
		{"group pronoun before a quoted title", "Intro.\n\nSome in the \"Keep the Ferry\" camp argue the levy is a trap.",
			"the levy is a trap", "Some in the \"Keep the Ferry\" camp"},
		{"share of a placed group after a dash", "Intro.\n\nRents keep climbing -- more than half of those in the harbor district predict they will move.",
			"they will move", "more than half of those in the harbor district"},
		{"no group pronoun before the place", "Intro.\n\nRiders in the harbor district say the buses are late.",
			"the buses are late", "Riders in the harbor district"},
		// counts
		{"number before others", "Intro.\n\nThree delegates backed Okafor. Two others have not yet said whom they favor.",
			"whom they favor", "Two others"},
		{"approximator before a count", "Intro.\n\nThe raids drew fire on Monday, with nearly 90 state senators blasting the sweeps.",
			"the sweeps", "nearly 90 state senators"},
		{"as many as before a share", "Intro.\n\nBy then, as many as 37 percent of Okafor voters said the fares were too high.",
			"the fares were too high", "as many as 37 percent of Okafor voters"},
		{"a year is no count", "Intro.\n\nIn 2009 the harbor board said it would sell the pier.",
			"it would sell the pier", "the harbor board"},
		{"a list item's number is no count", "Intro.\n\nThings they said:\n7\nTom Okafor said the pier will reopen soon.",
			"the pier will reopen soon", "Tom Okafor"},
		// exceptions
		{"all but a number", "Intro.\n\nOf the wardens polled, all but three said the pier should close.",
			"the pier should close", "all but three"},
		{"everyone but a name", "Intro.\n\nThe board voted twice. Everyone but Okafor said yes.",
			"yes", "Everyone but Okafor"},
		// predeterminers, adjectives, day parts
		{"predeterminer before an article", "Intro.\n\nNearly all the ferry pilots expressed their support for the strike.",
			"their support for the strike", "all the ferry pilots"},
		{"earlier as an adjective", "Intro.\n\nAn earlier memo from the harbor office said that the cranes were unsafe.",
			"that the cranes were unsafe", "An earlier memo from the harbor office"},
		{"earlier as an adverb", "Intro.\n\nA week earlier the harbor office said the cranes were safe.",
			"the cranes were safe", "the harbor office"},
		{"weekday before a day part", "Intro.\n\nSunday night's returns showed that the mayor had lost ground.",
			"that the mayor had lost ground", "Sunday night's returns"},
	})
}

// TestDescribedSources checks a description set off before a name that
// opens the sentence: it belongs to the mention when its head names a
// person or an office and it opens with a determiner or a possessor.
func TestDescribedSources(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"description before a name with a place", "Intro.\n\nAnother harbor aide, Ann Okafor of Hull, Mass., explained the reason for her vote.",
			"the reason for her vote", "Another harbor aide, Ann Okafor of Hull, Mass."},
		{"possessor's office before a name with an apposition", "Intro.\n\nKessel's mayor, Tom Okafor, a Democrat, said Monday that the pier would reopen.",
			"that the pier would reopen", "Kessel's mayor, Tom Okafor, a Democrat"},
		{"description after a quotation", "Intro.\n\n“The pier is finished,” another harbor aide, Ann Okafor told reporters.",
			"“The pier is finished,”", "another harbor aide, Ann Okafor"},
		{"opening adverbial is no description", "Intro.\n\nDuring the long campaign, Tom Okafor said the pier would reopen.",
			"the pier would reopen", "Tom Okafor"},
		{"head that names no person", "Intro.\n\nThe real trouble, Tom Okafor said, is the tide.",
			"", "Tom Okafor"},
	})
}

// TestApproximator checks that "about" before a number grades
// the content's subject instead of closing a learned "said about" cue.
func TestApproximator(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"Officials said about 1.5 million people had been displaced.", "about 1.5 million people had been displaced", "Officials", "said"},
		{"The mayor said about 2,000 people attended the rally.", "about 2,000 people attended the rally", "The mayor", "said"},
		{"The warden said about half the inmates had been moved.", "about half the inmates had been moved", "The warden", "said"},
		{"Officials said around 300 homes were flooded.", "around 300 homes were flooded", "Officials", "said"},
		// Before a noun phrase "about" stays in the cue.
		{"He said about the strike that its timing was poor.", "the strike that its timing was poor", "He", "said about"},
	})
	// A duration after "talked about" is no content.
	checkNoAttr(t, []string{"He talked about 40 minutes on the economy."})
}

// TestOutOfShare checks that "N out of M" opens a share as "N in M" does.
func TestOutOfShare(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"spelled numbers", "Intro.\n\nBut two out of three farmers say the levy is unfair.",
			"the levy is unfair", "two out of three farmers"},
		{"digits after a spelled number", "Intro.\n\nRoughly four out of 10 growers say that levy is unfair.",
			"that levy is unfair", "Roughly four out of 10 growers"},
	})
}

// TestApproximatedShare checks that an approximator before "a third"
// stays in the mention.
func TestApproximatedShare(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"nearly a third", "Intro.\n\nNearly a third say the levy is unfair.",
			"the levy is unfair", "Nearly a third"},
	})
}
