package extract

import "testing"

// TestSwallowCut checks that a content ends where a second attribution
// opens inside it — ", but said …", "… while calling …", "— saying …",
// ", with X saying …", ", and X believes …" — and that the second one is
// found on its own; a verb after ", but" that is no cue stays in the
// content.
func TestSwallowCut(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"but said", "The spokeswoman acknowledged that the first estimate was wrong, but said the agency had found the missing receipts.",
			[]string{"that the first estimate was wrong", "the agency had found the missing receipts"}},
		{"but insisted", "The governor admitted that the rollout had been slow, but insisted the program would reach every county.",
			[]string{"that the rollout had been slow", "the program would reach every county"}},
		{"while calling", "The candidate described the new tariffs as reckless while calling for lower taxes on farmers.",
			[]string{"the new tariffs as reckless", "lower taxes on farmers"}},
		{"and a weaker cue", "The mayor acknowledged that the budget was tight this year, and the auditor believes that the reserves are too thin.",
			[]string{"that the budget was tight this year", "that the reserves are too thin"}},
		{"dash saying", "The senator criticized the new spending plan — saying that it would raise taxes on farmers.",
			[]string{"the new spending plan", "that it would raise taxes on farmers"}},
		{"with a subject saying", "The mayor praised the new stadium deal, with several council members saying it would bring jobs.",
			[]string{"the new stadium deal", "it would bring jobs"}},
		{"but with a verb that is no cue stays", "The dispatcher said the bus left the depot at noon, but stalled near the bridge.",
			[]string{"the bus left the depot at noon, but stalled near the bridge"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, nil)
		})
	}
}
