package extract

import "testing"

// TestBareObjectCut: a mention that has run over a past tense verb and its
// bare object (a plural noun, a name or "it") ends before the verb; a
// participle or adjective that modifies the head stays in it.
func TestBareObjectCut(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"plural object", "The agency planted fake stories alleging that the vaccine was dangerous.", "that the vaccine was dangerous", "The agency"},
		{"plural object before a comma", "The mayor met survivors, saying the city would rebuild.", "the city would rebuild", "The mayor"},
		{"pronoun object", "The chairman left it mostly to aides on Monday to praise the merger.", "the merger", "The chairman"},
		{"pronoun object, participle", "The chairman left it to his aides to defend the merger, praising their work.", "their work", "The chairman"},
		// Must not fire: the word after the participle is no object, or the
		// participle sorts the head's class.
		{"group participle", "Republican registered voters say the economy is weak.", "the economy is weak", "Republican registered voters"},
		{"group participle after an adjective", "Democratic elected officials warned that the plan would fail.", "that the plan would fail", "Democratic elected officials"},
		{"participle and a day", "A poll released Monday shows the mayor ahead.", "the mayor ahead", "A poll released Monday"},
		{"participle and a day, said", "A memo circulated Tuesday said the plant would close.", "the plant would close", "A memo circulated Tuesday"},
		{"naming participle", "A farmer named Ruth Olsen said the drought was the worst in years.", "the drought was the worst in years", "A farmer named Ruth Olsen"},
		{"adverb before the participle", "The newly elected mayor said the budget was balanced.", "the budget was balanced", "The newly elected mayor"},
		{"possessor before the participle", "The union's continued pressure shows the contract is weak.", "the contract is weak", "The union's continued pressure"},
		{"compound modifier without its hyphen", "State owned companies said the levy was unfair.", "the levy was unfair", "State owned companies"},
		{"compound modifier after a name", "Harvard trained economists warned that the levy would fail.", "that the levy would fail", "Harvard trained economists"},
	})
}

// TestContractedExpletiveIt: "it's" before a copula phrase or "been"
// fills the subject as "it is" does, so the report has no source; a
// contraction elsewhere in the sentence leaves the speaker alone.
func TestContractedExpletiveIt(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"it's been suggested", "It's been suggested that the ferry will stop running.", "that the ferry will stop running", ""},
		{"it's vital to", "The levy is unpopular, yet it's vital to recall that the roads need repair.", "that the roads need repair", ""},
		{"it's safe to", "Turnout was low, and it's safe to conclude that voters were tired.", "that voters were tired", ""},
		// Must not fire: "it's" inside the content, the speaker named after it.
		{"contraction in the content", "It's a sound plan, the treasurer said.", "It's a sound plan", "the treasurer"},
		{"he's keeps the pronoun", "He's argued that the ferry must keep running.", "that the ferry must keep running", "He"},
	})
}
