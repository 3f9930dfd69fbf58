package extract

import "testing"

// TestSpentGerunds covers a report participle after the time "spend"
// takes: "the mayor spent the forum portraying her rival as reckless".
// The subject of "spend" is the source.
func TestSpentGerunds(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"time phrase", "Mayor Lena Brandt spent much of the forum portraying her rival as reckless.", "her rival as reckless", "Mayor Lena Brandt", "spent much of the forum portraying"},
		{"weekday", "Senator Abe Ruiz spent Thursday criticizing the harbor budget.", "the harbor budget", "Senator Abe Ruiz", "spent Thursday criticizing"},
		// The lexicon gates the participle: work is no report.
		{"no report", "The mayor spent the weekend working the convention floor.", "", "", "spent the weekend working"},
		{"money", "The council spent millions building the bridge.", "", "", "spent millions building"},
	})
}
