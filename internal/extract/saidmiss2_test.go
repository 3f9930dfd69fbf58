package extract

import "testing"

// TestSaidmiss2 covers confident speech cues a layout used to miss, each
// with a look-alike that must stay as it was.
func TestSaidmiss2(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "negated say with an embedded question",
			text: `The ferry line would not say whether the night crossing will resume in June.`,
			want: []string{`whether the night crossing will resume in June`},
		},
		{
			name:    "negated say with a which question stays an open question",
			text:    `The ferry line did not say which harbors had agreed to take the night boats.`,
			notWant: []string{`which harbors had agreed to take the night boats`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
