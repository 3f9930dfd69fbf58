package extract

import "testing"

// TestInvertedColonVerb covers a reporting verb set before the name that
// closes a colon's lead: the verb is the cue, the name alone the source.
// A bare name and a subject-verb lead keep their reading.
func TestInvertedColonVerb(t *testing.T) {
	cases := []struct {
		name, text, quote, mention, cue string
	}{
		{
			name:    "the verb opens the sentence",
			text:    `Continued Ada Holm: “The ferry tolls will fall next spring.”`,
			quote:   "“The ferry tolls will fall next spring.”",
			mention: "Ada Holm",
			cue:     "Continued",
		},
		{
			name:    "the verb after a lead and its comma",
			text:    `In short, explained the harbor master Ada Holm: “The tolls pay for the pier.”`,
			quote:   "“The tolls pay for the pier.”",
			mention: "the harbor master Ada Holm",
			cue:     "explained",
		},
		{
			name:    "a bare name before the colon",
			text:    `Ada Holm: “The tolls pay for the pier.”`,
			quote:   "“The tolls pay for the pier.”",
			mention: "Ada Holm",
			cue:     ":",
		},
		{
			name:    "a subject and its verb",
			text:    `The harbor master noted: “The tolls pay for the pier.”`,
			quote:   "“The tolls pay for the pier.”",
			mention: "The harbor master",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			for _, q := range r.Quotes {
				if q.Text != c.quote {
					continue
				}
				if q.Mention == nil || q.Mention.Text != c.mention {
					t.Fatalf("mention of %q: got %+v, want %q", c.quote, q.Mention, c.mention)
				}
				if c.cue != "" && (q.Cue == nil || q.Cue.Text != c.cue) {
					t.Fatalf("cue of %q: got %+v, want %q", c.quote, q.Cue, c.cue)
				}
				return
			}
			t.Fatalf("no quote %q in %q", c.quote, c.text)
		})
	}
}
