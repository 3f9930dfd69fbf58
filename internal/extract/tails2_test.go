package extract

import "testing"

// TestPronounTail covers an object pronoun that opens the content with
// a preposition after it: the pronoun is the whole object, the phrase
// after it the narrator's. Names, gerund phrases, a subject "it" with an
// auxiliary and forward cues keep the content whole.
func TestPronounTail(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"her in", "The dock workers backed her in the vote on Friday.",
			[][2]string{{"her", "The dock workers"}}},
		{"it on", "Mayor Lind has opposed it on safety grounds.",
			[][2]string{{"it", "Mayor Lind"}}},
		{"them over", "The fishermen criticized them over the delay.",
			[][2]string{{"them", "The fishermen"}}},
		{"a name stays", "The union criticized Mayor Lind over the delay.",
			[][2]string{{"Mayor Lind over the delay", "The union"}}},
		{"subject it", "The council said it in fact would close the pier.",
			[][2]string{{"it in fact would close the pier", "The council"}}},
		{"forward cue", "The board promised them by early spring.",
			[][2]string{{"them by early spring", "The board"}}},
		{"inside a clause", "The ferry captain said the union backed her in every port.",
			[][2]string{{"the union backed her in every port", "The ferry captain"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestDashClause covers a clause content that a lone dash and a new
// clause with its own subject follow: the narrator goes on there. A pair
// of dashes, quoted words, a list, an indefinite comment and a clause
// after an object's dash keep the content whole.
func TestDashClause(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"and a new subject", "Officials said the pier would reopen on Friday — and the ferry crews will return next week.",
			[][2]string{{"the pier would reopen on Friday", "Officials"}}},
		{"pronoun subject", "Officials said the pier would reopen on Friday — it will be busy.",
			[][2]string{{"the pier would reopen on Friday", "Officials"}}},
		{"spaced hyphen", "Officials said the pier would reopen on Friday - there are ships waiting.",
			[][2]string{{"the pier would reopen on Friday", "Officials"}}},
		{"paired dashes", "The mayor said the pier — the city's oldest — would close in May.",
			[][2]string{{"the pier — the city's oldest — would close in May", "The mayor"}}},
		{"quoted words before", "Lind said the plan was \"a disaster\" — the council disagreed.",
			[][2]string{{"the plan was \"a disaster\" — the council disagreed", "Lind"}}},
		{"a list", "Lind said the harbor needs three things — a new crane, more staff and deeper water.",
			[][2]string{{"the harbor needs three things — a new crane, more staff and deeper water", "Lind"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
