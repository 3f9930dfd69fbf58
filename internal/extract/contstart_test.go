package extract

import "testing"

// TestContentStart checks where a content starts when an adverb or a
// comma-set aside stands between the cue and it: PolNeAR starts the
// content after the adverb ("stated grimly that …") and after the aside
// ("described, in loving detail, a menu …"). Look-alikes keep their
// first words: a pronoun "that", a lone comment adverb, a subordinate
// clause, an aside before a quotation.
func TestContentStart(t *testing.T) {
	cases := []contentSourceCase{
		// An adverb before a that-clause is no part of the content.
		{"ly adverb before that",
			"The treasurer stated grimly that the fund would run dry by winter.",
			"that the fund would run dry by winter", "The treasurer"},
		{"only before that",
			"The landlord replied only that the repairs were on schedule.",
			"that the repairs were on schedule", "The landlord"},
		{"instead before that and a quotation",
			"The skipper answered instead that “the tide decides, not me.”",
			"that “the tide decides, not me.”", "The skipper"},
		{"just that is a pronoun",
			"The harbor master proposed just that in 2019.",
			"just that in 2019", "The harbor master"},
		{"an ly verb is the cue's",
			"The baker would imply that the oven was broken.",
			"that the oven was broken", "The baker"},

		// An aside set off by commas after the cue is no part of it.
		{"prepositional aside before an object",
			"The chef described, in loving detail, a menu of twelve courses.",
			"a menu of twelve courses", "The chef"},
		{"aside before an object with a relative clause",
			"The pilot recalled, for once without notes, the storm that nearly downed his plane.",
			"the storm that nearly downed his plane", "The pilot"},
		{"adverb phrase before an infinitive",
			"The tenant refused, apparently on principle, to pay the new fee.",
			"to pay the new fee", "The tenant"},
		{"lone comment adverb stays",
			"The poet said, frankly, the prize was rigged.",
			"frankly, the prize was rigged", "The poet"},
		{"subordinate clause stays",
			"The farmer said, if pressed, he would sell the land.",
			"if pressed, he would sell the land", "The farmer"},
		{"as clause stays",
			"The gardener explained, as usual, the roses needed sun.",
			"as usual, the roses needed sun", "The gardener"},
		{"aside before a later quotation",
			"The widow said, in reference to her late husband, a sailor lost at sea, “He loved this town.”",
			"“He loved this town.”", "The widow"},
	}
	checkContentSources(t, cases)
}
