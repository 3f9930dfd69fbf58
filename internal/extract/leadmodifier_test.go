package extract

import (
	"strings"
	"testing"
)

// TestLeadModifierPronoun covers the lower-case modifiers a noun phrase
// takes back before its head: a subject pronoun opening the sentence is
// no modifier, so the phrase does not run back over the clause it opens
// ("He kept going despite local officials …" is no mention).
func TestLeadModifierPronoun(t *testing.T) {
	for _, in := range []string{
		"He kept going despite local officials warning that he was far behind.",
		"She kept campaigning despite polls showing her far behind in the county.",
	} {
		q := quoteWhere(t, "Headline\n\n"+in, "far behind", true)
		if m := mentionText(q); strings.Contains(m, "kept") {
			t.Errorf("%q: mention %q runs over the clause", in, m)
		}
	}
	checkQuoteMentions(t, []quoteMentionCase{
		{
			name:    "modifiers after a determiner still belong",
			in:      "The new harbor survey shows most rowers favor the toll.",
			content: "most rowers favor the toll",
			mention: "The new harbor survey",
		},
	})
}
