package extract

import "testing"

// TestQuoteTailRareCue checks a quotation closed by its own comma,
// question or exclamation mark and followed by a subject with a
// postmodifier and a rarer cue that ends the clause ("“…,” a placard on
// the fence reads."): the closing mark stands in for the cue's weak
// precision.
func TestQuoteTailRareCue(t *testing.T) {
	cases := []quoteMentionCase{
		{"reads after comma", "“Keep out of the water until further notice,” a placard on the fence reads.",
			"“Keep out of the water until further notice,”", "a placard on the fence"},
		{"reads after exclamation", "“Closed for the season!” a chalkboard at the cafe reads.",
			"“Closed for the season!”", "a chalkboard at the cafe"},
	}
	checkQuoteMentions(t, cases)
	// Not a subject (a preposition opens it), a participle, or a verb
	// whose clause goes on after it.
	none := []noContentCase{
		{"preposition opens", "“Keep out,” among those posted near the lake reads.", "“Keep out,”"},
		{"participle", "“Keep out of the water,” one of the guards reading it.", "“Keep out of the water,”"},
		{"clause goes on", "“Keep out of the water,” a placard beside the lake reads the warning aloud.", "“Keep out of the water,”"},
	}
	checkNoContents(t, none)
}

// TestTailVerbNewSentence checks that a quotation ending in a question or
// exclamation mark and followed by a capitalised opener ("The", "A",
// "Her") is no report of a quoteTailVerbs verb: the opener starts a
// sentence of its own, where a report would go on in lower case.
func TestTailVerbNewSentence(t *testing.T) {
	none := []noContentCase{
		{"goes on, the", "“Is it over?” The show goes on for another hour.", "“Is it over?”"},
		{"continues, the", "“Is that all?” The column continues in the next issue.", "“Is that all?”"},
		{"continues, page", "“Who won?” The story continues on page six.", "“Who won?”"},
	}
	checkNoContents(t, none)
	q := quoteWhere(t, "Headline\n\n“Can anyone stop it?” the anchor pressed.", "“Can anyone stop it?”", false)
	if got := mentionText(q); got != "the anchor" {
		t.Errorf("mention %q, want %q", got, "the anchor")
	}
}

// TestQuoteTailVerbs checks verbs that report a quotation only where they
// close it (quoteTailVerbs): after “…,” and a short subject, or inverted
// right after the closing mark with a determiner opening the subject.
func TestQuoteTailVerbs(t *testing.T) {
	cases := []quoteMentionCase{
		{"states after subject", "“Every vote in this county matters,” the flyer states.",
			"“Every vote in this county matters,”", "the flyer"},
		{"went on, question", "“Why would we wait?” Okafor went on, ignoring the clock.",
			"“Why would we wait?”", "Okafor"},
		{"went on, interrupted", "\"The bridge needs work,\" she went on. \"We cannot put it off again.\"",
			"\"The bridge needs work,\" she went on. \"We cannot put it off again.\"", "she"},
		{"pressed after question", "“Will the plant reopen next spring?” the host pressed.",
			"“Will the plant reopen next spring?”", "the host"},
		{"inverted begins", "''Please keep the aisles clear,'' begins a notice taped to the door.",
			"''Please keep the aisles clear,''", "a notice taped to the door"},
		{"state with venue", "“The river is safe for swimming,” the inspectors state in their report.",
			"“The river is safe for swimming,”", "the inspectors"},
		// "state" as a modifier leaves the mention to "said".
		{"state as modifier", "“We will fix it,” state Sen. Ida Rowe said on Friday.",
			"“We will fix it,”", "state Sen. Ida Rowe"},
	}
	checkQuoteMentions(t, cases)

	// Where they must not fire: a noun, a title closed by a full stop, a
	// title with no report after it.
	none := []noContentCase{
		{"states as noun", "He toured “Hamilton,” the states he loved most.", "“Hamilton,”"},
		{"full stop inside", "“I enjoyed the first act.” The show continues until May.", "“I enjoyed the first act.”"},
		{"title, no comma", "The musical “Hamilton” continues at the theater.", "“Hamilton”"},
		{"goes on with object", "The anthem, “Stand Tall,” goes on for four minutes.", "“Stand Tall,”"},
		{"continues with object", "“Oklahoma!,” the revival, continues its run downtown.", "“Oklahoma!,”"},
		{"reads as a comparison", "The memoir, “Open Fields,” reads like a diary.", "“Open Fields,”"},
		{"cry then goes on", "The shout of “Not again!” goes on.", "“Not again!”"},
	}
	checkNoContents(t, none)
}
