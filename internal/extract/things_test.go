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
