package extract

import "testing"

// TestPossessedOf covers a possessed judgment noun with an "of" object
// the learned noun-phrase table does not hold: the possessor is the
// source and the object the content, cut at the clause's verb when the
// phrase is a subject.
func TestPossessedOf(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"subject", "The mayor's blunt assessment of the ferry contract surprised no one.", "the ferry contract", "The mayor's", "assessment of"},
		{"after a preposition", "During her announcement of new ferry fares, the crowd booed.", "new ferry fares", "her", "announcement of"},
		{"participle modifier", "Her critique of the proposed levy drew fire from growers.", "the proposed levy", "Her", "critique of"},
		{"infinitive in the object", "His claim of the board's right to be heard was rejected.", "the board's right to be heard", "His", "claim of"},
		{"after a verb", "Ruiz softened her critique of the harbor board on Monday.", "the harbor board", "Ruiz", "critique of"},
		{"aside", "Their embrace of the tunnel plan, once cautious, is now complete.", "the tunnel plan", "Their", "embrace of"},
		{"subordinate subject", "The fact that Ada Holm's denunciation of the tolls came so late is odd.", "the tolls", "Ada Holm's", "denunciation of"},
	})
}

// TestPossessedOfNot lists phrases the layout must leave alone: no
// possessor, a noun of a plan rather than a judgment, a phrase inside
// another report's content, a sight seen "in his view of", and "her" as
// an object.
func TestPossessedOfNot(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"no possessor", "A critique of the levy appeared in the paper.", "", "", "critique of"},
		{"plan noun", "Her strategy of courting farmers worked.", "", "", "strategy of"},
		{"inside a report", "Ruiz said her critique of the levy was unfair.", "", "", "critique of"},
		{"in his view of", "In his view of the harbor, the boats sat idle.", "", "", "view of"},
		{"object pronoun", "He told her of the plan.", "", "", "of"},
	})
}

// TestRelObjectParticiple checks the object of a cue whose subject is a
// relative pronoun: an -ed word after a determiner is an adjective and
// stays in the object.
func TestRelObjectParticiple(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"attacks on", "Her attacks on the proposed ferry route drew fire.", "the proposed ferry route", "Her", "attacks on"},
	})
}

// TestPossessorMention checks that a possessor after a participle
// phrase stays the whole mention: the phrase it ends is no subject
// that holds the report, as "People briefed on the talks" is.
func TestPossessorMention(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"after a participle", "It was a handshake, a moment sealed by Ada Holm's warm praise of the ferry plan.", "the ferry plan", "Ada Holm's", "praise of"},
		{"postmodified subject", "People briefed on the talks said the deal was close.", "the deal was close", "People briefed on the talks", "said"},
	})
}
