package extract

import (
	"strings"
	"testing"
)

// TestSourceLane checks the source mentions the source lane fixed.
func TestSourceLane(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		content string // a substring of the quote the mention belongs to
		mention string
	}{
		{"sentence-opening conjunction is no name", "Intro.\n\nOr, as Ann Lee put it, the levy is a tax on the poor.",
			"the levy is a tax", "Ann Lee"},
		{"sentence-opening preposition is no name", "Intro.\n\nAmong the critics, Ed Moss said the levy was unfair.",
			"the levy was unfair", "Ed Moss"},
		{"place before a participle cue is no source", "Intro.\n\nShe canceled a rally in Hull, Mass., citing the storm.",
			"the storm", "She"},
		{"postmodified subject after while", "Intro.\n\nWhile the top candidates of both parties say the levy is fair, others disagree.",
			"the levy is fair", "the top candidates of both parties"},
		{"quantified plural subject", "Intro.\n\nSome delegates at the fair said the levy was unfair.",
			"the levy was unfair", "Some delegates at the fair"},
		{"list of names after a preposition", "Intro.\n\nMost farmers in Kent, Essex and Devon said the levy was unfair.",
			"the levy was unfair", "Most farmers in Kent, Essex and Devon"},
		{"list of common nouns", "Intro.\n\nBut the mayor, her aides and the councillors said the levy was unfair.",
			"the levy was unfair", "the mayor, her aides and the councillors"},
		{"quantifier before modifiers of a plural head", "Intro.\n\nThe levy is so steep that many liberal economists and farm advocates say it will fail.",
			"it will fail", "many liberal economists and farm advocates"},
		{"infinitive after a prepositional object", "Intro.\n\nThe mayor went on WXYZ to declare the levy dead.",
			"the levy dead", "The mayor"},
		{"infinitive after a partner named by with", "Intro.\n\nAnn Lee was arranging calls with Ed Moss to discuss the levy.",
			"the levy", "Ann Lee"},
		{"restrictive relative clause closes the subject", "Intro.\n\nBut those who back the mayor say the levy is fair.",
			"the levy is fair", "those who back the mayor"},
		{"relative clause after an apposition stays the apposition's", "Intro.\n\nAnn Lee, a farmer who grows beans, said the levy was unfair.",
			"the levy was unfair", "Ann Lee, a farmer who grows beans,"},
		{"noun heading a bare relative is no title", "Intro.\n\nThat is the reason Mayor Ann Lee says the levy is fair.",
			"the levy is fair", "Mayor Ann Lee"},
		{"discourse aside after a subject stays out", "Intro.\n\nThe farmers, on the other hand, argued that the levy was unfair.",
			"the levy was unfair", "The farmers"},
		{"without and a gerund is a discourse aside", "Intro.\n\nThe mayor, without mentioning the farmers, argued that the levy was fair.",
			"the levy was fair", "The mayor"},
		{"discourse aside after a party tag stays out", "Intro.\n\nSen. Ann Lee (R-Ohio), for example, said the levy was unfair.",
			"the levy was unfair", "Sen. Ann Lee (R-Ohio)"},
		{"quantifier before other", "Intro.\n\nMany other polls show the mayor with a lead.",
			"the mayor with a lead", "Many other polls"},
		{"article before other", "Intro.\n\nThe other man, his cousin Ed Moss, 40, said the levy was unfair.",
			"the levy was unfair", "The other man, his cousin Ed Moss, 40,"},
		{"article before a standalone head", "Intro.\n\nThe others say the levy is unfair.",
			"the levy is unfair", "The others"},
		{"form of be opening a question is no name", "Intro.\n\nIs the council competent and well led, showing the mix of caution and speed that voters want?",
			"the mix of caution", "the council"},
		{"a finite verb with its object ends the mention", "Intro.\n\nThe town released a statement Monday saying the levy was unfair.",
			"the levy was unfair", "The town"},
		{"a participle before a time stays in the mention", "Intro.\n\nA Hull poll released Monday found that the levy was unpopular.",
			"the levy was unpopular", "A Hull poll released Monday"},
		{"city and state after the name", "Intro.\n\nAnn Lee of Dayton, Ohio says the levy is unfair.",
			"the levy is unfair", "Ann Lee of Dayton, Ohio"},
		{"name before City, State is an opening phrase's", "Intro.\n\nAfter meeting Ann Lee, Washington said the levy was unfair.",
			"the levy was unfair", "Washington"},
		{"name, State without of/from/in is no place", "Intro.\n\nAnn Lee, Washington says the levy is unfair.",
			"the levy is unfair", "Washington"},
		{"floating quantifier after an attitude's subject stays out", "Intro.\n\nAnn Lee, Ed Moss and Bo Tran all support the levy.",
			"the levy", "Ann Lee, Ed Moss and Bo Tran"},
		{"anonymity clause stays out of the mention", "Intro.\n\n“The levy is dead,” said one official who requested anonymity to discuss the talks.",
			"The levy is dead", "one official"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract("Headline\n\n"+c.in, Meta{Published: "2025-09-04"})
			checkInvariants(t, "Headline\n\n"+c.in, r)
			for _, q := range r.Quotes {
				if !strings.Contains(q.Text, c.content) {
					continue
				}
				got := ""
				if q.Mention != nil {
					got = q.Mention.Text
				}
				if got != c.mention {
					t.Errorf("mention %q, want %q", got, c.mention)
				}
				return
			}
			t.Fatalf("no quote holds %q: %+v", c.content, r.Quotes)
		})
	}
}
