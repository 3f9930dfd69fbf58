package extract

import (
	"strings"
	"testing"
)

// TestWhenAskedRequest: a "when asked to …" request inside the
// sentence is no content of the cue before it, with or without a comma;
// a question after "when asked" is still read.
func TestWhenAskedRequest(t *testing.T) {
	for _, text := range []string{
		`The ferry chief declined when asked to cut the fares.`,
		`The ferry chief refused, when asked to cut the fares, and walked out.`,
	} {
		for _, q := range extract(text, Meta{}).Quotes {
			if strings.HasPrefix(q.Text, "when asked") {
				t.Errorf("%q: content %q", text, q.Text)
			}
		}
	}
	checkContents(t, extract(`The ferry chief paused when asked whether the fares would fall.`, Meta{}),
		[]string{`whether the fares would fall`}, nil)
}

// TestAskedAfterReport: a bare "asked" participle after the comma
// that closes a report ("…,” the mayor said, asked about …") reports the
// question put to the speaker; a possessed noun opening that question is
// its topic, not a report of its own. A participle inside a subject, with
// no report before its comma, stays out.
func TestAskedAfterReport(t *testing.T) {
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
