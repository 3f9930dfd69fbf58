package extract

import "testing"

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

// TestRareCueSurname checks that a surname PolNeAR once marked as a cue
// is read as part of the name before an apposition. "Woodward" is such a
// learned entry (seen once as a cue).
func TestRareCueSurname(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"surname before an apposition", "Intro.\n\nJan Woodward, a senior editor at the paper, revealed Monday that ten reporters were reassigned.",
			"that ten reporters were reassigned", "Jan Woodward, a senior editor at the paper"},
	})
}

// TestOutOfShare checks that "N out of M" opens a share as "N in M" does.
func TestOutOfShare(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"spelled numbers", "Intro.\n\nBut two out of three farmers say the levy is unfair.",
			"the levy is unfair", "two out of three farmers"},
		{"digits after a spelled number", "Intro.\n\nRoughly four out of 10 growers say that levy is unfair.",
			"that levy is unfair", "Roughly four out of 10 growers"},
	})
}

// TestTitleQuoteInMention checks that a short quoted title before a role
// noun stays in the mention, and that a quotation ending in its own comma
// does not.
func TestTitleQuoteInMention(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title before a role and name", "Intro.\n\n“Night Desk” host Lee Park on Friday argued that our mayor was wrong.",
			"that our mayor was wrong", "“Night Desk” host Lee Park"},
		{"article before the title", "Intro.\n\nSince then, the “Harbor Lights” star has said she will run.",
			"she will run", "the “Harbor Lights” star"},
		{"content before an inverted source", "Intro.\n\n“We won,” the mayor said.",
			"“We won,”", "the mayor"},
	})
}

// TestPartyTagCoordination checks that conjuncts joined after a party
// tag make one mention.
func TestPartyTagCoordination(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"two tagged names", "Intro.\n\nFormer Gov. Ann Lee (D) and former Gov. Bo Tran (R) announced they will end their campaigns.",
			"they will end their campaigns", "Former Gov. Ann Lee (D) and former Gov. Bo Tran (R)"},
		{"tagged name and a group", "Intro.\n\nGov. Ann Lee (R) and farm groups in the state said they back the levy.",
			"they back the levy", "Gov. Ann Lee (R) and farm groups in the state"},
	})
}

// TestGluedMentionStart checks that a mention never starts inside a word
// joined by a slash or a possessive.
func TestGluedMentionStart(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"slash between pollsters", "Intro.\n\nA Metro Daily/Hill College poll found that the levy leads.",
			"that the levy leads", "A Metro Daily/Hill College poll"},
		{"weekday possessive", "Intro.\n\nTuesday’s results showed that the levy leads.",
			"that the levy leads", "Tuesday’s results"},
	})
}

// TestPossessorGrading checks that a grading word after a possessor
// ("most", an -ly adverb) stays in the mention as after an article.
func TestPossessorGrading(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"superlative after a possessive", "Intro.\n\nLee's most loyal supporters claim that the race is rigged.",
			"that the race is rigged", "Lee's most loyal supporters"},
		{"superlative after a possessive pronoun", "Intro.\n\nIncreasingly, his most ardent fans claim that the race is rigged.",
			"that the race is rigged", "his most ardent fans"},
		{"adverb after a possessive", "Intro.\n\nAnn Lee's newly hired campaign chief has said that the race is close.",
			"that the race is close", "Ann Lee's newly hired campaign chief"},
	})
}

// TestLyAdjectiveInMention checks that an -ly adjective before a noun
// stays in the mention, unlike an -ly adverb.
func TestLyAdjectiveInMention(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"early before a compound", "Intro.\n\nBut early ticket data suggests that the fair is a hit.",
			"that the fair is a hit", "early ticket data"},
	})
}

// TestApproximatedShare checks that an approximator before "a third"
// stays in the mention.
func TestApproximatedShare(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"nearly a third", "Intro.\n\nNearly a third say the levy is unfair.",
			"the levy is unfair", "Nearly a third"},
	})
}

// TestCommonNounCoordination checks lower-case lists with a serial comma
// and a conjunct after "and even", and that a clause before ", and" stays
// out.
func TestCommonNounCoordination(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"serial comma list", "Intro.\n\nBut farm unions, tenant groups, and many county officials claim the levy is unfair.",
			"the levy is unfair", "farm unions, tenant groups, and many county officials"},
		{"and even", "Intro.\n\nEconomists and even some bankers say that the levy is unfair.",
			"that the levy is unfair", "Economists and even some bankers"},
		{"clause before the comma", "Intro.\n\nThe vote was close, and many officials said it was unfair.",
			"it was unfair", "many officials"},
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

// TestModifierTitleHead checks that a phrase ending on a title word that
// is an adjective ("local", "former") runs on to the noun it modifies
// when no lexicon knows that noun, and that the noun must end the phrase
// and be no verb.
func TestModifierTitleHead(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"passive agent", "Holm was criticized by local growers for his plan.",
			"Holm", "local growers"},
		{"subject before the cue", "Several former dockhands insisted the pier was unsafe.",
			"the pier was unsafe", "Several former dockhands"},
		{"known head unchanged", "A former aide insisted the pier was unsafe.",
			"the pier was unsafe", "A former aide"},
		{"a hearer after the title word stays out", "She told the local weekly the pier was unsafe.",
			"the pier was unsafe", "She"},
	})
	checkNotMentions(t, []mentionCase{
		{"a verb after the title word is no head", "Residents of the valley, both local and foreign, insisted the pier was unsafe.",
			"the pier was unsafe", "foreign insisted"},
	})
}

// TestPassiveAgentJudgement checks that an agent after a passive stops
// before the "as" or "for" that opens the judgement it made.
func TestPassiveAgentJudgement(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"as after the agent", "The ferry plan was praised by the harbor council as a bold step.",
			"The ferry plan", "the harbor council"},
		{"a share runs to the clause end", "The ferry plan was rejected by 61 percent of those voting in our county.",
			"The ferry plan", "61 percent of those voting in our county"},
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

// TestUnsourcedPassiveAgent checks that a passive report read with its
// subject as content takes the agent after its own "by" as source and
// ends before it, a hearer phrase ("to us") in between; while a "by"
// that belongs to a later participle, an infinitive or a second
// predicate, or that heads no speaker, gives none.
func TestUnsourcedPassiveAgent(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"agent after a predicate", "Eels are considered unclean by members of two island clans.",
			"Eels are considered unclean", "members of two island clans"},
		{"agent after a hearer", "The details were described to us by a harbor official.",
			"The details were described to us", "a harbor official"},
		{"an infinitive's by", "The ferry is expected to be sold by the spring.",
			"The ferry is expected to be sold by the spring", ""},
		{"a second predicate's by", "The levy is widely known — and often mocked by dockhands.",
			"The levy is widely known", ""},
	})
}
