package extract

import "testing"

// TestModifierPast checks that a content runs on through "and" before a
// past form that modifies the next bare noun ("and reduced pay"), and
// still ends where the past form is a second predicate taking an
// object ("and missed its targets", "and repainted them").
func TestModifierPast(t *testing.T) {
	cases := []cueContentCase{
		{"a modifier before a bare noun",
			"The union said members have endured long shifts and reduced pay for years.",
			"said", "members have endured long shifts and reduced pay for years"},
		{"two adjectives joined by and",
			"Officials expect a lengthy and detailed review of the contract.",
			"expect", "a lengthy and detailed review of the contract"},
		{"a modifier after an object content",
			"The company reported slow growth and missed targets for the quarter.",
			"reported", "slow growth and missed targets for the quarter"},
		{"a second predicate with a determiner object",
			"The company reported slow growth and missed its targets for the quarter.",
			"reported", "slow growth"},
		{"a second predicate with a pronoun object",
			"The warden described the old cells and repainted them in a single week.",
			"described", "the old cells"},
		{"a reflexive object",
			"Mayor Ruiz praised the firefighters and distinguished himself from his rival on the budget.",
			"praised", "the firefighters"},
	}
	checkCueContents(t, cases)
}

// TestGerundTail checks that an object content ends before "by",
// "before" or "after" with a gerund (how or when the source acted), and
// runs on where the content is a clause, a forward cue's proposal, or
// an object whose own clause goes on past the gerund.
func TestGerundTail(t *testing.T) {
	cases := []cueContentCase{
		{"by with a gerund",
			"The governor attacked the senator by citing his votes on the budget.",
			"attacked", "the senator"},
		{"after with a gerund",
			"The mayor defended the new tax after meeting with business owners.",
			"defended", "the new tax"},
		{"by with a gerund and its own that clause",
			"The warden dismissed the complaint by pointing out that the cells had been inspected.",
			"dismissed", "the complaint"},
		{"a clause content keeps its gerund",
			"The mayor said the city would pay for the bridge by raising fees on trucks.",
			"said", "the city would pay for the bridge by raising fees on trucks"},
		{"a forward cue keeps its gerund",
			"She proposed funding the schools by taxing luxury homes.",
			"proposed", "funding the schools by taxing luxury homes"},
		{"an object whose clause goes on",
			"The union criticized the plan to cut costs by closing clinics would hurt patients.",
			"criticized", "the plan to cut costs by closing clinics would hurt patients"},
		{"no gerund after by",
			"The group welcomed the overwhelming vote by lawmakers.",
			"welcomed", "the overwhelming vote by lawmakers"},
	}
	checkCueContents(t, cases)
}
