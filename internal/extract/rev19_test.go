package extract

import "testing"

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

// TestModifierTitleBeforeTime checks that a title adjective's noun ends
// the agent phrase before a time ("by local growers Tuesday"), where the
// mention was the adjective alone.
func TestModifierTitleBeforeTime(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"weekday after the noun", "The tram levy was praised by local beekeepers Tuesday.",
			"The tram levy", "local beekeepers"},
		{"deixis after the noun", "The tram levy was praised by former ferrymen yesterday.",
			"The tram levy", "former ferrymen"},
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

// TestPassiveAgentBeforeInfinitive checks that a counted or plain agent
// after "by" ends before "to be" or "to have", which open what the agent
// judged, where the mention ran on over the infinitive; a "to" of the
// agent's own ("a vote of 5 to 4") is not cut at.
func TestPassiveAgentBeforeInfinitive(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"to be", "The tram depot is considered by welders to be unsafe.",
			"The tram depot", "welders"},
		{"to have", "The depot chief is believed by clerks to have resigned.",
			"The depot chief", "clerks"},
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
