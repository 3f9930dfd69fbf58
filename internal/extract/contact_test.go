package extract

import "testing"

// TestPluralContactSubject checks that a contact clause's subject with a
// plural head ("the place Pentagon officials say", "the reason growing
// numbers have voted for") is the source without the head noun before
// it, and that a plural that does not run into the cue leaves the
// mention alone.
func TestPluralContactSubject(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"name before a plural", "The pier is now the place harbor officials say the ferry might dock.",
			"the ferry might dock", "harbor officials"},
		{"modifier before a plural", "That is the reason growing numbers have voted for Ann Bell.",
			"Ann Bell", "growing numbers"},
		{"auxiliary before the cue", "It is the place Navy planners have said the ships could wait.",
			"the ships could wait", "Navy planners"},
		// must not fire
		{"plural after a determiner", "That is the reason many voters say they will stay home.",
			"they will stay home", "many voters"},
		{"plural that does not run into the cue", "The reason party leaders gave for the delay was weak, Ann Bell said.",
			"The reason party leaders gave for the delay was weak", "Ann Bell"},
	})
}

// TestContactClauseGuard checks that a noun a relative clause modifies
// stays in the mention unless the clause's subject runs into the cue or
// the phrase follows the content.
func TestContactClauseGuard(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"relative clause inside the subject", "Intro.\n\nThe plan Lee drew up last spring said the levy was unfair.",
			"the levy was unfair", "The plan Lee drew up last spring"},
		{"utterance noun is its own speaker", "Intro.\n\nThe statement Ann Bell released on Monday said the tax would rise.",
			"the tax would rise", "The statement Ann Bell released on Monday"},
		{"subject runs into the cue", "Intro.\n\nThe vote was close, a point Ann Bell has conceded.",
			"a point", "Ann Bell"},
	})
}

// TestContactClauseVerb checks the verb of a contact clause no layout
// read: a head naming a thing done ("a deal", "a story") needs a
// reporting verb, and a verb with a clause after it ("said would …")
// leaves its gap there, so neither makes the head a content; a topic
// known well, or a charge denied with an adverb after the verb, still
// does.
func TestContactClauseVerb(t *testing.T) {
	for _, in := range []string{
		"The tram depot will shut, a plan the harbor chief said would cut costs.",
		"The rowing club folded, a deal the owners signed in June.",
		"The tram depot will shut, a story the paper ran on Sunday.",
		"The ferry schedule slipped, a decision the board made at dusk.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[0] == "a plan" || q[0] == "a deal" || q[0] == "a story" || q[0] == "a decision" {
				t.Errorf("%q: head phrase %q read as content of %q", in, q[0], q[2])
			}
		}
	}
	checkMentions(t, []mentionCase{
		{"a topic known well", "The tram fares doubled, a topic the driver knew well.",
			"a topic", "the driver"},
		{"an adverb after the verb", "Tram fares doubled, a charge the depot chief denies strongly.",
			"a charge", "the depot chief"},
	})
}

// TestContactNameAfterReportNoun checks that a name after a report noun
// no contact-head list holds ("a charge", "a central point") starts the
// contact clause, so the mention is the name alone, while a name after
// a role ("a point guard") stays an apposition of the phrase.
func TestContactNameAfterReportNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title and name after a charge", "Tram fares rose twice, a charge Mayor Ines Varga denies.",
			"a charge", "Mayor Ines Varga"},
		{"an adjective before the head", "Tram fares rose twice, a central point Ines Varga conceded.",
			"a central point", "Ines Varga"},
		{"a role before the name", "Tram fares rose, a point guard Ines Varga conceded.",
			"Tram fares rose", "a point guard Ines Varga"},
	})
}

// TestContactBarePluralSubject checks that a bare plural person head
// after a report noun starts the contact clause ("a concern investors
// voiced"), where the mention read "a concern investors", while a
// singular role after the noun ("a point guard coach") does not.
func TestContactBarePluralSubject(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"bare plural", "Shares of the ferry line fell, a concern investors voiced.",
			"a concern", "investors"},
		{"modifier and plural after a contact head", "Tram fares rose, a fact local drivers conceded.",
			"a fact", "local drivers"},
		{"a singular role", "Tram fares rose, a point guard coach said.",
			"Tram fares rose", "a point guard coach"},
	})
}

// TestContactPassesDivide pins one contact clause for each of the three
// passes that read them (contactReport, contactHeadContents and
// contactClauseReports), so that folding them together shows what it
// moves.
func TestContactPassesDivide(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"determined subject: the report before the comma keeps its content", "Ferry crews asked for new boats, an offer the port board rebuffed.",
			"new boats", "Ferry crews"},
		{"determined subject", "Ferry crews asked for new boats, an offer the port board rebuffed.",
			"an offer", "the port board"},
		{"name subject read as an inverted report", "Tram fares rose twice, a point Ines Varga conceded.",
			"a point", "Ines Varga"},
		{"no layout read the clause", "Tram fares rose twice, a warning she had often voiced.",
			"a warning", "she"},
	})
}

// TestContactVerbLexicon checks that a contact clause no layout read
// needs a verb from the cue lexicon ("a point the team scored" is a
// score), "make" ("a point she made twice"), or a stance noun, which
// any verb reports ("a view she later softened").
func TestContactVerbLexicon(t *testing.T) {
	for _, q := range bodyQuotes("The Gulls won the final by one, a point the team scored late.") {
		if q[0] == "a point" {
			t.Errorf("a scored point read as content of %q", q[2])
		}
	}
	checkMentions(t, []mentionCase{
		{"make", "Tram fares rose twice, a point she made twice.",
			"a point", "she"},
		{"a stance noun", "Tram fares rose twice, a view she later softened.",
			"a view", "she"},
	})
}

// TestContactIndefinitePronoun checks a contact clause headed by an
// indefinite pronoun ("something we predicted"): the pronoun is the
// content, the clause's subject the mention, which read "something we".
func TestContactIndefinitePronoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"pronoun subject", "Tram fares rose sharply, something we predicted.",
			"something", "we"},
		{"name subject", "Tram fares rose sharply, something Ines Varga predicted.",
			"something", "Ines Varga"},
	})
}

// TestContactSayRelative: a relative clause with no pronoun whose "say"
// bridges to a verb missing its subject ("a probe the agency said was
// ongoing") reports the clause; the content opens at the noun phrase's
// determiner.
func TestContactSayRelative(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"determined source", "The leak led to a probe the harbor board said was still open in May.",
			[][2]string{{"a probe the harbor board said was still open in May", "the harbor board"}}},
		{"pronoun source, past verb", "Officials made a choice they say saved the harbor.",
			[][2]string{{"a choice they say saved the harbor", "they"}}},
		// Must not fire: no determiner of its own on the noun, no verb
		// after the cue, or an opening prepositional phrase.
		{"noun after of", "She kept Oslo on a roster of ports she said had lost ferries.", nil},
		{"no verb after the cue", "He gave the answer she said.", nil},
		{"opening phrase", "In the end he said was a mistake.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestDeterminedContactClause checks that a contact clause whose subject
// has its own determiner or possessor gives that subject as the source,
// whatever the head noun, while a postmodifier stays in the phrase.
func TestDeterminedContactClause(t *testing.T) {
	checkMentions(t, []mentionCase{
		// PolNeAR marks the apposition as the content of the contact
		// clause's verb ("an offer the council rejected"), not the
		// clause before the comma (relclause lane: 3 of 3 on train).
		{"article subject after any head", "Intro.\n\nThe mayor offered a truce, an offer the council rejected at its meeting.",
			"an offer", "the council"},
		{"possessed subject after adjectives", "Intro.\n\nThe central message Lee's aides expect the mayor to push is simple.",
			"the mayor to push is simple", "Lee's aides"},
	})
	checkMentions(t, []mentionCase{
		{"gerund head is a postmodifier", "Intro.\n\nA judge hearing the appeal said the levy was unfair.",
			"the levy was unfair", "A judge hearing the appeal"},
	})
}

// TestContactHeadContent checks that the head phrase of a contact clause
// is its content ("a charge the governor denies": "a charge"), which
// leaves the report before the comma to its own speaker, and that a
// clause with no head noun, or a head noun that is a name's apposition,
// keeps its reading.
func TestContactHeadContent(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"head phrase is the content", "Rivals have said the budget is reckless, a charge the governor denies.",
			"a charge", "the governor"},
		{"the report before the comma keeps its speaker", "Rivals have said the budget is reckless, a charge the governor denies.",
			"the budget is reckless", "Rivals"},
		{"no head noun: the clause before is the content", "The tally was tight, the clerk conceded.",
			"The tally was tight", "the clerk"},
		{"a name's apposition is no contact clause", "Ann Bell, a point guard for the club, said the players were tired.",
			"the players were tired", "Ann Bell, a point guard for the club"},
	})
}

// TestContactClauseReports checks that a contact clause no layout read
// is a report when its head names something said or held ("a point",
// "a deal"): the head phrase is the content, the clause's subject the
// source, its verb a cue however rare (contactVerbOK); a head naming no
// report ("a day", "a man") makes none.
func TestContactClauseReports(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"pronoun subject", "The toll doubled last year — a deal she had once backed.",
			"a deal", "she"},
		{"name subject with an adverb", "The levy rose again, a point Jo Park repeatedly raised at the hearing.",
			"a point", "Jo Park"},
	})
	for _, in := range []string{
		"Headline\n\nThe pier reopened in May, a day they will remember.",
		"Headline\n\nShe met the new chief, a man she admired.",
	} {
		if r := Extract(in, Meta{}); len(r.Quotes) != 0 {
			t.Errorf("%q: got %d quotes, want none", in, len(r.Quotes))
		}
	}
}
