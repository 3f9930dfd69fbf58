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

// TestPossessedSubjectEnds covers the same cut on cues other layouts
// read, and a clause a semicolon opens.
func TestPossessedSubjectEnds(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"modal", "Their message of support for the strikers could help the party.", "support for the strikers", "Their", "message of"},
		{"venue adjunct", "His tentative embrace of the toll plan at the forum in Dover drew praise.", "the toll plan", "His", "tentative embrace of"},
		{"after a semicolon", "Her fans rallied; his attacks on the board could cost him the race.", "the board", "his", "attacks on"},
	})
}

// TestPossessedSubjectEndsNot checks phrases the cut leaves alone: a
// possessed noun inside a reported clause, and a that-clause content,
// whose own verb is no main verb.
func TestPossessedSubjectEndsNot(t *testing.T) {
	for _, c := range []struct{ in, bad string }{
		{"Aides said their message of unity had worked.", "unity"},
		{"Her claim that the board lied was repeated often.", "that the board"},
	} {
		r := extractBody(t, c.in)
		for _, q := range r.Quotes {
			if q.Text == c.bad {
				t.Fatalf("%s: cut to %q", c.in, q.Text)
			}
		}
	}
}
