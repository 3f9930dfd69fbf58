package extract

import "testing"

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
