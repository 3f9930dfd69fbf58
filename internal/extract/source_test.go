package extract

import "testing"

// TestSubjectMentions checks how far a subject's mention reaches:
// quantified, coordinated and relative-clause subjects, places, asides,
// floating quantifiers and verbs that end the phrase.
func TestSubjectMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"sentence-opening conjunction is no name", "Intro.\n\nOr Bo Tran says the toll is a burden on commuters.",
			"the toll is a burden", "Bo Tran"},
		{"sentence-opening preposition is no name", "Intro.\n\nAmong the critics, Ed Moss said the levy was unfair.",
			"the levy was unfair", "Ed Moss"},
		{"place before a participle cue is no source", "Intro.\n\nShe canceled a rally in Hull, Mass., citing the storm.",
			"the storm", "She"},
		{"postmodified subject after while", "Intro.\n\nWhile the top candidates of both parties say the levy is fair, others disagree.",
			"the levy is fair", "the top candidates of both parties"},
		{"quantified plural subject", "Intro.\n\nSeveral growers from the valley claimed the toll was too high.",
			"the toll was too high", "Several growers from the valley"},
		{"list of names after a preposition", "Intro.\n\nMost farmers in Kent, Essex and Devon said the levy was unfair.",
			"the levy was unfair", "Most farmers in Kent, Essex and Devon"},
		{"list of common nouns", "Intro.\n\nBut the mayor, her aides and the councillors said the levy was unfair.",
			"the levy was unfair", "the mayor, her aides and the councillors"},
		{"quantifier before modifiers of a plural head", "Intro.\n\nThe toll rose so fast that many rural economists and consumer advocates say it will backfire.",
			"it will backfire", "many rural economists and consumer advocates"},
		{"infinitive after a prepositional object", "Intro.\n\nThe mayor went on WXYZ to declare the levy dead.",
			"the levy dead", "The mayor"},
		{"infinitive after a partner named by with", "Intro.\n\nBo Tran was setting up meetings with Ed Moss to discuss the toll.",
			"the toll", "Bo Tran"},
		{"restrictive relative clause closes the subject", "Intro.\n\nYet those who oppose the toll insist it is unfair.",
			"it is unfair", "those who oppose the toll"},
		{"relative clause after an apposition stays the apposition's", "Intro.\n\nAnn Lee, a farmer who grows beans, said the levy was unfair.",
			"the levy was unfair", "Ann Lee, a farmer who grows beans"},
		{"noun heading a bare relative is no title", "Intro.\n\nThat is the reason Mayor Ann Lee says the levy is fair.",
			"the levy is fair", "Mayor Ann Lee"},
		{"discourse aside after a subject stays out", "Intro.\n\nThe commuters, of course, claimed that the toll was steep.",
			"the toll was steep", "The commuters"},
		{"without and a gerund is a discourse aside", "Intro.\n\nThe mayor, without mentioning the farmers, argued that the levy was fair.",
			"the levy was fair", "The mayor"},
		{"discourse aside after a party tag stays out", "Intro.\n\nSen. Ann Lee (R-Ohio), for example, said the levy was unfair.",
			"the levy was unfair", "Sen. Ann Lee (R-Ohio)"},
		{"quantifier before other", "Intro.\n\nMany other polls show the mayor with a lead.",
			"the mayor with a lead", "Many other polls"},
		{"article before other", "Intro.\n\nThe other man, his cousin Ed Moss, 40, said the levy was unfair.",
			"the levy was unfair", "The other man, his cousin Ed Moss, 40"},
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
	})
}

// TestPostmodHeadAfterOpener checks that a subject whose head takes a
// postmodifier keeps it after a clause opener or with a possessive
// pronoun in its object, and that a pronoun alone stays alone.
func TestPostmodHeadAfterOpener(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"clause opener before the head's article", "Intro.\n\nBut the silence from any of the trustees shows that the tenants were ignored.",
			"that the tenants were ignored", "the silence from any of the trustees"},
		{"a possessive pronoun opens the object", "Intro.\n\nA set of photos from his last match shows that the striker was injured.",
			"that the striker was injured", "A set of photos from his last match"},
		{"a head npBack leaves to others", "Intro.\n\nBut many people at her stalls agreed with Mayor Quill on the tolls.",
			"Mayor Quill on the tolls", "many people at her stalls"},
		{"a verb between the head and the phrase", "Intro.\n\nMany people cheered when her stalls agreed with Mayor Quill on the tolls.",
			"Mayor Quill on the tolls", "her stalls"},
		{"a possessive pronoun alone stays alone", "Intro.\n\nThe mayor wrote a letter about his fears that the ferry would close.",
			"the ferry would close", "his"},
	})
}
