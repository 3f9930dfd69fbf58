package extract

import (
	"strings"
	"testing"
)

// TestTimeWordS checks that the class wcTimeWordS answers as
// timeWords[strings.TrimSuffix(w, "s")], which timeBack asked before.
func TestTimeWordS(t *testing.T) {
	texts := append(corpus(t), "This morning, mornings, this, thiss, weeks, agos, yesterdays, s, ss said he.")
	for _, text := range texts {
		d := newDoc(text)
		for k := range d.toks {
			w := d.lw(k)
			if got, want := d.in(k, wcTimeWordS), timeWords[strings.TrimSuffix(w, "s")]; got != want {
				t.Fatalf("token %d %q: in(wcTimeWordS) = %v, want %v", k, w, got, want)
			}
		}
	}
}
