package extract

import "testing"

// TestEvalVerbFamilies covers verbs of judging too rare on train to be
// learned form by form ("lambasted", "commended"): their family's record
// lets them read the object as content. A noun homograph's base form, a
// verb after a modal and a title-case headline stay out.
func TestEvalVerbFamilies(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "a rare past tense of a judging verb",
			text:    `The harbor master lambasted the new mooring tolls.`,
			quote:   "the new mooring tolls",
			mention: "The harbor master",
		},
		{
			name:    "another family member",
			text:    `Ada Holm commended the night crews.`,
			quote:   "the night crews",
			mention: "Ada Holm",
		},
		{
			name:    "after a perfect auxiliary",
			text:    `Two clubs have lambasted the ferry tolls.`,
			quote:   "the ferry tolls",
			mention: "Two clubs",
		},
		{
			name:    "a relative subject",
			text:    `Clubs that lambasted the ferry tolls left early.`,
			quote:   "the ferry tolls",
			mention: "that",
		},
		{
			name:    "a pooled form does not cut another layout's list",
			text:    `The pilot questioned the plan, the tolls and the schedule.`,
			quote:   "the plan, the tolls and the schedule",
			mention: "The pilot",
		},
		{
			name:    "a bare verb after a modal is a prediction",
			text:    `The rowing guild will surely decry the ferry tolls.`,
			notWant: []string{"the ferry tolls"},
		},
		{
			name:    "a title-case headline",
			text:    `Rowing Guild Decries Harbor Ferry Tolls As Unfair`,
			notWant: []string{"Harbor Ferry Tolls As Unfair", "Harbor Ferry Tolls"},
		},
		{
			name:    "a noun homograph's base form is a noun",
			text:    `The ferry attack injured ten rowers on Sunday.`,
			notWant: []string{"ten rowers", "ten rowers on Sunday"},
		},
		{
			name:    "a base form after a plural subject",
			text:    `Two ferry unions blame the harbor master for the delay.`,
			quote:   "the harbor master for the delay",
			mention: "Two ferry unions",
		},
		{
			name:    "the same word as a noun",
			text:    "The crew got the blame for the long delay.\n\nA mock trial tested the new jurors.",
			notWant: []string{"for the long delay", "the long delay", "the new jurors"},
		},
		{
			name:    "a family with a physical sense does not pool",
			text:    "The mother was embracing her son at the gate.\n\nThe dog kept attacking the mailman.",
			notWant: []string{"her son at the gate", "her son", "the mailman"},
		},
		{
			name:    "a plural noun homograph",
			text:    `Her credits include two harbor films.`,
			notWant: []string{"two harbor films"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestStanceVerbFamilies checks that the stance families lend their
// pooled record only to finite forms without a record of their own: the
// participle, the infinitive and every learned form keep their own.
func TestStanceVerbFamilies(t *testing.T) {
	fam := evalFamilyPhrases()
	for _, f := range stanceVerbFamilies {
		for i, form := range append(f[:], "to "+f[0]) {
			_, learned := npCues[form]
			want := i < 3 && !learned
			t.Run(form, func(t *testing.T) {
				if _, ok := fam[form]; ok != want {
					t.Errorf("pooled %q = %v, want %v", form, ok, want)
				}
			})
		}
	}
	for _, form := range []string{"favors", "supports"} {
		if _, ok := fam[form]; ok {
			t.Errorf("%q pooled; its family is left out", form)
		}
	}
	// The pooled record sums the family's forms, finite or not.
	want := familyRecord([]string{"prefer", "prefers", "preferred", "preferring", "to prefer"})
	if got, ok := fam["prefers"]; ok && got != want {
		t.Errorf("prefers record %+v, want %+v", got, want)
	}
}
