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
