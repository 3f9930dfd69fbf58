package extract

import "testing"

// TestDurationNotObject: a duration after a verb and its
// preposition ("argued for weeks", "pushed for years") measures time; it
// is no object, whichever layout reads the verb.
func TestDurationNotObject(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"The harbor board has argued for weeks over the ferry budget.", "weeks over the ferry budget"},
		{"The dock union has pushed for years for a longer lunch break.", "years for a longer lunch break"},
		{"The rowing club has called for months for a study of the silt.", "months for a study of the silt"},
	} {
		checkContents(t, extract(c.text, Meta{}), nil, []string{c.bad})
	}
}

// TestOverTheYears: "over the years" is a span of time between a
// perfect report and its content, as "for years" is; "over the years of
// the war" is a noun phrase and leaves the "that" clause to the verb.
func TestOverTheYears(t *testing.T) {
	checkQuoteMention(t, "The harbor chief has said over the years she will not sell the pier.", "she will not sell the pier", "The harbor chief")
	checkQuoteMention(t, "Two skippers have argued over the years of the strike that the pier was lost.", "that the pier was lost", "Two skippers")
}
