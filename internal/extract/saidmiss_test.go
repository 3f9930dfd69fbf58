package extract

import "testing"

// TestSaidmiss covers plain speech cues whose layout did not fire.
func TestSaidmiss(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "second quotation with its own closing attribution",
			text: `"The old mill is closing," she said, but after the long vote, "we will rebuild it," said Marlow, who runs the town council.`,
			want: []string{`"The old mill is closing,"`, `"we will rebuild it,"`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
