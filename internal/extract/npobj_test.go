package extract

import "testing"

// TestStanceNouns covers a stance noun predicated of its holder: "the
// mayor is a vocal critic of the toll".
func TestStanceNouns(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"is a critic of", "Mayor Lena Ortiz is a vocal critic of the toll plan.", "the toll plan", "Mayor Lena Ortiz", "is a vocal critic of"},
		{"has been a backer of", "The dockworkers union has been a loyal backer of the harbor bond.", "the harbor bond", "The dockworkers union", "has been a loyal backer of"},
		{"contracted has", "He’s been an early supporter of the rail link.", "the rail link", "He", "’s been an early supporter of"},
		{"one of", "Tomas Berg was one of the first advocates for the night market.", "the night market", "Tomas Berg", "was one of the first advocates for"},
		{"coordinated modifiers", "The night nurses have been the loudest and angriest critics of the merger.", "the merger", "The night nurses", "have been the loudest and angriest critics of"},
	})
}

// TestStanceSides covers "in favor of" and "in support of" after a verb:
// "the council voted in favor of the levy".
func TestStanceSides(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"voted in favor of", "The village council voted in favor of the harbor levy.", "the harbor levy", "The village council", "voted in favor of"},
		{"came out in support of", "Senator Ada Vale came out in support of Ruiz, the party's nominee.", "Ruiz", "Senator Ada Vale", "came out in support of"},
		{"copula and adverb", "On longer school days, Dean Moss is openly in favor of a trial.", "a trial", "Dean Moss", "is openly in favor of"},
	})
}

// TestStanceNot checks look-alikes of both layouts: no attribution may
// have the object as its content.
func TestStanceNot(t *testing.T) {
	for _, c := range []struct{ name, in, content string }{
		// After a noun the phrase modifies it.
		{"after a noun", "Her petition in favor of a later curfew drew 300 names.", "a later curfew"},
		// A time phrase stands between the verb and the phrase.
		{"after a time", "A tribunal found this spring in favor of the fishermen.", "the fishermen"},
		// "and" joins clauses, not a stance noun's modifiers.
		{"clause and", "Ortiz is tired and critics of the plan are loud.", "the plan"},
		// A forecast, not a stance held.
		{"would be", "Dana Ruiz would be a strong advocate for rural clinics.", "rural clinics"},
		// No copula: a role someone is cast in.
		{"cast as", "Casting herself as a critic of the levy, Ortiz toured the valley.", "the levy"},
		// Inside another report's content, PolNeAR seldom marks it again.
		{"in a content", "Ortiz said that Ruiz is a fierce critic of the levy.", "the levy"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, q := range extractBody(t, c.in).Quotes {
				if q.Text == c.content {
					t.Fatalf("unexpected attribution of %q (cue %+v)", q.Text, q.Cue)
				}
			}
		})
	}
}
