package extract

import "testing"

// A capitalised name after "the" names a body or a thing: no "he" or
// "his" stands for it, while a person named just before still does.
func TestThingNamesAreNoAntecedents(t *testing.T) {
	checkLastSpeakers(t, "", []lastSpeaker{
		{"Admiral Dale Varga took command last year. The Harbor Command was short of ships. He said the drills would go on.", "Dale Varga"},
		{"Senator Dale Imrie spoke for an hour. The Green Corridor splits his district. He said the plan was sound.", "Dale Imrie"},
		{"Mayor Ted Okafor opened the fair. The Riverside Hawks played at noon. His aides said the budget was safe.", "Ted Okafor's aides"},
		// Must not fire: a given name after "the" is still a person's
		// ("the Bernie Sanders campaign"), and a named body speaks for
		// itself.
		{"Reporters followed the Maria Mendes campaign for weeks. She said the race was close.", "Maria Mendes"},
		{"The report appeared in the Lakeside Herald. The Lakeside Herald said the mayor would resign.", "Lakeside Herald"},
	})
}

// A question's opening auxiliary is no given name: "Will Sanders …?"
// names Sanders, not a "Will Sanders".
func TestQuestionAuxiliaryIsNoGivenName(t *testing.T) {
	checkLastSpeakers(t, "", []lastSpeaker{
		{"Will Pike run again? Senator Rona Pike lost the vote on Tuesday. Pike said she would decide in May.", "Rona Pike"},
		{"Can Dorsey win the state? Governor Lee Dorsey has doubts. Dorsey said he would campaign there.", "Lee Dorsey"},
		// Must not fire: Will is a given name outside a question.
		{"Will Haskins runs the shelter. Haskins said the beds were full.", "Will Haskins"},
	})
}

// A headline's or sentence's first word that only the sentence
// capitalises is no part of the name after it.
func TestHeadlineOpenerIsNoName(t *testing.T) {
	checkLastSpeakers(t, "", []lastSpeaker{
		{"Understated Okonkwo raises his profile.\n\nLabor Secretary Tomas Okonkwo toured the plant. He said wages would rise.", "Tomas Okonkwo"},
		{"Beneath Harlan's wins, signs of trouble.\n\nSenator Maria Harlan won four states. She said the race was far from over.", "Maria Harlan"},
		{"Absent Kessler, the debate drags.\n\nGovernor Paul Kessler stayed home. He said the format was unfair.", "Paul Kessler"},
		// Must not fire: a company whose name opens with an -ing word,
		// and a word the article capitalises elsewhere.
		{"Rolling Field Partners bought the site. Rolling Field Partners said the deal had closed.", "Rolling Field Partners"},
		{"Sterling Okafor won the seat. Sterling Okafor said the count was fair.", "Sterling Okafor"},
	})
}
