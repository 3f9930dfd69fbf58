package extract

import (
	"strings"
	"testing"
)

// TestRelativeApposition checks that a subject followed by a relative
// clause holding commas and names of its own keeps the subject as the
// source, not the last name before the cue.
func TestRelativeApposition(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"place inside the clause", "Mara Quill, who lost her farm to a flood in Dayton, Ohio, in 2011, said the levee was never finished.", "Mara Quill"},
		{"whose with a named start-up", "Mr. Osei, whose first company, Gridlane, sells maps, said the city had no plan.", "Mr. Osei"},
		{"adverb before the subject", "Even Dana Roe, who grew up in Akron, Ohio, in the 1970s, said the race was over.", "Dana Roe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil {
				t.Fatalf("got %d quotes, want 1 with a mention: %+v", len(r.Quotes), r.Quotes)
			}
			if m := r.Quotes[0].Mention.Text; !strings.HasPrefix(m, c.want) {
				t.Errorf("mention %q, want it to start with %q", m, c.want)
			}
		})
	}
}

// TestToExperiencer checks the "To X, clause" opener: a named person or
// a bare pronoun before the comma holds the view, an infinitive or a set
// phrase does not.
func TestToExperiencer(t *testing.T) {
	cases := []struct {
		name, in, src string // src "" means no attribution
	}{
		{"named person", "To Okafor, the new bridge is a waste of money that the town cannot afford.", "Okafor"},
		{"title and name", "To Mayor Lund, the vote was a clear sign that the town wanted change.", "Mayor Lund"},
		{"bare pronoun", "To many, the old mill is the heart of the valley and should never close.", "many"},
		{"infinitive", "To win the county, a candidate must carry both river towns in the fall.", ""},
		{"set phrase", "To be sure, the bridge has needed repairs for more than a decade.", ""},
		{"date", "To date, nine towns have joined the regional water plan this year.", ""},
	}
	t.Run("lends its source", func(t *testing.T) {
		r := extractBody(t, "To Dr. Vance, the mayor’s tired speech seemed to reflect a deep sadness about the closing.")
		if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != "Dr. Vance" {
			t.Fatalf("want one quote with mention Dr. Vance: %+v", r.Quotes)
		}
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if c.src == "" {
				if len(r.Quotes) != 0 {
					t.Fatalf("got %d quotes, want none: %+v", len(r.Quotes), r.Quotes)
				}
				return
			}
			if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Cue == nil {
				t.Fatalf("got %d quotes, want 1 with a mention and cue: %+v", len(r.Quotes), r.Quotes)
			}
			q := r.Quotes[0]
			if q.Mention.Text != c.src || q.Cue.Text != "To" {
				t.Errorf("mention %q cue %q, want %q and \"To\"", q.Mention.Text, q.Cue.Text, c.src)
			}
			if strings.HasPrefix(q.Text, c.src) || strings.HasPrefix(q.Text, ",") {
				t.Errorf("content %q should start after the comma", q.Text)
			}
		})
	}
}
