package extract

import "testing"

// TestMixedmiss covers contents whose "that" follows an aside set off by
// dashes after the cue; a look-alike names contents that must not appear.
func TestMixedmiss(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "hyphen aside between the cue and its that clause",
			text:    `Vesna Kolar insisted on Friday - wrongly, as it turned out - that the bridge was "perfectly safe" for lorries.`,
			quote:   `that the bridge was "perfectly safe" for lorries`,
			mention: "Vesna Kolar",
			notWant: []string{`wrongly, as it turned out - that the bridge was "perfectly safe" for lorries`},
		},
		{
			name:    "em dash aside opening right after the cue",
			text:    `The harbour master argued — citing three old storms — that the pier needed new pilings.`,
			quote:   "that the pier needed new pilings",
			mention: "The harbour master",
			notWant: []string{"citing three old storms — that the pier needed new pilings"},
		},
		{
			name:    "dash aside after a thought verb",
			text:    `The boatwright thinks — like most of the guild — that the old hull can still float.`,
			quote:   "that the old hull can still float",
			mention: "The boatwright",
			notWant: []string{"like most of the guild — that the old hull can still float"},
		},
		{
			name:    "aside with no that clause after it",
			text:    `Vesna Kolar made an offer - a modest one - that the ferrymen refused.`,
			notWant: []string{"that the ferrymen refused"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
