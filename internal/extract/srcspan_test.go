package extract

import "testing"

// TestSourceSpanEdges checks the edges of source mentions that the
// source-spans work adjusted: initialisms, focus adverbs, reflexives and
// dated documents.
func TestSourceSpanEdges(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"initials stay whole", "Intro.\n\n“The ferry is late,” said T.R. Moss, a clerk at the port.",
			"The ferry is late", "T.R. Moss, a clerk at the port"},
		{"initialism at the end", "Intro.\n\nThe runway will reopen, according to the F.A.A.\n\nMore later.",
			"The runway will reopen", "the F.A.A."},
		{"hyphenated initialisms are one name", "Intro.\n\nTurnout fell by a third, according to polling by the A.F.L.-C.I.O., the labor federation.",
			"Turnout fell by a third", "polling by the A.F.L.-C.I.O., the labor federation"},
		{"a long aside after the source stays out", "Intro.\n\nThe mayor won 54 percent of renters, according to exit polls (a wide margin, but less than last time).",
			"The mayor won 54 percent of renters", "exit polls"},
		{"focus adverb opens the sentence", "Intro.\n\nEven Ed Moss said the bridge was unsafe.",
			"the bridge was unsafe", "Ed Moss"},
		{"time dates a poll", "Intro.\n\nA Lake College poll released Monday says the mayor leads.",
			"the mayor leads", "A Lake College poll released Monday"},
		{"time after a name still goes", "Intro.\n\nMayor Ed Moss on Monday said the pier would close.",
			"the pier would close", "Mayor Ed Moss"},
		{"own speech verb ends the mention", "Intro.\n\nMayor Ed Moss said the pier was unsafe and warned that it would fall.",
			"it would fall", "Mayor Ed Moss"},
		{"speech verb in a relative clause stays", "Intro.\n\nEd Moss, who said he was ill, argued that the pier would close.",
			"the pier would close", "Ed Moss"}, // not "Ed Moss, who": the clause's own report takes it out (trimWhoMentions)
		{"participle postmodifier joins the head", "Intro.\n\nPeople briefed on the talks said the pier would close.",
			"the pier would close", "People briefed on the talks"},
		{"prepositional postmodifier joins the head", "Intro.\n\nExit polls taken in Ohio found that the mayor leads.",
			"the mayor leads", "Exit polls taken in Ohio"},
		{"relative clause after a bare surname goes", "Intro.\n\nMoss, who runs the ferry, argued that the pier would close.",
			"the pier would close", "Moss"},
		{"first conjunct joins the mention", "Intro.\n\nIn the county where Lee and his aides believe they can win, it rained.",
			"they can win", "Lee and his aides"},
		{"coordinated modifiers after a number", "Intro.\n\nFive past and current employees said the firm was broke.",
			"the firm was broke", "Five past and current employees"},
		{"postmodifier after a subject head stays", "Intro.\n\nFarmers in the valley say the levy is unfair.",
			"the levy is unfair", "Farmers in the valley"},
		{"time after a subject head goes", "Intro.\n\nFarmers on Monday said the levy is unfair.",
			"the levy is unfair", "Farmers"},
		{"title words after a clause opener", "Intro.\n\nThe deal passed, while Green Party candidate Ann Bell has said it is a fraud.",
			"it is a fraud", "Green Party candidate Ann Bell"},
		{"modifiers after a relative pronoun", "Intro.\n\nHe cited the report, which rural county officials say is flawed.",
			"is flawed", "rural county officials"},
		{"graded modifier after an article", "Intro.\n\nThe most recent poll shows that the mayor leads.",
			"the mayor leads", "The most recent poll"},
		{"month before a survey", "Intro.\n\nThe May survey found that rents rose.",
			"rents rose", "The May survey"},
		{"combining accents stay in the name", "Intro.\n\n“We won,” said Mayor Rau\u0301l Pen\u0303a.",
			"We won", "Mayor Rau\u0301l Pen\u0303a"},
		// "backed the plan" is read too (shortNeed), and the participle
		// takes its mention, comma and all, as preposed mentions keep it;
		// the scorer trims the comma.
		{"apposition before a participle cue", "Intro.\n\nEd Moss, a retired nurse, backed the plan, saying it would help.",
			"it would help", "Ed Moss, a retired nurse"},
		{"aside before a participle cue stays out", "Intro.\n\nEd Moss, in Hull, backed the plan, saying it would help.",
			"it would help", "Ed Moss"},
		{"participle aside after a common noun stays out", "Intro.\n\nOne former aide, speaking on condition of anonymity, said the levy was unfair.",
			"the levy was unfair", "One former aide"},
		{"a clause after the inverted source stays out", "Intro.\n\n“The ferry is late,” said Ann Lee, but she has since left the port.",
			"The ferry is late", "Ann Lee"},
		{"a work's title after author of stays in", "Intro.\n\n“The ferry is late,” said Ann Lee, the author of “Salt Roads,” a memoir of the port.",
			"The ferry is late", "Ann Lee, the author of “Salt Roads,” a memoir of the port"},
		{"a cue word inside a name is part of the name", "Intro.\n\n“The ferry is late,” port spokeswoman Hope Hale said.",
			"The ferry is late", "port spokeswoman Hope Hale"},
		{"-ing word before a title", "Intro.\n\n“Sales will slow,” said Ann Lee, managing director at Ames Capital.",
			"Sales will slow", "Ann Lee, managing director at Ames Capital"},
		{"apposition after according to", "Intro.\n\nThe staff must sign pledges, according to Ann Lee, a county clerk.",
			"The staff must sign pledges", "Ann Lee, a county clerk"},
		{"share after a subordinator", "Intro.\n\nThe mayor quit when some of her aides said the audit was rigged.",
			"the audit was rigged", "some of her aides"},
		{"share after even", "Intro.\n\nEven some of his allies say the plan is dead.",
			"the plan is dead", "some of his allies"},
		{"opening subordinate phrase", "Intro.\n\nSince Bell's op-ed in May, she has tacked left, criticizing the mayor for the delay.",
			"the mayor for the delay", "she"},
		{"opening adverb", "Intro.\n\nUltimately, Mr. Moss rejected the offer, saying it was too low.",
			"it was too low", "Mr. Moss"},
		{"web domain stays in the name", "Intro.\n\nThe claim is false, according to Truthcheck.org.",
			"The claim is false", "Truthcheck.org"},
		{"capitalised name word is no time word", "Intro.\n\nCITY TODAY reported that the mayor would resign.",
			"the mayor would resign", "CITY TODAY"},
		{"name before a described title", "Intro.\n\nAnn Lee, chief executive of Ames, a Hull company, said the plant would close.",
			"the plant would close", "Ann Lee, chief executive of Ames, a Hull company"},
		{"name and age before a place", "Intro.\n\nAnn Lee, 29, of Hull, Mass., said the plant would close.",
			"the plant would close", "Ann Lee, 29, of Hull, Mass."},
		{"short participle aside", "Intro.\n\n“We will win,” said Ann Lee, using a phrase from the debate.",
			"We will win", "Ann Lee"},
		{"passive participle aside", "Intro.\n\nAnn Lee, goaded by Ed Moss, said the plan was late.",
			"the plan was late", "Ann Lee"},
		{"predeterminer all", "Intro.\n\nAll the nurses said the ward was full.",
			"the ward was full", "All the nurses"},
		{"almost everyone", "Intro.\n\nAlmost everyone says the ward is full.",
			"the ward is full", "Almost everyone"},
		{"less than a share", "Intro.\n\nLess than a third say the ward is full.",
			"the ward is full", "Less than a third"},
		{"this at the start", "Intro.\n\nThis group says the ward is full.",
			"the ward is full", "This group"},
		{"the next holder", "Intro.\n\nThe next mayor says the ward is full.",
			"the ward is full", "The next mayor"},
		{"modifiers after a focus adverb", "Intro.\n\nPerhaps young voters say the levy is fair.",
			"the levy is fair", "young voters"},
		{"floating quantifier stays out", "Intro.\n\nAnn Lee and Ed Moss both said the levy was fair.",
			"the levy was fair", "Ann Lee and Ed Moss"},
		{"contraction after a pronoun", "Intro.\n\nAnn Lee spoke. She’s argued that the levy is fair.",
			"the levy is fair", "She"},
		{"body named with on", "Intro.\n\nThe Council on Rural Affairs said the levy was fair.",
			"the levy was fair", "The Council on Rural Affairs"},
		{"occupation title before a name", "Intro.\n\nA 2019 study by Hull University professor Ann Lee found that rents rose.",
			"rents rose", "A 2019 study by Hull University professor Ann Lee"},
		{"date between participle and agent", "Intro.\n\nA national poll released Sunday by The Hull Post found that rents rose.",
			"rents rose", "A national poll released Sunday by The Hull Post"},
		{"agentless passive has no mention", "Intro.\n\nAnn Lee was asked about the levy at a rally.",
			"the levy", ""},
		{"topic passive has no mention", "Intro.\n\nThe mayor is considered a likely candidate for the seat.",
			"a likely candidate", ""},
		{"opening time phrase without a comma stays out", "Intro.\n\nOn Sunday morning Mr. Lee made a third attempt to end the row, writing on Twitter that the issue was closed.",
			"the issue was closed", "Mr. Lee"},
		{"modifier before a head noun after a capital", "Intro.\n\nCoastal flood experts have doubted the plan, but have warned that the levee will fail.",
			"the levee will fail", "Coastal flood experts"},
		{"expletive it has no mention", "Intro.\n\nIt was widely reported that the mayor paid the fine.",
			"the mayor paid the fine", ""},
		{"emphatic reflexive stays in the mention", "Intro.\n\nMayor Ann Lee herself said the levy was unfair.",
			"the levy was unfair", "Mayor Ann Lee herself"},
		{"participle after the object takes the clause subject", "Intro.\n\nMayor Ann Lee spent the entire week at the fair trying to show that the levy works.",
			"the levy works", "Mayor Ann Lee"},
		{"opening preposition is no mention", "Intro.\n\nSince announcing in October that he would not run, Mr. Hale has been a loyal aide.",
			"he would not run", ""},
		{"adverb inside an agentless passive", "Intro.\n\nAnn Lee is best known for her work on the levee.",
			"her work on the levee", ""},
		{"party tag with a state initialism", "Intro.\n\n“We will win,” said Sen. Ann Lee, R-S.C., a farmer.",
			"We will win", "Sen. Ann Lee, R-S.C., a farmer"},
		{"military title abbreviation", "Intro.\n\nAdm. Ann Lee, who leads the fleet, said the port was shut.",
			"the port was shut", "Adm. Ann Lee, who leads the fleet"},
		{"possessor determines an unknown head", "Intro.\n\nBell’s younger sister said the levy was fair.",
			"the levy was fair", "Bell’s younger sister"},
		{"role linked to its body", "Intro.\n\n“We are ready,” said the former top aide to Mayor Ann Lee.",
			"We are ready", "the former top aide to Mayor Ann Lee"},
		{"perhaps before a plural", "Intro.\n\nPerhaps Republicans think the levy is fair.",
			"the levy is fair", "Republicans"},
	})
}

// TestSourceSpanShares checks source mentions the second source-spans
// pass adjusted.
func TestSourceSpanShares(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"hyphenated number opens a share", "Intro.\n\nThirty-seven percent of the orchard owners we surveyed said the frost ruined their crop.",
			"the frost ruined their crop", "Thirty-seven percent of the orchard owners we surveyed"},
		{"teen number opens a share", "Intro.\n\nFifteen percent of the farmers said the levy was unfair.",
			"the levy was unfair", "Fifteen percent of the farmers"},
		{"party tag before an apposition", "Intro.\n\n“Riders deserve a fare freeze,” Rep. Tom Okafor, D-Iowa, a former bus driver, said.",
			"Riders deserve a fare freeze", "Rep. Tom Okafor, D-Iowa, a former bus driver"},
		{"age and place before the cue", "Intro.\n\nJo Park, 41, of Dayton said the levy was unfair.",
			"the levy was unfair", "Jo Park, 41, of Dayton"},
		{"city and state inside a relative clause", "Intro.\n\nBo Tran, 30, of Akron, Ohio, who was polled, said the levy was unfair.",
			"the levy was unfair", "Bo Tran, 30, of Akron, Ohio, who was polled"},
		{"dotted state inside a relative clause", "Intro.\n\nBo Tran, who lives in Durham, N.C., said the levy was unfair.",
			"the levy was unfair", "Bo Tran, who lives in Durham, N.C."},
		{"contact clause subject", "Intro.\n\nBus fares rose twice, a point Tom Okafor repeated on the radio.",
			"a point", "Tom Okafor"},
		{"contact clause after a fact", "Intro.\n\nThe vote was close, a fact Ann Bell conceded on Monday.",
			"a fact", "Ann Bell"},
		{"state after a postposed city", "Intro.\n\n“The levy is unfair,” said Ann Lee of Dayton, Ohio, at the fair.",
			"The levy is unfair", "Ann Lee of Dayton, Ohio"},
		// After a cue other than "said" only stateTail adds the state.
		{"state after a city past a non-said cue", "Intro.\n\n“The bridge toll is a mistake,” grumbled Wes Pratt of Toledo, Ohio, at the hearing.",
			"The bridge toll is a mistake", "Wes Pratt of Toledo, Ohio"},
		{"two-word state after a city past a non-said cue", "Intro.\n\n“The bridge toll is a mistake,” grumbled Wes Pratt of Keene, New Hampshire, at the hearing.",
			"The bridge toll is a mistake", "Wes Pratt of Keene, New Hampshire"},
		{"two-word state after a city", "Intro.\n\nThe levy is unfair, said Bo Tran of Nashua, New Hampshire.",
			"The levy is unfair", "Bo Tran of Nashua, New Hampshire"},
	})
}

// TestWireSpans checks contents and sources: "afterward" before a
// "that" clause, a description after a live page's label, a closing
// "wrote for the panel", and where they must not fire.
func TestWireSpans(t *testing.T) {
	cases := []struct{ in, content, source string }{
		{"Hale told reporters afterward that the vote was rushed.", "that the vote was rushed", "Hale"},
		{"4:15 p.m. ET: His campaign manager, Rosa Tilden, said the count would take days.", "the count would take days", "His campaign manager, Rosa Tilden"},
		{"The lower court had erred, Judge Omar Faisal wrote for the panel.", "The lower court had erred", "Judge Omar Faisal"},
		{"The fee was lawful, the magistrate said for the record.", "The fee was lawful", "the magistrate"},
		// Must not fire: "for" with a possessive after a feeling.
		{"In the harbor towns, fishermen fear for their jobs.", "", ""},
	}
	for _, c := range cases {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		if c.content == "" {
			if len(r.Quotes) != 0 {
				t.Errorf("%q: got %+v, want nothing", c.in, r.Quotes)
			}
			continue
		}
		if len(r.Quotes) != 1 || r.Quotes[0].Text != c.content || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != c.source {
			t.Errorf("%q: got %+v, want %q / %q", c.in, r.Quotes, c.content, c.source)
		}
	}
}
