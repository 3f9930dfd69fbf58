package extract

import "testing"

// TestStanceNouns covers a stance noun predicated of its holder: "the
// mayor is a vocal critic of the toll".
func TestStanceNouns(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"is a critic of", "Mayor Lena Ortiz is a vocal critic of the toll plan.", "the toll plan", "Mayor Lena Ortiz", "is a vocal critic of"},
		{"has been a backer of", "The dockworkers union has been a loyal backer of the harbor bond.", "the harbor bond", "The dockworkers union", "has been a loyal backer of"},
		{"contracted has", "He’s been an early supporter of the rail link.", "the rail link", "He", "’s been an early supporter of"},
		{"one of", "Tomas Berg was one of the first advocates for the night market.", "the night market", "Tomas Berg", "was one of the first advocates for"},
		{"coordinated modifiers", "The nurses were among the first and most vocal critics of the merger.", "the merger", "The nurses", "were among the first and most vocal critics of"},
		// "and" joins clauses here, not modifiers.
		{"clause and", "Ortiz is tired and critics of the plan are loud.", "", "", "is tired and critics of"},
		// A forecast, not a stance held.
		{"would be", "Dana Ruiz would be a strong advocate for rural clinics.", "", "", "be a strong advocate for"},
		// No copula: a role someone is cast in.
		{"cast as", "Casting herself as a critic of the levy, Ortiz toured the valley.", "", "", "a critic of"},
		// Inside another report's content.
		{"in a content", "Ortiz said that Ruiz is a fierce critic of the levy.", "", "", "is a fierce critic of"},
	})
}
