package extract

import "testing"

// An office named with a share word ("Majority Leader", "the minority
// whip") is a person's title, not a part of those polled, so a weak cue
// after it is read as after any other title.
func TestOfficeIsNoPollShare(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Majority Leader Ann Cole backs the bill.", 0},
		{"Senate Leader Ann Cole backs the bill.", 0},
		// Must still fire: a share of those polled.
		{"57 percent see the mayor favourably.", 1},
	} {
		if got := len(extract(c.in, Meta{}).Quotes); got != c.want {
			t.Errorf("%q: %d attributions, want %d", c.in, got, c.want)
		}
	}
}
