package extract

import "testing"

// TestTakenNouns covers a form of "take" with a jab noun: "the mayor
// took a swipe at the board". The target is the content, the taker the
// source.
func TestTakenNouns(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"took a swipe at", "At the rally, Mayor Lena Brandt took a sharp swipe at the harbor board.", "the harbor board", "Mayor Lena Brandt", "took a sharp swipe at"},
		{"has taken jabs at", "Senator Abe Ruiz has taken repeated jabs at the county clerk.", "the county clerk", "Senator Abe Ruiz", "taken repeated jabs at"},
		{"took issue with", "Councilwoman Ada Moss took strong issue with the parking plan.", "the parking plan", "Councilwoman Ada Moss", "took strong issue with"},
		// An infinitive names a chance, not a jab taken.
		{"infinitive", "The forum gave rivals a chance to take shots at Mayor Dean Ortiz.", "", "", "take shots at"},
		// A thing takes no jab: no holder, no report.
		{"thing", "The storm took aim at the coast on Friday.", "", "", "took aim at"},
		// Inside another report the jab is not marked again.
		{"inside a report", "Judge Ada Moss said the board took a swipe at her ruling.", "", "", "took a swipe at"},
	})
}

// TestSpeechProducts covers a speech product given, delivered or
// offered on a topic: "the mayor gave a speech on the budget".
func TestSpeechProducts(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"gave an answer about", "Senator Abe Ruiz gave her a lengthy answer about pension reform.", "pension reform", "Senator Abe Ruiz", "gave her a lengthy answer about"},
		{"delivered a speech on", "Mayor Lena Brandt delivered a blunt speech on harbor safety.", "harbor safety", "Mayor Lena Brandt", "delivered a blunt speech on"},
		{"offered a preview of", "Judge Ada Moss offered a rare preview of the new rules.", "the new rules", "Judge Ada Moss", "offered a rare preview of"},
		// A thing gives no speech: no holder, no report.
		{"thing", "The dueling rallies offer a preview of the fall campaign.", "", "", "offer a preview of"},
		// "message of" names a kind, not a topic.
		{"message of", "Mayor Lena Brandt delivered a message of hope to the crowd.", "", "", "delivered a message of"},
	})
}
