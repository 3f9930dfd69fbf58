package extract

import "testing"

// TestQuoteCutSource checks inverted sources whose tail runs into a
// quotation: the source ends before the clause holding it, and a short
// title after "of" stays in the source.
func TestQuoteCutSource(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"non-restrictive who before a quoted show", "Intro.\n\n“The ferry will run late,” said Odo Varga, who also hosts the radio show “Harbor Talk.”",
			"The ferry will run late", "Odo Varga"},
		{"non-restrictive whose before a quoted word", "Intro.\n\n“We ask hard questions,” said Lina Sorr, whose new book profiles mayors and “stubborn” clerks.",
			"We ask hard questions", "Lina Sorr"},
		{"restrictive who after an apposition", "Intro.\n\n“It was a disgrace,” said Pia Holm, 52, a juror in the case who sat through a “very long” hearing.",
			"It was a disgrace", "Pia Holm, 52, a juror in the case"},
		{"coordinated predicate of a relative clause", "Intro.\n\n“There is little to gain,” said a retired harbor official who ran the audits and called the dispute “a small matter.”",
			"There is little to gain", "a retired harbor official who ran the audits"},
		{"participle after a comma", "Intro.\n\n“Here are the prizes,” says the film’s narrator, going on to list a string of other “prizes.”",
			"Here are the prizes", "the film’s narrator"},
		// Look-alikes: a short title after "of" is kept, and a tail
		// without a quotation keeps its clause.
		{"title after of beside an and", "Intro.\n\n“The tide is turning,” said Ira Bok, a sailor and the author of “Salt Roads,” a memoir.",
			"The tide is turning", "Ira Bok, a sailor and the author of “Salt Roads,” a memoir"},
		{"clause without a quotation", "Intro.\n\n“The ferry will run late,” said Odo Varga, who also hosts a radio show.",
			"The ferry will run late", "Odo Varga, who also hosts a radio show"},
	})
}

// TestAccordingTitle checks a quoted work's title inside an "according
// to" source.
func TestAccordingTitle(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title and author opening the sentence", "Intro.\n\nAccording to “The Long Road: A Life of Ann Varga,” by Ben Holt, Varga kept a diary of every vote.",
			"Varga kept a diary", "“The Long Road: A Life of Ann Varga,” by Ben Holt"},
		{"title after a noun at the sentence end", "Intro.\n\nThe mill shut in 1990, according to his memoir “The Art of Winning.”",
			"The mill shut in 1990", "his memoir “The Art of Winning.”"},
		{"title after a possessive", "Intro.\n\nThe mill shut, according to Ann Roe’s “Mill Towns” and other sources, in 1990.",
			"The mill shut", "Ann Roe’s “Mill Towns” and other sources"},
		// Look-alike: a capitalized quotation after the source's comma
		// is no title inside it.
		{"quotation after a comma", "Intro.\n\nThe mill shut in 1990, according to the mayor, “Ben Holt of Dayton.”",
			"The mill shut in 1990", "the mayor"},
	})
}

// TestQuoteDescribedName checks a quotation followed by a
// description with a postmodifier, the name in apposition, then the cue:
// the description opens after the closing mark. A comma inside the
// description is its own, so a place with its state stays in it.
func TestQuoteDescribedName(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"\u201cThe ferry will sail,\u201d the chairman of the harbour board, Ewan Shaw, said.", "\u201cThe ferry will sail,\u201d", "the chairman of the harbour board, Ewan Shaw"},
		{"\u201cThe ferry will sail,\u201d the head of the Port of Tyne, Ewan Shaw, said.", "\u201cThe ferry will sail,\u201d", "the head of the Port of Tyne, Ewan Shaw"},
		{"\u201cThe ferry will sail,\u201d Ewan Shaw, a boatman from Oban, Scotland, said.", "\u201cThe ferry will sail,\u201d", "Ewan Shaw, a boatman from Oban, Scotland"},
	})
}
