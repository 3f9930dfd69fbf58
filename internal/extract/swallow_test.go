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

// TestWithAbsolute: a participle cue after "with NP" (an absolute phrase)
// takes that noun phrase as its source, not the sentence's subject, and
// its content stops before a second "and NP V-ing" phrase.
func TestWithAbsolute(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"named subject", "The two parties clashed in the hall, with Dora Quist calling for a halt to new docks.",
			[][2]string{{"a halt to new docks", "Dora Quist"}}},
		{"quantified subject", "The hearing ran late, with each trustee questioning the other's figures.",
			[][2]string{{"the other's figures", "each trustee"}}},
		{"not the clause subject", "The session closed with Ivo Marsh asking the board whether the pier would reopen.",
			[][2]string{{"whether the pier would reopen", "Ivo Marsh"}}},
		{"second absolute phrase", "The guild split, with Ansel Brook calling for a levy on ferries and other members backing a toll.",
			[][2]string{{"a levy on ferries", "Ansel Brook"}, {"a toll", "other members"}}},
		{"coordinated object kept", "The guild split, with Ansel Brook calling for a levy on ferries and barges.",
			[][2]string{{"a levy on ferries and barges", "Ansel Brook"}}},
		// Must not fire: no participle cue, a rare participle, or a "with"
		// that takes an object before a participle of another kind.
		{"no cue", "The mill kept running, with the workers hauling timber all night.", nil},
		{"rare participle", "The town raised its fees, with the clerks underlining the shortfall in the budget.", nil},
		{"with an object", "The dock is busy with crates waiting on the quay.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
