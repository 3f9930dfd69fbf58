package extract

import (
	"strings"
	"testing"
)

// TestMWBackAttitudePairs: a verb with the preposition of its stance is
// left to the attitude layout unless the lexicon saw the phrase twice,
// so a phrase lent by lexgen cannot skip that layout's guards. A
// feeling's "by" is kept: that layout reads it only after "be".
func TestMWBackAttitudePairs(t *testing.T) {
	for w, h := range cueIndex {
		for _, ps := range h.next {
			for _, p := range ps {
				if len(p.toks) == 2 && p.entry.Count < 2 && attitudeHead(w, p.toks[1]) && !(p.toks[1] == "by" && feelingBy[w]) {
					t.Errorf("%q (count %d) is in the cue index", strings.Join(p.toks, " "), p.entry.Count)
				}
			}
		}
	}
	checkContentSources(t, []contentSourceCase{
		{"what was asked", "Ranchers were lobbying for a new water permit.", "a new water permit", "Ranchers"},
		{"how long", "The nurses have been lobbying for weeks without a reply.", "weeks without a reply", ""},
		{"a symptom", "The cyclist complained of back pain after the climb.", "back pain after the climb", ""},
	})
}

// TestMWBackLentPhrases: a phrase train shows in another form of its verb
// ("remarked upon", "took issue with") is a cue in the form it lacks.
func TestMWBackLentPhrases(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"-s form of a lent phrase", "Dr. Ellis remarks upon the rising cost of insulin.", "the rising cost of insulin", "Dr. Ellis"},
		{"irregular verb", "Mayor Ruiz takes issue with the county's new parking fees.", "the county's new parking fees", "Mayor Ruiz"},
	})
	for _, in := range []string{
		"The harbor master takes a bus to the pier.",
		"They call on Fridays after the market closes.",
		"Tuesday evening noted chefs gathered in the square.",
		"The old mill stands on the river bank.",
		"The dean is giving an account of the fire drill.",
	} {
		t.Run(in, func(t *testing.T) {
			r := extract("Headline\n\n"+in, Meta{Published: "2025-09-04"})
			if len(r.Quotes) != 0 {
				t.Errorf("unwanted quotes %+v", r.Quotes)
			}
		})
	}
}
