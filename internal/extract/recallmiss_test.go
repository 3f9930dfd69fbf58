package extract

import "testing"

// TestRecallMiss checks constructions added by the recall lane: each
// case wants a content with its source, or no content at all.
func TestRecallMiss(t *testing.T) {
	cases := []struct {
		name, in, content, source string
	}{
		{"poll share with a weak cue", "The survey is out. And 61 percent call the mayor honest, after 40 percent said so in May.", "the mayor honest", "61 percent"},
		{"share as N in 10", "Roughly 4 in 10 members of the union want a strike this fall.", "a strike this fall", "Roughly 4 in 10 members of the union"},
		{"majority of a group", "A majority of the tenants support the new parking rules for the block.", "the new parking rules for the block", "A majority of the tenants"},
		{"share head with a weak cue", "Three-quarters of the nurses expect longer shifts.", "longer shifts", "Three-quarters of the nurses"},
		{"call with a bare predicate", "At the rally, the governor called him reckless.", "him reckless", "the governor"},
		{"gerund call after with", "Practice was tense all spring, with Hana routinely calling Ines a show-off.", "Ines a show-off", "Hana"},
		{"call it a noun phrase", "Dockworkers simply call it the harbor toll.", "it the harbor toll", "Dockworkers"},
		{"called her splits the lexicon pair", "The coach called her a natural leader.", "her a natural leader", "The coach"},
		{"call them to is no naming", "Critics call them to the desk.", "", ""},
		{"call it quits is an idiom", "The nurses call it quits.", "", ""},
		{"call with an adverb is no naming", "Critics call him often.", "", ""},
		{"small clause ends at a dash", "Parents might call it a gimmick - still, enrollment doubled at the academy.", "it a gimmick", "Parents"},
		{"small clause ends before a gerund clause", "Practice was tense all spring, with Hana routinely calling Ines a show-off, sulking through every drill.", "Ines a show-off", "Hana"},
		{"a list of adjectives stays whole", "Her coach called her a kind, caring and patient teacher.", "her a kind, caring and patient teacher", "Her coach"},
		{"named share is a noun", "Under the new count, Kowalski's 28 percent share trails everyone.", "", ""},
		{"according to before a colon", "According to the memo: “The plant will close by the end of the year.”", "“The plant will close by the end of the year.”", "the memo"},
		{"from before a colon", "The audit is long. From the audit: “Several accounts were never reconciled at all.”", "“Several accounts were never reconciled at all.”", "the audit"},
		{"present verb before a colon", "The lease is short. Its second page begins: “Tenants may not keep goats on the roof.”", "“Tenants may not keep goats on the roof.”", "Its second page"},
		{"unlisted verb right before a colon", "The lease is short. It forbids: “Tenants may not keep goats on the roof.”", "“Tenants may not keep goats on the roof.”", "It"},
		{"what X calls, unquoted", "To curb what the sheriff calls reckless drag racing, the council closed Route 9 at night.", "what the sheriff calls reckless drag racing", "the sheriff"},
		{"what X called before a period", "The gun was bought before what police called a planned attack.", "what police called a planned attack", "police"},
		{"possessive share is a noun", "Their 45 percent approval puts the council ahead of the board.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if c.content == "" {
				if len(r.Quotes) > 0 {
					t.Errorf("want no quote, got %+v", r.Quotes)
				}
				return
			}
			if !hasContentFrom(r, c.content, c.source) {
				t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
			}
		})
	}
}
