package extract

import "testing"

// TestForPerspectives covers "For <a group of people>, <clause>": the
// group is the source of the clause, with "For" for its cue; the source
// keeps its modifier ("of the valley", "who fished the bay") and the
// content drops a "though" aside and a tail after a dash. A bare name,
// a span of time, a reason or a concession after "For" frames no view.
func TestForPerspectives(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"For most ferry passengers, the new schedule is a burden.", "the new schedule is a burden", "most ferry passengers", "For"},
		{"For other residents of the valley, though, the levy remains a fair price.", "the levy remains a fair price", "other residents of the valley", "For"},
		{"For many who fished the bay as children, the closure feels like a loss.", "the closure feels like a loss", "many who fished the bay as children", "For"},
		{"For the harbor's regular passengers, the fare is the real issue — ahead of the delays.", "the fare is the real issue", "the harbor's regular passengers", "For"},
		{"But for local residents, the bridge is a lifeline.", "the bridge is a lifeline", "local residents", "for"},
	})
	checkFixrev(t, []fixrevCase{
		{name: "bare name", in: "For Okafor, the season is a chance to start again.", notCues: []string{"For"}},
		{name: "time span", in: "For years, the ferry has been the only way across.", notCues: []string{"For"}},
		{name: "concession", in: "For all the complaints of the growers, the levy is modest.", notCues: []string{"For"}},
		{name: "reason", in: "For helping the growers, the council is a friend of the valley.", notCues: []string{"For"}},
		{name: "narrated past", in: "For the pilots, the council built a new pier last spring.", notCues: []string{"For"}},
	})
}
