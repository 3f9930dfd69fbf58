package extract

import "testing"

// TestOpeningReport covers sentences that open with a named subject and
// its reporting verb and close with a second attribution repeating that
// speaker ("…, she said", "…, Lund noted"): the opening report is the
// attribution, its content ending before the closing cue. Another
// speaker at the close, or a pronoun that cannot take up the subject,
// reports the whole sentence.
func TestOpeningReport(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{
			name:    "named subject, closing pronoun",
			in:      `Harbor spokesman Tobias Lund said that the pier will reopen so that ferry crews can prove they “keep the timetable,” he said.`,
			content: `that the pier will reopen so that ferry crews can prove they “keep the timetable,”`,
			src:     "Harbor spokesman Tobias Lund",
		},
		{
			name:    "subject with an apposition, closing surname",
			in:      `Greta Moss, the guild's treasurer, said the fees were fair and overdue, Moss noted.`,
			content: "the fees were fair and overdue",
			src:     "Greta Moss, the guild's treasurer",
		},
		{
			name:    "plural subject, closing they",
			in:      `Several rowing coaches praised the new boathouse, they said.`,
			content: "the new boathouse",
			src:     "Several rowing coaches",
		},
		{
			name:    "another speaker reports the whole sentence",
			in:      `The mayor said the ferry would run all winter, the Harbor Gazette reported.`,
			content: "The mayor said the ferry would run all winter",
			src:     "the Harbor Gazette",
		},
		{
			name:    "a pronoun of the other gender is another speaker",
			in:      `Karen Moss said the fees were fair and overdue, he said.`,
			content: "Karen Moss said the fees were fair and overdue",
			src:     "he",
		},
		{
			name:    "he does not take up a thing",
			in:      `Cheap fuel has added another worry to the harbor budget, he noted.`,
			content: "Cheap fuel has added another worry to the harbor budget",
			src:     "he",
		},
	})
}

// TestOpeningReportAccording covers an "according to" phrase that opens
// the content of a report ("The Gazette reported that, according to
// two clerks, …"): the phrase is the reporter's sourcing, part of that
// content, and the reporter is the source. An "according to" closing
// the sentence still sources all of it.
func TestOpeningReportAccording(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{
			name:    "after that and a comma",
			in:      `The Harbor Gazette reported that, according to two clerks, the mayor will resign.`,
			content: "that, according to two clerks, the mayor will resign",
			src:     "The Harbor Gazette",
		},
		{
			name:    "after the cue's comma",
			in:      `The Harbor Gazette reported, according to two clerks, the mayor will resign.`,
			content: "according to two clerks, the mayor will resign",
			src:     "The Harbor Gazette",
		},
		{
			name:    "after a time and that",
			in:      `Ida Fenn, the guild's treasurer, said Monday that according to her ledger, the regatta lost money.`,
			content: "that according to her ledger, the regatta lost money",
			src:     "Ida Fenn, the guild's treasurer",
		},
		{
			name:    "closing the sentence",
			in:      `The ferry board said the pier would reopen in May, according to the minutes.`,
			content: "The ferry board said the pier would reopen in May",
			src:     "the minutes",
		},
	})
}
