package extract

import (
	"strings"
	"testing"
	"time"
)

// TestLargeInput guards against quadratic blow-ups on long, quote-heavy
// or malformed articles.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	inputs := []string{
		strings.Repeat("“We will win,” Jane Doe said. “Next part.”\n\n“And more,\n\n", 3000),
		strings.Repeat("\"", 100000),
		strings.Repeat("Jane Doe said that the plan, which Bob Stone said would fail, is fine. ", 3000),
		strings.Repeat("a ", 200000),
	}
	for _, in := range inputs {
		start := time.Now()
		r := extract(in, Meta{})
		checkInvariants(t, in, r)
		t.Logf("%d bytes: %v, %d quotes", len(in), time.Since(start), len(r.Quotes))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%d bytes took %v", len(in), d)
		}
	}
}
