package extract

import "testing"

// TestWithShare covers a poll share as the subject of an absolute "with"
// phrase: "…, with about three in 10 saying …", and without the comma
// "… as moderates with 40 percent saying …". The share and its
// participle are a report of their own: the content before them ends at
// "with", and the share, quantity word and all, is the participle's
// source. A plain noun phrase after a comma-less "with" stays an object.
func TestWithShare(t *testing.T) {
	cases := []struct {
		name, text     string
		want, notWant  []string
		quote, mention string
	}{
		{
			name:    "share with a quantity word after a comma",
			text:    `Most rowers said they were unsure, with about two in 10 saying they would skip the regatta.`,
			want:    []string{"they were unsure"},
			quote:   "they would skip the regatta",
			mention: "about two in 10",
		},
		{
			name:    "share without a comma",
			text:    `Two-thirds of the ferry riders described themselves as regulars with about four in 10 saying they ride daily.`,
			want:    []string{"themselves as regulars"},
			quote:   "they ride daily",
			mention: "about four in 10",
		},
		{
			name:    "percent share without a comma",
			text:    `The dockhands said the pay was fair with 40 percent saying they would stay another year.`,
			want:    []string{"the pay was fair"},
			quote:   "they would stay another year",
			mention: "40 percent",
		},
		{
			name:    "a plain noun after a comma-less with stays in the content",
			text:    `The harbor master said the pilots had met with skippers waiting on the quay.`,
			want:    []string{"the pilots had met with skippers waiting on the quay"},
			notWant: []string{"the pilots had met"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
		})
	}
}
