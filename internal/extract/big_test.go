//go:build unix

package extract

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLargeInput guards against quadratic blow-ups on long, quote-heavy
// or malformed articles. It compares the CPU time of an input with that
// of one four times smaller instead of holding a wall-clock limit, so
// neither a loaded machine nor the race detector fails it: linear work
// grows about 4x, quadratic work 16x.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	units := []struct {
		unit string
		reps int
	}{
		{"“We will win,” Jane Doe said. “Next part.”\n\n“And more,\n\n", 2000},
		{"\"", 100000},
		{"Jane Doe said that the plan, which Bob Stone said would fail, is fine. ", 2000},
		{"a ", 100000},
	}
	for _, u := range units {
		small := fastest(t, strings.Repeat(u.unit, u.reps/4), 8)
		large := fastest(t, strings.Repeat(u.unit, u.reps), 2)
		ratio := float64(large) / float64(max(small, time.Microsecond))
		t.Logf("%q x%d: %v, x%d: %v, ratio %.1f", u.unit[:min(len(u.unit), 12)], u.reps/4, small, u.reps, large, ratio)
		if ratio > 10 {
			t.Errorf("%q: 4x the input took %.1fx the time (%v vs %v): superlinear", u.unit[:min(len(u.unit), 12)], ratio, large, small)
		}
	}
}

// fastest returns the process CPU time of one extraction of in (the
// package runs no parallel tests): the cheaper of two measurements of
// runs extractions each, since the kernel counts CPU time in ticks of a
// few milliseconds and the collector's share varies.
func fastest(t *testing.T, in string, runs int) time.Duration {
	t.Helper()
	checkInvariants(t, in, extract(in, Meta{}))
	best := time.Duration(1<<63 - 1)
	for range 2 {
		start := cpuTime(t)
		for range runs {
			extract(in, Meta{})
		}
		best = min(best, (cpuTime(t)-start)/time.Duration(runs))
	}
	return best
}

func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
