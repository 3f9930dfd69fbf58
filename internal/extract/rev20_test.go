package extract

import "testing"

// TestAdverbGerundEndsContent checks that a content before ", <-ly
// adverb> <reporting participle>" ends at the comma, since the gerund
// layout reads that participle as a report of its own: otherwise the
// first content holds the second report's cue.
func TestAdverbGerundEndsContent(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"object before an -ly adverb and participle",
			"The ferry line denied any fault, repeatedly insisting the hull was sound.",
			"denied", "any fault"},
		{"clause before an -ly adverb and participle",
			"The harbor chief said the pier was stable, firmly insisting no crack had spread.",
			"said", "the pier was stable"},
	})
}

// TestObjectAppendixHyphenAdjective checks that a form in -ing after a
// comma inside an object ("the large, free-standing agencies", "the
// steep, rising tolls") is an adjective in a list, not a participle
// clause that objectAppendix cuts off.
func TestObjectAppendixHyphenAdjective(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"hyphenated -ing adjective after a comma",
			"“The levy skipped them,” the clerk said, referring to the old, free-standing toll boards that run the bridges and the ferry slips.",
			"referring to", "the old, free-standing toll boards that run the bridges and the ferry slips"},
		{"plain -ing adjective between a determiner's word and a bare noun",
			"The harbor chief cited the steep, rising tolls that the ferry riders pay.",
			"cited", "the steep, rising tolls that the ferry riders pay"},
		{"a participle clause after the object is still cut",
			"The harbor chief opposed the new tolls, lobbying for a cheaper pass for riders.",
			"opposed", "the new tolls"},
	})
}

// TestObjectEndsBeforeModalPredicate checks that an object ends before
// "and" with a modal verb phrase, the subject's second predicate, also
// after "more than that", whose "that" opens no relative clause; a
// relative clause keeps its own "and would …".
func TestObjectEndsBeforeModalPredicate(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"and will after a comparative",
			"The ferry chief had asked for much more than that and must now court each dock owner in the bay.",
			"had asked for", "much more than that"},
		{"and will after a plain object",
			"The ferry chief had asked for a quick vote and would now court each dock owner in the bay.",
			"had asked for", "a quick vote"},
		{"and would inside a relative clause",
			"The ferry chief praised the levy that would fix the docks and would lower fares.",
			"praised", "the levy that would fix the docks and would lower fares"},
	})
}

// TestPossessorVerbCue checks that a cue in -s with a bare clause after
// it is the verb: the whole phrase before it is the mention, not just
// its possessor ("Lee's stepson claims the will was forged").
func TestPossessorVerbCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a relative before a verb cue", "Ms. Ruiz's ex-husband claims the boat was sold at a loss.",
			"the boat was sold", "Ms. Ruiz's ex-husband"},
		{"a kin noun before a verb cue", "Mr. Diaz's stepson claims the ledger was altered by the clerk.",
			"the ledger was altered", "Mr. Diaz's stepson"},
		{"a noun cue with that keeps the possessor", "The ad revived Ms. Ruiz's familiar claims that the tally was rigged.",
			"the tally was rigged", "Ms. Ruiz's"},
	})
}
