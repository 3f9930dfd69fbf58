package extract

import "testing"

// TestAtLeastLead checks a content that opens with "at least" or
// "at most" before a tail attribution: the words bound a number, so the
// clause is no fronted place phrase.
func TestAtLeastLead(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"At least nine miners were trapped, rescuers said.", "At least nine miners were trapped", "rescuers"},
		{"At least 14 homes burned overnight, the fire chief said Sunday.", "At least 14 homes burned overnight", "the fire chief"},
		{"At most a third of the ballots were counted, Ortiz said.", "At most a third of the ballots were counted", "Ortiz"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// A fronted place phrase stays circumstance.
	for _, in := range []string{
		"At the depot, the foreman said.",
		"On its website, the firm promises to refund every order.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[0] == "At the depot" || q[0] == "On its website" {
				t.Errorf("%q: the fronted phrase was read as content: %q", in, q)
			}
		}
	}
}

// TestFrontedPhraseContent checks that a "that" content opening with a
// fronted phrase ("that during the regatta, …") goes on past the
// phrase's comma into its clause, while a clause that is complete before
// the comma still ends there.
func TestFrontedPhraseContent(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"fronted during phrase",
			"Harbor officials reported that during the regatta, the coast guard closed the north channel.",
			[]string{"that during the regatta, the coast guard closed the north channel"},
			[]string{"that during the regatta"}},
		{"fronted even-on phrase",
			"The auditor's letter stressed that even on small purchases, the clinic had skipped the tender rules.",
			[]string{"that even on small purchases, the clinic had skipped the tender rules"},
			[]string{"that even on small purchases"}},
		{"fronted with phrase holding a verb",
			"Dr. Varga said that with the funds the clinic already had, the new wing would open in May.",
			[]string{"that with the funds the clinic already had, the new wing would open in May"},
			[]string{"that with the funds the clinic already had"}},
		{"fronted phrase before an inner report: both stand",
			"The caretaker told investigators that sometime in the hours that followed, he realized the gate had been forced.",
			[]string{"that sometime in the hours that followed, he realized the gate had been forced", "the gate had been forced"},
			[]string{"that sometime in the hours that followed"}},
		{"inner report after a fronted phrase with a strong cue",
			"Harbor officials reported that during the regatta, the mayor said the north channel would stay open.",
			[]string{"that during the regatta, the mayor said the north channel would stay open", "the north channel would stay open"},
			[]string{"that during the regatta"}},
		// Look-alikes: the clause before the comma is complete.
		{"complete clause before a gloss",
			"The inspector said that the dam was sound, a verdict the local engineers disputed for months.",
			[]string{"that the dam was sound"},
			[]string{"that the dam was sound, a verdict the local engineers disputed for months"}},
		{"complete clause before a second report",
			"Liang wrote that the orchard was thriving, the growers said the frost had spared it.",
			[]string{"that the orchard was thriving", "the frost had spared it"},
			nil},
		{"clause without that before a second report",
			"Okonkwo said the ferry schedule was cut, the captain told reporters it would return in spring.",
			[]string{"the ferry schedule was cut", "it would return in spring"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
