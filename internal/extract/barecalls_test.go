package extract

import "testing"

// TestBareCalls covers the unowned noun "calls" with what it asks for:
// "calls for"/"calls to" is the cue, the phrase after it the content, up
// to a comma, and no source. Owned calls and calls placed to someone
// get no such sourceless reading.
func TestBareCalls(t *testing.T) {
	cases := []struct {
		name, text string
		bare       string // the sourceless content wanted, or "" for none
		notWant    []string
	}{
		{
			name: "calls for after a preposition",
			text: `Rowers grew tired amid calls for an inquiry into the dam repairs.`,
			bare: "an inquiry into the dam repairs",
		},
		{
			name:    "calls to after a preposition ends at the comma",
			text:    `The guild was flooded with calls to close the ferry, most of them from rowers.`,
			bare:    "close the ferry",
			notWant: []string{"close the ferry, most of them from rowers"},
		},
		{
			name: "calls to after a quantifier and an adjective",
			text: `There have been no serious calls to sell the harbor.`,
			bare: "sell the harbor",
		},
		{
			name:    "calls placed to a person telephone",
			text:    `She made several calls to the harbor master.`,
			notWant: []string{"the harbor master"},
		},
		{
			name: "owned calls get no sourceless reading",
			text: `The mayor ignored the guild's calls for a new dock.`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := extract(c.text, Meta{})
			checkContents(t, qs, nil, c.notWant)
			got := ""
			for _, q := range qs.Quotes {
				if q.Cue != nil && (q.Cue.Text == "calls for" || q.Cue.Text == "calls to") && q.Mention == nil {
					got = q.Text
				}
			}
			if got != c.bare {
				t.Errorf("sourceless calls content %q, want %q in %q", got, c.bare, c.text)
			}
		})
	}
}
