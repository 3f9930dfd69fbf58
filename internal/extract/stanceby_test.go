package extract

import "testing"

// TestStanceByPassive checks passives of stance verbs with their agent:
// the subject is the content and the agent the source, whether or not
// the learned lexicon trusts the participle, and a counted agent runs to
// its clause's end.
func TestStanceByPassive(t *testing.T) {
	cases := []struct {
		name, in, content, source string
	}{
		{"rare stance participle", "The new mayor is widely distrusted by the dock workers.", "The new mayor", "the dock workers"},
		{"stance verb of dislike", "The zoning plan was reviled by most shop owners.", "The zoning plan", "most shop owners"},
		{"counted agent", "The levy was backed by 61 percent of the parents surveyed in the spring.", "The levy", "61 percent of the parents surveyed in the spring"},
		{"counted agent with a sign", "Ms. Hale is supported by 38% of likely voters.", "Ms. Hale", "38% of likely voters"},
		{"n in n agent", "The charter was favored by nearly 7 in 10 of the members.", "The charter", "nearly 7 in 10 of the members"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if !hasContentFrom(r, c.content, c.source) {
				t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
			}
		})
	}
}

// TestStanceByPassiveNot checks what the stance passive must leave alone:
// a participle without "by", an active verb, a "by" of manner or time,
// and a count that runs on into a clause of its own.
func TestStanceByPassiveNot(t *testing.T) {
	cases := []struct {
		name, in, notSource string
	}{
		{"no agent", "The new mayor is widely distrusted.", "distrusted"},
		{"active verb", "The dock workers distrusted the new mayor by then.", "the new mayor"},
		{"attacked is an act", "The old depot was attacked by vandals overnight.", "vandals"},
		{"count runs past the clause", "Ms. Hale was backed by 61 percent of the parents who came to the long meeting at the old school hall in the spring.", "61 percent of the parents who came to the long meeting at the old school hall in the spring"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Mention != nil && q.Mention.Text == c.notSource || q.Cue != nil && q.Cue.Text == c.notSource {
					t.Errorf("unexpected quote %+v", q)
				}
			}
		})
	}
}
