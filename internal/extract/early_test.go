package extract

import "testing"

// TestEarlyStart checks openers that PolNeAR leaves outside a content
// placed before its attribution: "And," with a comma, and a leading
// concessive clause ("Though …,"); and the hearer of "asked" before a
// question or after "recently told"; and a quoted programme title naming where it was said.
func TestEarlyStart(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"and comma", "And, the bridge will stay closed until June, the clerk said.",
			"the bridge will stay closed until June"},
		{"and comma mid", "And, the clerk added, the bridge will stay closed until June.",
			"the bridge will stay closed until June"},
		{"though clause", "Though the council approved the budget, the bridge will stay closed until June, the clerk said.",
			"the bridge will stay closed until June"},
		{"asking hearer", "The chair went around the room, asking the trustees whether the school should merge.",
			"whether the school should merge"},
		{"asked hearer with phrase", "At the hearing, one trustee asked the superintendent in Fresno whether buses would run.",
			"whether buses would run"},
		{"quoted show after on", "The governor said on KTLA's “Morning Desk” on Monday that the bridge would reopen.",
			"that the bridge would reopen"},
		{"quoted show as hearer", "The governor told “Morning Desk” that the bridge would reopen.",
			"that the bridge would reopen"},
		{"adverb before told", "The mayor recently told the Gazette that the bridge would reopen.",
			"that the bridge would reopen"},
		{"adverb before told, clause without that", "The organizers recently told the Courier they hoped to reschedule the parade.",
			"they hoped to reschedule the parade"},
		{"adverb before told, pronoun clause", "The mayor later told reporters he would veto the plan.",
			"he would veto the plan"},
		{"although clause", "Although repairs began in March, the bridge will not open before June, according to the city.",
			"the bridge will not open before June"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			got := contents(r)
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}
