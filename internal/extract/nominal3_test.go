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
		// The noun must follow its own verb class: a shown attitude is not pressed.
		{"pressed hope", "The boatmen pressed the hope that the strike would end.", "", "", "pressed the hope"},
	})
}
