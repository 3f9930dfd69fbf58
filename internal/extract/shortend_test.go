package extract

import "testing"

// TestShortEnds checks where a content stops before a final appositive
// or a concessive clause: a short name for the last noun stays, a longer
// gloss goes, and a cut before "even though" takes "even" with it.
func TestShortEnds(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"short appositive stays",
			"The senator said voters back the new law, the Clean Water Act.",
			[]string{"voters back the new law, the Clean Water Act"}, nil},
		{"short role appositive stays",
			"The mayor said the audit was ordered by Ann Hale, the city treasurer.",
			[]string{"the audit was ordered by Ann Hale, the city treasurer"}, nil},
		{"long appositive goes",
			"The senator said voters back the new law, a measure that passed the chamber last spring.",
			[]string{"voters back the new law"}, []string{"voters back the new law, a measure that passed the chamber last spring"}},
		{"relative clause on the subject stays",
			"The mayor said the contractor, who built the old bridge, was never paid.",
			[]string{"the contractor, who built the old bridge, was never paid"}, nil},
		{"relative clause with a past verb after it stays",
			"The mayor said the engineer, who lives in town, signed the report.",
			[]string{"the engineer, who lives in town, signed the report"}, nil},
		{"relative clause on the object still goes",
			"The mayor said the council thanked the contractor, who built the old bridge.",
			[]string{"the council thanked the contractor"}, nil},
		{"concession inside the clause stays",
			"The mayor said the bridge, despite its age, was safe for trucks.",
			[]string{"the bridge, despite its age, was safe for trucks"}, nil},
		{"as well as goes on with the list",
			"The senator criticized the new budget, as well as the tax plan for farmers.",
			[]string{"the new budget, as well as the tax plan for farmers"}, nil},
		{"as phrase of a describing cue stays",
			"The mayor described the old mill, as the heart of the valley.",
			[]string{"the old mill, as the heart of the valley"}, nil},
		{"as clause of another cue goes",
			"The senator criticized the new budget, as the mayor did in the spring.",
			[]string{"the new budget"}, nil},
		{"not just X, but Y stays whole",
			"The mayor is promising not just a new bridge, but a new road to the coast.",
			[]string{"not just a new bridge, but a new road to the coast"}, nil},
		{"but rather stays",
			"Observers note the city would not close the plant, but rather move its workers.",
			[]string{"the city would not close the plant, but rather move its workers"}, nil},
		{"even goes with though",
			"The mayor said the bridge is safe, even though engineers said it needs repairs.",
			[]string{"the bridge is safe"}, []string{"the bridge is safe, even"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
