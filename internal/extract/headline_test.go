package extract

import "testing"

// TestHeadlinePresentVerbs covers a title line's present-tense "-s"
// verb, which borrows the precision of its past form ("rebukes" from
// "rebuked"): body text learns the past form, a headline reports in the
// present. Look-alikes (plural nouns, body text, a verb after a modal)
// must stay silent.
func TestHeadlinePresentVerbs(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "sentence-case headline verb",
			text:    `Harbor master lauds ferry plan.`,
			quote:   "ferry plan",
			mention: "Harbor master",
		},
		{
			name:    "a verb the body knows only in the past",
			text:    `Port union rebukes council over tolls.`,
			quote:   "council over tolls",
			mention: "Port union",
		},
		{
			name:    "postposed source after a comma",
			text:    `Ferry tolls must rise, harbor master reiterates.`,
			quote:   "Ferry tolls must rise",
			mention: "harbor master",
		},
		{
			name:    "a bare verb after a plural subject",
			text:    `Harbor pilots rebuke port board over tolls.`,
			quote:   "port board over tolls",
			mention: "Harbor pilots",
		},
		{
			name:    "second predicate borrows too",
			text:    `Ferry chief bemoans delays, rebukes board.`,
			quote:   "board",
			mention: "Ferry chief",
			notWant: []string{"delays, rebukes board"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestHeadlinePresentVerbsSilent lists lines where no "-s" word may be
// read as a borrowed report.
func TestHeadlinePresentVerbsSilent(t *testing.T) {
	cases := []struct {
		name, text string
		notWant    []string
	}{
		{
			name:    "a title-case line with no report",
			text:    "Storm Knocks Out Power Across Region.",
			notWant: []string{"Out Power Across Region", "Power Across Region"},
		},
		{
			name:    "the body keeps the lexicon's own precision",
			text:    "Tide tables.\n\nThe ferry chief rebukes the board on tolls.",
			notWant: []string{"the board on tolls", "the board"},
		},
		{
			name:    "the body keeps a bare verb's own precision",
			text:    "Tide tables.\n\nThe harbor pilots rebuke the board.",
			notWant: []string{"the board"},
		},
		{
			name:    "a bare form after a verb ending in s is its object",
			text:    "Harbor master says praise from council helps.",
			notWant: []string{"from council helps"},
		},
		{
			name:    "a plural noun before a modal",
			text:    "Port memos might be released.",
			notWant: []string{"be released", "might be released"},
		},
		{
			name:    "a plural noun after a determiner",
			text:    "Their rebukes of the ferry chief fell flat.",
			notWant: []string{"of the ferry chief fell flat", "the ferry chief fell flat"},
		},
		{
			name:    "a plural noun before a bare verb",
			text:    "Ferry reports reveal budget gap.",
			notWant: []string{"reveal budget gap"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// TestHeadlineSurnames covers a capitalised bare cue word between a name
// and an "-s" verb in a title line: it ends the name ("Wonder"), and the
// "-s" word after it is the verb.
func TestHeadlineSurnames(t *testing.T) {
	checkContents(t, extract("Stevie Wonder Sings At Gala.", Meta{}), nil, []string{"Sings At Gala", "At Gala"})
	checkQuoteMention(t, "Lena Marsh Praises Ferry Plan.", "Ferry Plan", "Lena Marsh")
	checkQuoteMention(t, "Harbor Pilots Warn Of Delays.", "Of Delays", "Harbor Pilots")
}
