package extract

import "testing"

// TestRecallMiss checks constructions added by the recall lane: each
// case wants a content with its source, or no content at all.
func TestRecallMiss(t *testing.T) {
	cases := []struct {
		name, in, content, source string
	}{
		{"poll share with a weak cue", "The survey is out. And 61 percent call the mayor honest, after 40 percent said so in May.", "the mayor honest", "61 percent"},
		{"share as N in 10", "Only about 3 in 10 voters in each district want a new school board.", "a new school board", "Only about 3 in 10 voters in each district"},
		{"majority of a group", "A majority of the tenants support the new parking rules for the block.", "the new parking rules for the block", "A majority of the tenants"},
		{"call with a bare predicate", "At the rally, the governor called him reckless.", "him reckless", "the governor"},
		{"gerund call after with", "The two had been friendly, with Lee often calling Ortiz his mentor.", "Ortiz his mentor", "Lee"},
		{"call it a noun phrase", "Skeptics call it the parking tax.", "it the parking tax", "Skeptics"},
		{"called her splits the lexicon pair", "The coach called her a natural leader.", "her a natural leader", "The coach"},
		{"call them to is no naming", "Critics call them to the desk.", "", ""},
		{"call it quits is an idiom", "The nurses call it quits.", "", ""},
		{"call with an adverb is no naming", "Critics call him often.", "", ""},
		{"small clause ends at a dash", "Critics would call them empty promises - the plan has also cost the town dearly.", "them empty promises", "Critics"},
		{"small clause ends before a gerund clause", "The two were close, with Lee often calling Ortiz his mentor, visiting him each summer.", "Ortiz his mentor", "Lee"},
		{"a list of adjectives stays whole", "Her coach called her a kind, caring and patient teacher.", "her a kind, caring and patient teacher", "Her coach"},
		{"named share is a noun", "Obama's 34 percent support is a record low for the state.", "", ""},
		{"according to before a colon", "According to the memo: “The plant will close by the end of the year.”", "“The plant will close by the end of the year.”", "the memo"},
		{"from before a colon", "The audit is long. From the audit: “Several accounts were never reconciled at all.”", "“Several accounts were never reconciled at all.”", "the audit"},
		{"present verb before a colon", "The city charter is plain. The old charter affirms: “No member shall serve more than two terms.”", "“No member shall serve more than two terms.”", "The old charter"},
		{"what X calls, unquoted", "The mayor has made ending what she calls waste in city hall a priority.", "what she calls waste in city hall", "she"},
		{"what X called before a period", "The gun was bought before what police called a planned attack.", "what police called a planned attack", "police"},
		{"possessive share is a noun", "His 30 percent support gives the mayor a lead in the race.", "", ""},
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
			for _, q := range r.Quotes {
				if q.Text == c.content && q.Mention != nil && q.Mention.Text == c.source {
					return
				}
			}
			t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
		})
	}
}
