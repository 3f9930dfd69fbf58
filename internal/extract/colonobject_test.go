package extract

import "testing"

// TestColonObjectQuotes checks that a short object between a cue and a
// colon stays out of the quotation that follows it, and that a clause or
// a longer object before the colon stays in the content.
func TestColonObjectQuotes(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "wh-object before the colon",
			in:      `The harbor chief apologized for what happened: “We should have closed the pier sooner.”`,
			want:    [][2]string{{`“We should have closed the pier sooner.”`, "The harbor chief"}},
			notWant: [][2]string{{`what happened: “We should have closed the pier sooner.”`, ""}}},
		{name: "pronoun and adverb before the colon",
			in:      `The ferry captain explained it this way: “The tide decides, not the schedule.”`,
			want:    [][2]string{{`“The tide decides, not the schedule.”`, "The ferry captain"}},
			notWant: [][2]string{{`it this way: “The tide decides, not the schedule.”`, ""}}},
		{name: "must not fire: a clause with its own verb before the colon",
			in:      `The clerk imagined the mayor was thinking: “What have I done to the budget?”`,
			notWant: [][2]string{{`“What have I done to the budget?”`, "The clerk"}}},
		{name: "must not fire: a longer object before the colon",
			in:      `The audit reveals a few troubling facts: “Three of the five ferries failed inspection.”`,
			want:    [][2]string{{`a few troubling facts: “Three of the five ferries failed inspection.”`, "The audit"}},
			notWant: [][2]string{{`“Three of the five ferries failed inspection.”`, "The audit"}}},
	})
}
