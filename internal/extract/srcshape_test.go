package extract

import "testing"

// TestSrcShapeAdverbBetween: "only", "soon" and "yet" between a subject
// and its verb stay out of the mention, as the other adverbs cueStart
// steps over do.
func TestSrcShapeAdverbBetween(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"only before a gerund cue", "The town council only voted for a short delay, saying the rest could wait until spring.",
			"the rest could wait", "The town council"},
		{"soon before the cue", "Several auditors soon noted that the hospital had overstated its reserves.",
			"overstated its reserves", "Several auditors"},
		{"not yet before the cue", "The county clerk has not yet said whether she will count the late ballots.",
			"whether she will count", "The county clerk"},
		// Inside the noun phrase "only" stays, and "yet" opening a
		// clause is no part of the mention either way.
		{"only inside the subject", "The only trustee on the board said that the fund would run dry by June.",
			"the fund would run dry", "The only trustee on the board"},
		{"yet opening a clause", "Lee won the first round, yet the mayor said that the count was flawed.",
			"the count was flawed", "the mayor"},
	})
}

// TestSrcShapePossessedModifier: a mention that ran from a possessor
// over the modifiers of a nominal cue ends at the possessor.
func TestSrcShapePossessedModifier(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"hyphenated modifier", "Mr. Ruiz's tough-talking pledges to scrap the deal thrilled the crowd.",
			"to scrap the deal", "Mr. Ruiz's"},
		{"possessor after a preposition", "A revival of Ms. Ruiz's familiar claims that the count was rigged worried officials.",
			"the count was rigged", "Ms. Ruiz's"},
		{"a count before the cue noun", "The pilots heard the harbor chief's two promises that the pier would reopen.",
			"the pier would reopen", "the harbor chief's"},
		{"a figure before the cue noun", "Ms. Ruiz's 12 warnings that the levee would fail went unheeded.",
			"the levee would fail", "Ms. Ruiz's"},
		// A head noun before the cue keeps the mention: the cue is a verb.
		{"known head before a verb cue", "Lee's chief rival vows to repeal the tax on boats.",
			"to repeal the tax", "Lee's chief rival"},
		{"plan promises", "Her tax plan promises to cut rates for every family.",
			"to cut rates", "Her tax plan"},
		// A spoken noun has the possessor for its source (possessedSpeechCut).
		{"statement claims", "The mayor's latest statement claims that the budget is balanced.",
			"the budget is balanced", "The mayor's"},
	})
}

// TestSrcShapeHeadlineAdverb: in a title-case headline an adverb before
// the verb ends the mention, which title case capitalises like the name.
func TestSrcShapeHeadlineAdverb(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"finally before a past verb", "Council Members Finally Confirmed A Treasurer. Is This The End Of The Feud?\n\nThe vote came late on Tuesday.",
			"A Treasurer", "Council Members"},
		{"fully after a pronoun", "The Mayor May Not Have Drafted The Levy, But She Fully Supported One.\n\nThe mayor spoke on Tuesday.",
			"One", "She"},
		// "Only" inside the noun phrase stays.
		{"only inside the subject", "The Only Reason Dairy Farmers Support Ann Ruiz.\n\nThe mayor spoke on Tuesday.",
			"Ann Ruiz", "The Only Reason Dairy Farmers"},
	})
}
