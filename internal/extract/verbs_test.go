package extract

import "testing"

// TestVerbs covers speech and writing cues that no layout read before:
// each case is a layout, with the look-alikes it must leave alone.
func TestVerbs(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "main verb after a dash aside holding its own report",
			text: `The harbor master - who earlier said the pier was safe - said on Monday that the ferry would stop.`,
			want: []string{`the pier was safe`, `that the ferry would stop`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
