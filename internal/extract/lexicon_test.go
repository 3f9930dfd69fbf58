package extract

import "testing"

// TestNumberHeadDocuments checks the documents personNoun lets into
// numberHeads: their other number heads a source as a person noun does.
func TestNumberHeadDocuments(t *testing.T) {
	if !numberHeads["letters"] || numberHeads["boards"] {
		t.Errorf("numberHeads: letters %v, boards %v; want true, false", numberHeads["letters"], numberHeads["boards"])
	}
	checkMentions(t, []mentionCase{
		{"plural document", "Two letters from the tram union say the fares are unfair.",
			"the fares are unfair", "Two letters from the tram union"},
	})
}

// TestNumberHeads checks that a head known in one number names people in
// the other: "writers" and "therapists" (role nouns "writer",
// "therapist"), "insider" (a learned plural), so the phrase they head is
// the source; while adjectives, participles and pronouns get no second
// number.
func TestNumberHeads(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"plural of a role noun after 'a number of'", "The quarrel deepened when a number of writers argued the statue must go.",
			"the statue must go", "a number of writers"},
		{"plural of a role noun after a possessor", "The town's therapists believe the program helps children.",
			"the program helps children", "The town's therapists"},
		{"singular of a learned plural", "The mayor, whom one party insider described as “a bully,” left early.",
			"a bully", "one party insider"},
	})
	checkMentions(t, []mentionCase{
		{"adjective stays a modifier", "A wave of conservative anger suggested the plan would fail.",
			"the plan would fail", "A wave of conservative anger"},
		{"'return' after 'in' is no source", "In return for those votes, our senator vowed to back the ferry bill.",
			"to back the ferry bill", "our senator"},
	})
	for _, w := range []string{"conservative", "liberal", "finding", "theys", "other", "selfs"} {
		if numberHeads[w] {
			t.Errorf("numberHeads[%q] set", w)
		}
	}
}
