package extract

import "testing"

// TestStanceLeads covers a stance noun opening its sentence as the
// subject: "Support for the levy has grown". The object is the content,
// with no source.
func TestStanceLeads(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"support for", "Support for the harbor levy has grown among renters.", "the harbor levy", "", "Support for"},
		{"opposition to", "Opposition to the new pipeline united the valley.", "the new pipeline", "", "Opposition to"},
		{"modal verb", "Support for Mayor Lena Brandt may deepen.", "Mayor Lena Brandt", "", "Support for"},
		// A determiner makes a noun phrase another layout reads.
		{"determiner", "The support of the union is vital.", "", "", "support of"},
		// No verb follows: a label, not a subject.
		{"no verb", "Support for the levy.", "", "", "Support for"},
		// Inside a report the stance is the speaker's words.
		{"inside a report", "Support for the levy, the mayor said, has grown.", "", "", "Support for"},
	})
}
