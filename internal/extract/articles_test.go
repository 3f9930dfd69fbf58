package extract

import "testing"

// articleWant is one attribution a mini-article must give: content,
// source mention, resolved speaker and venue ("" for none).
type articleWant struct{ content, source, speaker, venue string }

// articleCase is a mini-article and every attribution it must give, in
// order.
type articleCase struct {
	in   string
	want []articleWant
}

// checkArticles extracts each mini-article and checks every attribution,
// whom it resolves to and where it was said.
func checkArticles(t *testing.T, cases []articleCase) {
	t.Helper()
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != len(c.want) {
			t.Errorf("%q: got %d attributions, want %d", c.in, len(r.Quotes), len(c.want))
			continue
		}
		for i, w := range c.want {
			q := r.Quotes[i]
			m, v := "", ""
			if q.Mention != nil {
				m = q.Mention.Text
			}
			if q.Venue != nil {
				v = q.Venue.Text
			}
			if q.Text != w.content || m != w.source || q.Speaker.Name != w.speaker || v != w.venue {
				t.Errorf("%q: attribution %d: got %q / %q / %q / %q, want %q / %q / %q / %q", c.in, i, q.Text, m, q.Speaker.Name, v, w.content, w.source, w.speaker, w.venue)
			}
		}
	}
}

// lastSpeaker is a text and the speaker its last attribution must name.
type lastSpeaker struct{ in, speaker string }

// checkLastSpeakers extracts lead+in for each case and checks the
// speaker of its last attribution.
func checkLastSpeakers(t *testing.T, lead string, cases []lastSpeaker) {
	t.Helper()
	for _, c := range cases {
		r := extract(lead+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) == 0 || r.Quotes[len(r.Quotes)-1].Speaker.Name != c.speaker {
			t.Errorf("%q: got %+v, want last speaker %q", c.in, r.Quotes, c.speaker)
		}
	}
}
