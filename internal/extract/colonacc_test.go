package extract

import "testing"

// TestColonAccording checks "according to" contents: a fronted phrase
// naming an event is no venue tail, a one-word subject split from its
// verb stays, and a colon or semicolon inside a series does not cut the
// report.
func TestColonAccording(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "fronted phrase with an event noun",
			in:      "At one stage during the hearing, jurors gasped as the clerk dropped a box of files, according to a court aide.",
			want:    []string{"At one stage during the hearing, jurors gasped as the clerk dropped a box of files"},
			notWant: []string{"At one stage"}},
		{name: "one-word subject before an auxiliary",
			in:   "Ridership, according to the transit board, has doubled since the spring.",
			want: []string{"Ridership, according to the transit board, has doubled since the spring"}},
		{name: "one-word subject before a past verb",
			in:   "Rents, according to the housing office, climbed again last quarter.",
			want: []string{"Rents, according to the housing office, climbed again last quarter"}},
		{name: "colon before a verbless list",
			in:   "Inspectors checked the logs of three depots: Ashford, Brill and Caxton, according to a council memo.",
			want: []string{"Inspectors checked the logs of three depots: Ashford, Brill and Caxton"}},
		{name: "semicolon before the last item of a series",
			in:   "The bakery earned $4,100; the florist earned $2,600; and the cafe earned $9,300, according to county tax records.",
			want: []string{"The bakery earned $4,100; the florist earned $2,600; and the cafe earned $9,300"}},
		// Look-alikes that keep the old behaviour.
		{name: "adverb head is not a subject",
			in:      "Lately, according to the transit board, ridership has doubled.",
			want:    []string{"ridership has doubled"},
			notWant: []string{"Lately, according to the transit board, ridership has doubled"}},
		{name: "colon before a clause",
			in:   "The depots share one flaw: their roofs leak in every storm, according to a council memo.",
			want: []string{"their roofs leak in every storm"}},
		{name: "semicolon between two clauses",
			in:   "The bakery closed early; the cafe stayed open late, according to county records.",
			want: []string{"the cafe stayed open late"}},
	})
}

// TestAccordingApposition checks appositions after an "according to"
// source that hold a relative clause or open with a possessive: they
// belong to the source, not to the content.
func TestAccordingApposition(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"relative clause closing the sentence", "Ferry fares rose twice, according to Ola Brandt, a pollster who ran the harbor survey.",
			"Ferry fares rose twice", "Ola Brandt, a pollster who ran the harbor survey", "according to"},
		{"relative clause before the content", "According to Ola Brandt, a pollster who ran the harbor survey, ferry fares rose twice.",
			"ferry fares rose twice", "Ola Brandt, a pollster who ran the harbor survey", "According to"},
		{"possessive role before the content", "According to Ola Brandt, Mayor Tam's budget director, ferry fares rose twice.",
			"ferry fares rose twice", "Ola Brandt, Mayor Tam's budget director", "According to"},
		{"noun of a long lexicon cue heads the source", "Ferry fares rose twice, according to interviews with several harbor pilots.",
			"Ferry fares rose twice", "interviews with several harbor pilots", "according to"},
		// Look-alike: a possessive subject opens the content.
		{"possessive subject of the content", "According to Ola Brandt, Tam's ferry fares rose twice.",
			"Tam's ferry fares rose twice", "Ola Brandt", "According to"},
	})
}

// TestAccordingLastClause checks a sentence-final "according to" after a
// report: the source vouches for the closing relative clause or ", and"
// conjunct only, and the report keeps its own speaker.
func TestAccordingLastClause(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "relative after a report",
			in:   "Mayor Tam says the ferry can still cover its costs, which rose by a third last year, according to the port authority.",
			want: []string{"which rose by a third last year", "the ferry can still cover its costs"}},
		{name: "conjunct after a report",
			in:   "Ms. Brandt has praised the harbor crews all winter, and won nearly every dock ward in the vote, according to county returns.",
			want: []string{"won nearly every dock ward in the vote"}},
		// Look-alike: without a report the whole sentence is vouched for.
		{name: "relative without a report",
			in:      "The ferry covered its costs, which rose by a third last year, according to the port authority.",
			want:    []string{"The ferry covered its costs, which rose by a third last year"},
			notWant: []string{"which rose by a third last year"}},
	})
}

// TestAccordingVerblessTail checks the words after a sentence-final
// "according to" source: a verbless comment is left out, a clause or a
// second verb of the subject goes on with the report.
func TestAccordingVerblessTail(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "comparative comment",
			in:      "Ferry traffic fell by a fifth, according to the port authority, lower than in any year on record.",
			want:    []string{"Ferry traffic fell by a fifth"},
			notWant: []string{"Ferry traffic fell by a fifth, according to the port authority, lower than in any year on record"}},
		{name: "participle with a preposition",
			in:   "The new levy takes a tenth of each fare, according to the port authority, compared with a twentieth before.",
			want: []string{"The new levy takes a tenth of each fare"}},
		// Look-alikes: a clause or a second verb stays.
		{name: "second verb of the subject",
			in:   "The port cut its fees and, according to harbor officials, adopted a winter schedule for the ferries.",
			want: []string{"The port cut its fees and, according to harbor officials, adopted a winter schedule for the ferries"}},
		{name: "predicate after a mid-sentence source",
			in:   "Most riders, according to the port authority, still favor the night ferry.",
			want: []string{"Most riders, according to the port authority, still favor the night ferry"}},
		{name: "subordinate clause",
			in:   "Ferry traffic fell by a fifth, according to the port authority, although bus traffic rose.",
			want: []string{"Ferry traffic fell by a fifth, according to the port authority, although bus traffic rose"}},
	})
}

// TestQuoteRead checks "read" inverted after a quotation closed by its
// own punctuation, and a capitalised "Read" that is a name.
func TestQuoteRead(t *testing.T) {
	checkQuoteMention(t, "Headline\n\nIntro.\n\n“Ferries run late again,” read the notice. “We are sorry,” read another.", "“Ferries run late again,”", "the notice")
	checkQuoteMention(t, "Headline\n\nIntro.\n\n“Ferries run late again,” read the notice. “We are sorry,” read another.", "“We are sorry,”", "another")
	checkQuoteMention(t, "Headline\n\nIntro.\n\n“Ferries run late again,” Read said.", "“Ferries run late again,”", "Read")
}
