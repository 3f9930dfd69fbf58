package extract

import "testing"

// cueSources maps each cue's text to the source mentions given to it.
func cueSources(r Result) map[string][]string {
	got := map[string][]string{}
	for _, q := range r.Quotes {
		if q.Cue == nil {
			continue
		}
		m := ""
		if q.Mention != nil {
			m = q.Mention.Text
		}
		got[q.Cue.Text] = append(got[q.Cue.Text], m)
	}
	return got
}

// TestLeftoverCueLookalikes covers look-alikes the leftover-cue rules must leave alone:
// a new subject before an aside, non-speech verbs closing on a name,
// evidence participles, and names or visits after "called".
func TestLeftoverCueLookalikes(t *testing.T) {
	cases := []struct {
		name, text string
		// badCue maps a cue to a source mention it must not get.
		badCue        map[string]string
		want, notWant []string
	}{
		{
			name:   "a new subject before an aside is not the earlier speaker",
			text:   `"We won," Smith said, and the referee, after a long review, confirmed that the goal stood.`,
			badCue: map[string]string{"confirmed": "Smith"},
		},
		{
			name:   "a new subject after but, with an aside, keeps its own report",
			text:   `The mayor said taxes would fall, but the council, in a rare rebuke, warned that deficits would grow.`,
			badCue: map[string]string{"warned": "The mayor"},
		},
		{
			name:   "a plural new subject with a participle aside",
			text:   `The coach said the team was ready, but the players, tired after the trip, admitted that they were not.`,
			badCue: map[string]string{"admitted": "The coach"},
		},
		{
			name:   "a new subject with a relative clause aside",
			text:   `Lee said the bridge was sound, but engineers, who inspected it, found that two cables were cracked.`,
			badCue: map[string]string{"found": "Lee"},
		},
		{
			name:   "a new subject with a two-part aside",
			text:   `The owner said the mill was safe, but the inspectors, after a week on site, in a short report, concluded that it was not.`,
			badCue: map[string]string{"concluded": "The owner"},
		},
		{
			name:    "a vote rejecting a person reports nothing",
			text:    "Voters rejected Jones.\n\nThe court rejected Smith.\n\nThe Senate confirmed Jones.\n\nThe agency recommended Smith.",
			notWant: []string{"Jones", "Smith"},
		},
		{
			name:   "a source never comes from a prepositional object",
			text:   `Protesters outside the building denounced Orban.`,
			badCue: map[string]string{"denounced": "the building"},
		},
		{
			name:    "an evidence participle after a comma reports nothing",
			text:    "The team lost again, showing that depth matters.\n\nThe vote passed narrowly, proving that the party is split.",
			notWant: []string{"that depth matters", "that the party is split"},
		},
		{
			name:    "a capitalised particle after called is part of a name",
			text:    "Last year, a startup called On Deck raised $20 million.\n\nA coalition called Upon Reflection sued the city.",
			notWant: []string{"Deck raised $20 million", "Reflection sued the city", "On Deck raised $20 million"},
		},
		{
			name:    "called on a person without a to-infinitive is a visit",
			text:    `A man called on his neighbor after the storm.`,
			notWant: []string{"his neighbor after the storm"},
		},
		{
			name:    "called out sick is an absence",
			text:    `A doctor called out sick on Monday.`,
			notWant: []string{"sick on Monday"},
		},
		{
			name:    "quoting a source names it, like citing",
			text:    `Quoting officials who asked not to be named, the paper said the plant would close.`,
			want:    []string{"the plant would close"},
			notWant: []string{"officials who asked not to be named"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			checkContents(t, r, c.want, c.notWant)
			srcs := cueSources(r)
			for cue, bad := range c.badCue {
				for _, m := range srcs[cue] {
					if m == bad {
						t.Errorf("cue %q has source %q", cue, bad)
					}
				}
			}
		})
	}
}
