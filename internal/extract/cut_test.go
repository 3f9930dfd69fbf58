package extract

import "testing"

// TestCutShort checks contents PolNeAR runs on past a break where an
// earlier rule cut them: each case gives a text and the contents Extract
// must find in it, exactly.
func TestCutShort(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"later quote in the same paragraph",
			"“The pier is a fine place to fish,” said Ana Ruiz, a clerk at the bait shop. She sells worms there. “Nobody goes hungry in this town.”",
			[]string{"“The pier is a fine place to fish,” said Ana Ruiz, a clerk at the bait shop. She sells worms there. “Nobody goes hungry in this town.”"}},
		{"inverted source inside a clause",
			"The new levy, said Mayor Ruiz, would fund the pier repairs.",
			[]string{"The new levy, said Mayor Ruiz, would fund the pier repairs"}},
		{"inverted source with an apposition inside a clause",
			"The real cost, says Ann Lee, an engineer at the port, is the dredging.",
			[]string{"The real cost, says Ann Lee, an engineer at the port, is the dredging"}},
		{"inverted source with a relative clause inside a clause",
			"And the mayor, said Ben Cho, who worked for her, doesn't forget a slight.",
			[]string{"And the mayor, said Ben Cho, who worked for her, doesn't forget a slight"}},
		{"inverted source after a whole clause",
			"The pier is unsafe, said Ben Cho, an engineer who inspected it.",
			[]string{"The pier is unsafe"}},
		{"second predicate after a parenthetical attribution",
			"Her predecessor, the clerk recalled, rarely showed up and skipped most hearings.",
			[]string{"Her predecessor, the clerk recalled, rarely showed up and skipped most hearings"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, nil)
		})
	}
}

// TestInvertedPresent checks that a present verb after an inverted
// source resumes the interrupted content, and that a clause with no such
// verb, or a new report, does not.
func TestInvertedPresent(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The new levy, said Jon Pratt, looks like the old one.", "The new levy, said Jon Pratt, looks like the old one", "Jon Pratt", "said"},
		{"The pier, said Lee, who runs the port, needs new pilings.", "The pier, said Lee, who runs the port, needs new pilings", "Lee, who runs the port", "said"},
		// Must not fire: nothing resumes.
		{"The pier, said Lee, who runs the port.", "The pier", "Lee, who runs the port", "said"},
	})
}
