package extract

import "testing"

// TestPossessedSubjectObject covers a possessed reporting noun that
// opens its sentence: its object ends where the main verb comes.
func TestPossessedSubjectObject(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"irregular past", "Her opposition to the pipeline won her votes in the valley.", "the pipeline", "Her", "opposition to"},
		{"regular past", "Mayor Ilse Korda's attacks on the transit board stunned the council.", "the transit board", "Mayor Ilse Korda's", "attacks on"},
		{"auxiliary", "His criticism of the ferry tolls has angered island merchants.", "the ferry tolls", "His", "criticism of"},
	})
}

// TestPossessedObjectNotSubject checks that a possessed noun after the
// clause's verb keeps its object whole: it is no subject.
func TestPossessedObjectNotSubject(t *testing.T) {
	for _, in := range []string{
		"Voters cheered Ms. Orr's attacks on the board that approved the tolls.",
		// A relative clause in the object keeps its own verb.
		"Her attacks on judges who ruled against the tolls stunned the council.",
	} {
		r := extractBody(t, in)
		for _, q := range r.Quotes {
			if q.Text == "the board" || q.Text == "judges" || q.Text == "judges who" {
				t.Fatalf("%s: object cut at the relative's verb: %+v", in, q)
			}
		}
	}
}
