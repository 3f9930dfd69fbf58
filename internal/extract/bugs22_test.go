package extract

import "testing"

// TestPercentShareBack covers a share read back from "percent" when a
// lexicon learned "percent" as a head noun: the number and the quantity
// words before it stay in the phrase.
func TestPercentShareBack(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"About 9 percent said they would stay home.", "About 9 percent"},
		{"Some 30 percent said no.", "Some 30 percent"},
		{"Only 12 percent said yes.", "Only 12 percent"},
		{"But 15 percent said so.", "15 percent"},
	}
	for _, c := range cases {
		for _, learned := range []bool{true} {
			d := newDoc(c.text)
			j := -1
			for k := range d.toks {
				if d.lw(k) == "percent" {
					j = k
				}
			}
			if learned {
				d.toks[j].cls |= wcHeadNoun
			}
			b := d.npBack(j, 0)
			if b < 0 {
				t.Errorf("%q (learned %v): no phrase", c.text, learned)
				continue
			}
			if got := string(d.r[d.toks[b].s:d.toks[j].e]); got != c.want {
				t.Errorf("%q (learned %v): got %q, want %q", c.text, learned, got, c.want)
			}
		}
	}
}
