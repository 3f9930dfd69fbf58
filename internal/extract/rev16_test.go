package extract

import "testing"

// TestRev16ExpletiveItContracted: an empty "it" before a contracted
// negated copula ("It isn't reported that …") is no source, as before
// "is not"; an "it" that says something keeps its mention.
func TestRev16ExpletiveItContracted(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"isn't", "It isn't reported that the quarry floods each spring.",
			[][2]string{{"that the quarry floods each spring", ""}}},
		{"wasn’t, curly", "It wasn’t announced that the night ferry would stop.",
			[][2]string{{"that the night ferry would stop", ""}}},
		{"is not, as before", "It is not reported that the quarry floods each spring.",
			[][2]string{{"that the quarry floods each spring", ""}}},
		{"doesn't say keeps it", "It doesn't say that the quarry will close.",
			[][2]string{{"that the quarry will close", "It"}}},
	})
}

// TestRev16InfinitiveHolder: a stance or talk verb after "to" takes its
// holder from the governing verb's subject, but an infinitive that
// completes the subject's own noun ("The decision to …") or follows an
// empty "it" ("It is hard to …") has no holder and is no attribution.
func TestRev16InfinitiveHolder(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"noun complement", "The decision to call for a second ballot fell through on Friday.", nil},
		{"noun complement, possessor", "Her plan to push for a wider lock won quiet support.", nil},
		{"talk about on a noun", "The vote to talk about the quarry lease was delayed again.", nil},
		{"empty it", "It is hard to argue against the new mooring fee.", nil},
		{"headline subject keeps its holder", "Halvorsen to call for a review of quay leases.",
			[][2]string{{"a review of quay leases", "Halvorsen"}}},
		{"empty it, would be", "It would be unwise to complain of the late ferries.", nil},
		{"purpose clause keeps its holder", "Mara Quist traveled to Tromso to call for calm.",
			[][2]string{{"calm", "Mara Quist"}}},
		{"catenative keeps its holder", "Dock officials came to agree with the quota after weeks of talks.",
			[][2]string{{"the quota", "Dock officials"}}},
	})
}

// TestRev16DocumentWith: "concerned with" and "agree with" after a
// document name its topic or what it matches, not a stance; after a
// person or a body they keep the stance.
func TestRev16DocumentWith(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"study concerned with", "The harbor study is concerned with silt in the channel.", nil},
		{"survey agrees with", "The tide survey agrees with the forecast.", nil},
		{"board concerned with", "The board was concerned with costs.",
			[][2]string{{"costs", "The board"}}},
	})
}
