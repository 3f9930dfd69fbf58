package extract

import "testing"

// TestCallOut covers the phrasal "call out" of public rebuke in its four
// forms: the one rebuked opens the content; without an object ("called
// out sick", "calling out for …") it reports nothing.
func TestCallOut(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		want, notWant              []string
	}{
		{
			name:    "called out with an auxiliary and adverb",
			text:    `The mayor has repeatedly called out the harbor board.`,
			quote:   "the harbor board",
			mention: "The mayor",
		},
		{
			name:    "calls out a named rival",
			text:    `Holm calls out Brill for the toll hike.`,
			quote:   "Brill for the toll hike",
			mention: "Holm",
		},
		{
			name:    "call out after a modal",
			text:    `The guild will call out the ferry company.`,
			quote:   "the ferry company",
			mention: "The guild",
		},
		{
			name:    "called out sick is an absence",
			text:    `The ferry captain called out sick on Monday.`,
			notWant: []string{"sick", "sick on Monday"},
		},
		{
			name:    "calling out for something has no one rebuked",
			text:    `The rowers were calling out for help from the dock.`,
			notWant: []string{"for help from the dock", "help from the dock"},
		},
		{
			name:    "called out of retirement",
			text:    `The old pilot was called out of retirement last spring.`,
			notWant: []string{"of retirement last spring", "retirement last spring"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}

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
