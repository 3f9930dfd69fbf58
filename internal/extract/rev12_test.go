package extract

import "testing"

// TestTrailAsideLyNoun checks that a noun in "-ly" heading an apposition
// ("assembly member", "supply manager") is no adverb aside: the mention
// keeps the title.
func TestTrailAsideLyNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title after a quote", "Intro.\n\n“The pier stays shut,” said Marta Oyelaran, supply manager.",
			"The pier stays shut", "Marta Oyelaran, supply manager"},
		{"title between commas", "Intro.\n\nThe board met. Marta Oyelaran, assembly member, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran, assembly member,"},
		{"an adverb still cuts", "Intro.\n\nThe board met. Marta Oyelaran, reportedly, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran"},
	})
}
