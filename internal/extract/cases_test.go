package extract

import "testing"

// contentSourceCase: a quote with this content must exist with this
// source mention (src != ""; "*" takes any) or must not exist (src == "").
type contentSourceCase struct {
	name, in string
	content  string
	src      string
}

// checkContentSources runs each case on its text after a headline.
func checkContentSources(t *testing.T, cases []contentSourceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			var found *Quote
			for i, q := range r.Quotes {
				if q.Text == c.content {
					found = &r.Quotes[i]
				}
			}
			switch {
			case c.src == "" && found != nil:
				t.Errorf("unwanted quote %q (quotes %+v)", c.content, r.Quotes)
			case c.src != "" && found == nil:
				t.Errorf("no quote %q (quotes %+v)", c.content, r.Quotes)
			case c.src != "" && c.src != "*" && (found.Mention == nil || found.Mention.Text != c.src):
				t.Errorf("quote %q has source %+v, want %q", c.content, found.Mention, c.src)
			}
		})
	}
}

// cueContentCase: the first quote with this cue must have this content.
type cueContentCase struct {
	name, in, cue, content string
}

// checkCueContents runs each case on its text as an article body.
func checkCueContents(t *testing.T, cases []cueContentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					if q.Text != c.content {
						t.Errorf("content %q, want %q", q.Text, c.content)
					}
					return
				}
			}
			t.Errorf("no quote with cue %q: %+v", c.cue, r.Quotes)
		})
	}
}
