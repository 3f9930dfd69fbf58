package extract

import "testing"

// TestInfinitiveRelative: an infinitive after a pronoun of amount
// modifies it, and "tell" without a hearer means make out; neither
// reports. A hearer, or a verb before "to", still does.
func TestInfinitiveRelative(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{name: "little to say that",
			text:    `The ferry captain had little to say that sounded hopeful.`,
			notWant: []string{`that sounded hopeful`}},
		{name: "a tale to tell that",
			text:    `The old skipper had a tale to tell that few of the crew trusted.`,
			notWant: []string{`that few of the crew trusted`}},
		{name: "tell whether without a hearer",
			text:    `Harbor pilots struggled to tell whether the buoys had drifted.`,
			notWant: []string{`whether the buoys had drifted`}},
		{name: "a hearer keeps the report",
			text: `The clerk pressed her to tell the rowers that the lock was shut.`,
			want: []string{`that the lock was shut`}},
		{name: "a chance to explain keeps the report",
			text: `The mayor took the chance to explain that the toll would lapse.`,
			want: []string{`that the toll would lapse`}},
	})
}

// TestInfinitiveApposition: the object before "to" keeps its
// apposition as the source; a phrase set off before "to" that is no
// apposition of an object leaves the clause's subject.
func TestInfinitiveApposition(t *testing.T) {
	checkQuoteMention(t, `The audit led Ivo Marsh, the treasurer, to say that the fund was short.`, "that the fund was short", "Ivo Marsh, the treasurer")
	checkQuoteMention(t, `Ivo Marsh spoke first, breaking with the treasurer, Ada Vinn, to argue that the fund was short.`, "that the fund was short", "Ivo Marsh")
}

// TestInfinitiveHolder: a stance or talk verb after "to" takes its
// holder from the governing verb's subject, but an infinitive that
// completes the subject's own noun ("The decision to …") or follows an
// empty "it" ("It is hard to …") has no holder and is no attribution.
func TestInfinitiveHolder(t *testing.T) {
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

// TestInfinitiveSayCue checks that "to V" after a cue, V a verb of
// saying, knowing or showing with a clause, goes into the cue and the
// content starts at the clause, while a plain infinitive keeps its "to".
func TestInfinitiveSayCue(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The minister declined to clarify whether the border would reopen.", "whether the border would reopen", "The minister", "declined to clarify"},
		{"The firm refused to reveal how much it had paid.", "how much it had paid", "The firm", "refused to reveal"},
		{"The mayor hoped to explain why the budget had grown.", "why the budget had grown", "The mayor", "hoped to explain"},
		{"The chief declined to concede that not all of the wells were safe.", "that not all of the wells were safe", "The chief", "declined to concede"},
		// Must not fire: a plain infinitive, a reporting verb with no
		// clause after it, a verb that neither says nor knows.
		{"The council vowed to finish the bridge by May.", "to finish the bridge by May", "The council", "vowed"},
		{"The spokesman declined to comment.", "to comment", "The spokesman", "declined"},
		{"The chairman wanted to learn a little of the ledger.", "to learn a little of the ledger", "The chairman", "wanted"},
		{"The team pledged to build what the town needed.", "to build what the town needed", "The team", "pledged"},
		// A demonstrative "that" opens no clause.
		{"The clerk declined to clarify that rule for the jurors.", "to clarify that rule for the jurors", "The clerk", "declined"},
	})
}

// TestCausativeObject: the object of a causative verb ("led", "forced",
// "left", …) right before "to" and a report cue is that report's speaker.
func TestCausativeObject(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"named object", "The audit led Mara Oduya to announce her departure.",
			[][2]string{{"her departure", "Mara Oduya"}}},
		{"titled object", "Two defeats will force Rep. Tomas Ek to acknowledge a grim choice.",
			[][2]string{{"a grim choice", "Rep. Tomas Ek"}}},
		{"lone quantifier", "The outage left many to wonder whether the grid was safe.",
			[][2]string{{"whether the grid was safe", "many"}}},
		// Must not fire: the infinitive is no report, or the verb is not
		// causative.
		{"no report verb", "The flood forced the villagers to leave their farms.", nil},
		{"purpose infinitive", "He left the choir to join a rival band.", nil},
		{"not causative", "The mayor hired Lena Fisk to announce the results.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestNegatedInfinitiveFrame covers a frame verb before "not to": it
// takes its infinitive entry as before "to" ("plans not to raise …"
// reads as "plans to raise …" does).
func TestNegatedInfinitiveFrame(t *testing.T) {
	checkCueCases(t, []cueCase{
		{`The harbor board plans not to raise the tolls on small boats.`, "not to raise the tolls on small boats", "The harbor board", "plans"},
		{`The harbor board plans to raise the tolls on small boats.`, "to raise the tolls on small boats", "The harbor board", "plans"},
	})
}
