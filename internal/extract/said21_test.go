package extract

import "testing"

// TestSaid21AskedAfterReport: a bare "asked" participle after the comma
// that closes a report ("…,” the mayor said, asked about …") reports the
// question put to the speaker; a possessed noun opening that question is
// its topic, not a report of its own. A participle inside a subject, with
// no report before its comma, stays out.
func TestSaid21AskedAfterReport(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{
			name:    "after the cue, venue trimmed",
			text:    `“It has taken four years,” the mayor said, asked about the delay in an interview. “Nobody is surprised.”`,
			want:    []string{`the delay`},
			notWant: []string{`the delay in an interview`},
		},
		{
			name: "after a source that follows its cue",
			text: `"We never promised a date," said the harbor chief Ana Ruiz, asked whether the pier would open in June.`,
			want: []string{`whether the pier would open in June`, `"We never promised a date,"`},
		},
		{
			name:    "possessed noun opening the question is its topic",
			text:    `"It was an honest error," said the treasurer Paul Dunn, asked about his claims that the fund had doubled, when it had not.`,
			want:    []string{`his claims that the fund had doubled`},
			notWant: []string{`that the fund had doubled, when it had not`},
		},
		{
			name:    "participle inside a subject",
			text:    `The dispute began after the treasurer, asked about the deficit, had said, "The books are fine."`,
			notWant: []string{`the deficit`},
		},
		{
			name:    "request after a report is left alone",
			text:    `She said, asked to comment, that the budget was fine.`,
			notWant: []string{`to comment`},
		},
	})
}

// TestSaid21QuoteClauseTail: a whole quotation goes on past its
// attribution when a linking word opens a second quotation that closes
// the sentence (", and “…”", ", or “…”") or when a "that" clause with a
// subject follows. A modal clause, "that much", a second quotation with
// its own attribution, a new clause with its own subject, or a relative
// clause about an inverted source end the content at the quotation.
func TestSaid21QuoteClauseTail(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{
			name: "and before a second quotation",
			text: `The mayor praised the deal. “The port must be dredged first,” she said, and “every berth rebuilt by May.”`,
			want: []string{`“The port must be dredged first,” she said, and “every berth rebuilt by May.”`},
		},
		{
			name: "or before a second quotation",
			text: `The pilot shrugged. “Bonne chance,” he said, or “Good luck.”`,
			want: []string{`“Bonne chance,” he said, or “Good luck.”`},
		},
		{
			name:    "a modal clause may be the writer's",
			text:    `The coach laughed. “Only our goalie,” she said, would be a fair summary of the season.`,
			want:    []string{`“Only our goalie,”`},
			notWant: []string{`“Only our goalie,” she said, would be a fair summary of the season`},
		},
		{
			name:    "that with no clause subject after it",
			text:    `“The fares will rise,” the clerk said, that much was plain to everyone.`,
			want:    []string{`“The fares will rise,”`},
			notWant: []string{`“The fares will rise,” the clerk said, that much was plain to everyone`},
		},
		{
			name:    "a second quotation with its own attribution",
			text:    `“The count is close,” she said, and “Go home,” the stewards replied.`,
			want:    []string{`“The count is close,”`},
			notWant: []string{`“The count is close,” she said, and “Go home,”`},
		},
		{
			name: "that clause of the quoted noun",
			text: `The clerk sighed. “It is our misfortune,” he said, that both ferries broke down in the same week.`,
			want: []string{`“It is our misfortune,” he said, that both ferries broke down in the same week`},
		},
		{
			name:    "a new clause with its own subject",
			text:    `“The bridge is safe,” the engineer said, and the crowd went home.`,
			want:    []string{`“The bridge is safe,”`},
			notWant: []string{`“The bridge is safe,” the engineer said, and the crowd went home`},
		},
		{
			name:    "relative clause about an inverted source",
			text:    `“We will finish the road,” said the county engineer, who would later resign.`,
			want:    []string{`“We will finish the road,”`},
			notWant: []string{`who would later resign`},
		},
	})
}
