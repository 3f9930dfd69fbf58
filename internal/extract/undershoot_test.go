package extract

import "testing"

// TestContrastRunOn checks that a content runs on over an elliptical
// contrast after it ("…, though not …", "… but also …") or a topic
// ("… when it comes to …"), and stops where a verb, a gerund or a new
// attribution follows instead.
func TestContrastRunOn(t *testing.T) {
	cases := []cueContentCase{
		{"though not after an object",
			"Ada Rusk defended the ferry budget, though not the new dock fees.",
			"defended", "the ferry budget, though not the new dock fees"},
		{"though not as an aside before the clause",
			"Ada Rusk knew it was likely, though not certain, that the harbor would flood.",
			"knew", "it was likely, though not certain, that the harbor would flood"},
		{"but also after a quoted phrase",
			"Ada Rusk says the farmers are “worn out by the drought,” but also hopeful about the spring rains.",
			"says", "the farmers are “worn out by the drought,” but also hopeful about the spring rains"},
		{"but rather",
			"Ada Rusk said the town should not sell the mill, but rather lease it to the growers.",
			"said", "the town should not sell the mill, but rather lease it to the growers"},
		{"though not with a subject and verb of its own",
			"The pier warden said the tide charts were right, though not everyone agreed.",
			"said", "the tide charts were right"},
		{"but not with a quantified subject",
			"The pier warden said the tide charts were right, but not all skippers were convinced.",
			"said", "the tide charts were right"},
		{"but not before a quantified object runs on",
			"The pier warden defended the tide charts, though not all of the new buoy markers.",
			"defended", "the tide charts, though not all of the new buoy markers"},
		{"a lone manner adverb after not",
			"The pier warden criticized the tide charts, though not openly.",
			"criticized", "the tide charts"},
		{"a lone comment adverb after not",
			"The pier warden backed the buoy levy, not surprisingly.",
			"backed", "the buoy levy"},
		{"a past verb is the source's second predicate",
			"Ada Rusk praised the ferry crew, but also criticized the harbor board.",
			"praised", "the ferry crew"},
		{"a gerund is the source's aside",
			"Ada Rusk praised the ferry crew, not mentioning the harbor board.",
			"praised", "the ferry crew"},
		{"a dash ends the run-on",
			"Ada Rusk defended the plan, though not the cost — a sum she called steep.",
			"defended", "the plan, though not the cost"},
		{"a topic run on",
			"Ada Rusk praised the mayor as the most careful planner when it comes to flood defenses.",
			"praised", "the mayor as the most careful planner when it comes to flood defenses"},
		{"including lists parts of the object",
			"In her talk, Ada Rusk focused on issues that worry ferry riders, including late boats, high fares and broken ramps.",
			"focused on", "issues that worry ferry riders, including late boats, high fares and broken ramps"},
		{"including with a name lists the source's own",
			"Ada Rusk praised the budget, including Mayor Ida Fenn and two aldermen.",
			"praised", "the budget"},
		{"during the: a period framing the words",
			"Ada Rusk pressed for a ferry levy during the long budget talks of 2019.",
			"pressed for", "a ferry levy during the long budget talks of 2019"},
		{"during the: a period, then the source's aside",
			"Ada Rusk promised to keep the ferry running during the rest of the winter, saying the town needed it.",
			"promised", "to keep the ferry running during the rest of the winter"},
		{"during the with an event noun: where it was said",
			"Ada Rusk criticized the levy during the harbor briefing that evening.",
			"criticized", "the levy"},
		{"during a: where it was said",
			"Ada Rusk criticized the levy during a long meeting in Salen.",
			"criticized", "the levy"},
		{"even if: the claim's own condition",
			"Ada Rusk believes the ferry can break even this year, even if fares stay low.",
			"believes", "the ferry can break even this year, even if fares stay low"},
		{"even though: the writer's fact",
			"Ada Rusk ordered the dock closed, even though the storm had passed.",
			"ordered", "the dock closed"},
		{"a trailing relative clause still ends it",
			"Ada Rusk praised the ferry crew, but not the harbor board, which she called slow.",
			"praised", "the ferry crew, but not the harbor board"},
		{"a new attribution after the contrast",
			"Ada Rusk defended the ferry budget, though not the dock fees, Col Imre said.",
			"said", "Ada Rusk defended the ferry budget, though not the dock fees"},
	}
	checkCueContents(t, cases)
}

// TestThanComparative checks that an object holding "more", "rather" or
// the like goes on with its "than", and that a comparative of the cue
// ("more critical of X than …") or an adverb after the object ("better
// than the board did") still ends it.
func TestThanComparative(t *testing.T) {
	cases := []cueContentCase{
		{"more than inside the object",
			"Ada Rusk was hoping for many more seats than that.",
			"was hoping for", "many more seats than that"},
		{"rather than inside the object",
			"Ada Rusk praised the ferry crew rather than the harbor board.",
			"praised", "the ferry crew rather than the harbor board"},
		{"the comparative belongs to the cue",
			"Ada Rusk was more critical of the levy than the mayor was.",
			"was more critical of", "the levy"},
		{"an adverb comparative after the object",
			"Ada Rusk knew the growers better than the board did.",
			"knew", "the growers better"},
	}
	checkCueContents(t, cases)
}

// TestObjectCoordinators checks that a noun-phrase object goes on over
// "as well as" and "instead of", which join a second noun to it, while
// "as well" and "instead" alone still end it.
func TestObjectCoordinators(t *testing.T) {
	cases := []cueContentCase{
		{"as well as joins a noun",
			"Ada Rusk praised the ferry crew as well as the harbor pilots.",
			"praised", "the ferry crew as well as the harbor pilots"},
		{"as well alone is an adverb",
			"Ada Rusk praised the ferry crew as well.",
			"praised", "the ferry crew"},
		{"instead of joins a noun",
			"Ada Rusk backed the rail line instead of the new highway.",
			"backed", "the rail line instead of the new highway"},
		{"instead alone is an adverb",
			"Ada Rusk backed the rail line instead.",
			"backed", "the rail line"},
	}
	checkCueContents(t, cases)
}
