package extract

import "testing"

// TestVoicedThat covers a verb that shows an attitude or puts forward a
// claim whose that-clause is the content: "floated the theory that …".
func TestVoicedThat(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"floated the theory", "Councilwoman Ida Marsh floated the theory that the contractor had padded the bill.", "that the contractor had padded the bill", "Councilwoman Ida Marsh", "floated the theory"},
		{"pressed the argument", "Senator Ruth Pell pressed the argument that the harbor deal was illegal.", "that the harbor deal was illegal", "Senator Ruth Pell", "pressed the argument"},
		{"made charges, modifiers", "Later, Dean Ortiz made two fresh charges that the port authority had lied.", "that the port authority had lied", "Dean Ortiz", "made two fresh charges"},
		// A relative clause, not a report.
		{"relative that", "Residents raised concerns that were ignored by the board.", "", "", "raised concerns"},
		// A possibility or a decision is no claim.
		{"possibility", "The clerk raised the possibility that the vote would be delayed.", "", "", "raised the possibility"},
		{"decision", "The council made the decision that the pier would close.", "", "", "made the decision"},
		{"in the hope", "The council sent the permit back to the planning board in the hope that both sides could settle.", "that both sides could settle", "The council", "in the hope"},
		{"absolute quantifier", "Thousands of dockers signed up, some on the assumption that it would save their jobs.", "that it would save their jobs", "some", "on the assumption"},
		// "on" without "the" is no held attitude: "depends on hopes that".
		{"on without the", "The plan depends on hopes that the river will drop.", "", "", "on hopes"},
		// The noun must follow its own verb class: a shown attitude is not pressed.
		{"pressed hope", "The boatmen pressed the hope that the strike would end.", "", "", "pressed the hope"},
	})
}

// TestPossessedCopulas covers a possessed claim predicated with a
// that-clause: "the mayor's reply was that …".
func TestPossessedCopulas(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"reply was", "The mayor's reply was that the pier was safe.", "that the pier was safe", "The mayor's", "reply was"},
		{"has long been", "Judge Moss's warning has long been that the jail is overcrowded.", "that the jail is overcrowded", "Judge Moss's", "warning has long been"},
		{"pronoun", "Their complaint is that the ferry fares are too high.", "that the ferry fares are too high", "Their", "complaint is"},
		// A problem, a plan or an asset is no report.
		{"problem", "Her biggest problem is that the budget is empty.", "", "", "problem is"},
		{"plan", "His plan is that the ferry will run at night.", "", "", "plan is"},
		{"quotation opens the clause", "The clerk's reply was that “the pier is safe for now.”", "that “the pier is safe for now.”", "The clerk's", "reply was"},
		// A demonstrative "that", no clause.
		{"demonstrative", "Their reply was that simple.", "", "", "reply was"},
		{"that of", "The clerk's reply was that of a seasoned diplomat.", "", "", "reply was"},
		// "its" stands for a thing as often as for a body.
		{"its", "Its reply was that the pier was safe.", "", "", "reply was"},
		// No possessor: "the" names no holder.
		{"determiner", "The reply was that the pier was safe.", "", "", "reply was"},
	})
}

// TestExistentialAttitudes covers an attitude said to exist, held by no
// one named: "there is broad agreement that …". PolNeAR marks the
// that-clause with no source.
func TestExistentialAttitudes(t *testing.T) {
	cases := []sourcelessCase{
		{"agreement", "Among the harbor pilots there is broad agreement that the channel must be dredged.", "that the channel must be dredged", "there is broad agreement"},
		{"contracted copula", "There’s real doubt that the ferry will be late again.", "that the ferry will be late again", "There’s real doubt"},
		{"has been", "There has been growing speculation that Mayor Ortiz will resign.", "that Mayor Ortiz will resign", "There has been growing speculation"},
		// A fact, not an attitude.
		{"evidence", "There was scant evidence that the mayor misled the council.", "", "There was scant evidence"},
		// A relative clause.
		{"relative", "There were concerns that were raised by the board.", "", "There were concerns"},
		// Inside a quotation the speaker's own words are not read again.
		{"quoted", "“There is real concern that the pier is unsafe,” Lena Ortiz said.", "", "There is real concern"},
	}
	checkSourceless(t, cases)
}

// TestBareThats covers an unowned report noun with a that-clause:
// "because of fears that …". PolNeAR marks the that-clause with no
// source.
func TestBareThats(t *testing.T) {
	cases := []sourcelessCase{
		{"because of fears", "The port closed early because of fears that the storm would flood the docks.", "that the storm would flood the docks", "fears"},
		{"including allegations", "The audit covers several matters, including allegations that the clerk sold permits.", "that the clerk sold permits", "allegations"},
		// A time phrase, no clause.
		{"that day", "There were complaints that day about the noise from the pier.", "", "There were complaints"},
		// Answered or dismissed: the claim is another's.
		{"responded to", "Ortiz responded to allegations that he had padded the payroll.", "", "allegations"},
		{"rejected the", "The board flatly rejected the suggestion that the ferry was unsafe.", "", "suggestion"},
		// A relative clause.
		{"relative", "Concerns that were raised by the union went unanswered.", "", "Concerns"},
		// Inside a quotation.
		{"quoted", "“We heard rumors that the mill would close,” Lena Ortiz said.", "", "rumors"},
	}
	checkSourceless(t, cases)
}

// sourcelessCase is an attribution with no source, found by its cue; an
// empty content says the cue must make none.
type sourcelessCase struct{ name, in, content, cue string }

// checkSourceless checks the attribution each case's cue makes, which
// must have no mention.
func checkSourceless(t *testing.T, cases []sourcelessCase) {
	t.Helper()
	cs := make([]cueObjectCase, len(cases))
	for i, c := range cases {
		cs[i] = cueObjectCase{name: c.name, in: c.in, content: c.content, cue: c.cue}
	}
	checkCueObjects(t, cs)
}

// TestPossessedThats covers a possessed report noun with a that-clause,
// whatever the learned lexicon holds: "the senator's contention that …".
func TestPossessedThats(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"subject phrase", "The senator's contention that the pier was safe drew scorn.", "that the pier was safe", "The senator's", "contention"},
		// "its" stands for a thing as often as for a body.
		{"its", "Few believed the ferry line, given its assurances that no boat would sail late.", "", "", "assurances"},
		// Another report's content: the verb's reading holds it.
		{"inside a report", "Ortiz repeated his contention that the ferry was late.", "", "", "contention"},
		// A relative clause.
		{"relative", "Her statement that was read aloud drew applause.", "", "", "statement"},
	})
}

// TestNounHearerThat covers a shown or pressed noun whose that-clause
// comes after a hearer ("made the case to voters that …") or a span of
// time ("for weeks"): the that-clause is the content, the hearer and
// the time stay out; a relative "that" opens none.
func TestNounHearerThat(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "pressed noun with a hearer",
			text:    `The mayor made the case to the ferry riders that the toll was fair.`,
			quote:   "that the toll was fair",
			mention: "The mayor",
			notWant: []string{"to the ferry riders that the toll was fair"},
		},
		{
			name:    "pressed noun with a span of time",
			text:    `Holm has been making the case for weeks that the dam is unsafe.`,
			quote:   "that the dam is unsafe",
			mention: "Holm",
			notWant: []string{"weeks that the dam is unsafe"},
		},
		{
			name:    "shown noun with a hearer",
			text:    `The rowers voiced concern to the harbor board that the pier would flood.`,
			quote:   "that the pier would flood",
			mention: "The rowers",
		},
		{
			name:    "a longer hearer with a participle",
			text:    `Brill pressed the argument to reporters gathered at the dock that the ferry should stay.`,
			quote:   "that the ferry should stay",
			mention: "Brill",
		},
		{
			name:    "a relative clause on the hearer",
			text:    `The guild voiced concern to a panel that runs the harbor.`,
			notWant: []string{"that runs the harbor"},
		},
		{
			name:    "a relative clause after a purpose",
			text:    `The mayor made the case for a toll that funds the ferry.`,
			notWant: []string{"that funds the ferry"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestShownNoun checks that a shown attitude noun before a
// that-clause joins the bare show verb's cue, so the content starts at
// "that", also for pairs the learned lexicon has never seen.
func TestShownNoun(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The governor expressed remorse that the fund had been drained.", "that the fund had been drained", "The governor", "expressed remorse"},
		{"Union leaders voiced pessimism that the talks would resume.", "that the talks would resume", "Union leaders", "voiced pessimism"},
		{"The coach expressed relief that nobody was hurt.", "that nobody was hurt", "The coach", "expressed relief"},
		// Must not fire: a relative clause, or no clause at all.
		{"Residents expressed concerns that were dismissed by the board.", "concerns that were dismissed by the board", "Residents", "expressed"},
		{"She expressed regret.", "regret", "She", "expressed"},
	})
}
