package extract

import "testing"

// TestRuleFrames covers "Under <a law>, <clause>" and "By <a measure>,
// <clause>": the law or the measure is the source of the clause, with
// the preposition for its cue, and the source ends before a relative
// clause. A place, a pressure, a plan or a date after the preposition
// frames nothing.
func TestRuleFrames(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"Under the new harbor ordinance that took effect in May, every ferry must carry two pilots.", "every ferry must carry two pilots", "the new harbor ordinance", "Under"},
		{"Under the Coastal Fisheries Act, which took effect last year, trawlers must stay ten miles out.", "trawlers must stay ten miles out", "the Coastal Fisheries Act", "Under"},
		{"By most measures, the harbor is busier than it was a decade ago.", "the harbor is busier than it was a decade ago", "most measures", "By"},
		{"By the guild's own tally, the fleet has lost nine boats since spring.", "the fleet has lost nine boats since spring", "the guild's own tally", "By"},
		{"But under county law, the port must publish its tariffs.", "the port must publish its tariffs", "county law", "under"},
	})
	checkFixrev(t, []fixrevCase{
		{name: "place", in: "Under the old bridge, a small market opens every Sunday.", notCues: []string{"Under"}},
		{name: "pressure", in: "Under pressure from growers, the council dropped the toll.", notCues: []string{"Under"}},
		{name: "plan", in: "Under the plan, the town would build a second pier.", notCues: []string{"Under"}},
		{name: "date", in: "By Friday, the ferry had resumed service.", notCues: []string{"By"}},
		{name: "mid-sentence", in: "The pier was built under the old law, and the ferry ran by the new count.", notCues: []string{"under", "by"}},
	})
}
