package extract

import "testing"

// TestLabelSubjectEnd checks that a headline label holding a verb in
// "-s" gives only its subject as the speaker, and that a label of names
// or ending in a plural noun keeps every word.
func TestLabelSubjectEnd(t *testing.T) {
	run := func(name, headline string, want, notWant [][2]string) {
		t.Run(name, func(t *testing.T) {
			full := headline + "\n\nThe ferry board met on Monday to vote on the new tolls."
			r := extract(full, Meta{Published: "2025-09-04"})
			checkInvariants(t, full, r)
			got := quoteSummary(r)
			has := func(p [2]string) bool {
				for _, q := range got {
					if q == p {
						return true
					}
				}
				return false
			}
			for _, p := range want {
				if !has(p) {
					t.Errorf("missing %q in %q", p, got)
				}
			}
			for _, p := range notWant {
				if has(p) {
					t.Errorf("unwanted %q in %q", p, got)
				}
			}
		})
	}
	run("verb in -s after a name", "Mayor Hale Scolds Ferry Board: ‘Fix The Tolls Now.’",
		[][2]string{{"‘Fix The Tolls Now.’", "Mayor Hale"}},
		[][2]string{{"‘Fix The Tolls Now.’", "Mayor Hale Scolds Ferry Board"}})
	run("lower-case verb in -s", "Ann Lee heckles toll protesters: ‘Go home.’",
		[][2]string{{"‘Go home.’", "Ann Lee"}}, nil)
	run("must not cut: a surname in -s ends the label", "Ann Richards: ‘The Tolls Must Fall.’",
		[][2]string{{"‘The Tolls Must Fall.’", "Ann Richards"}}, nil)
	run("must not cut: a plural noun ends the label", "Ferry riders: ‘The Tolls Must Fall.’",
		[][2]string{{"‘The Tolls Must Fall.’", "Ferry riders"}}, nil)
}
