package extract

import "testing"

// TestAgreeConcernedWith covers "agree with" among the stance verbs and
// "concerned with" among the attitude adjectives: the object of "with"
// is the content, the subject the source. A "concerned with" on a noun
// names a topic, not a stance, and is left alone.
func TestAgreeConcernedWith(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"agreed with", "The harbor pilots agreed with the ferry captain.", "the ferry captain", "The harbor pilots", "agreed with"},
		{"negated agree", "Several growers did not fully agree with the levy.", "the levy", "Several growers", "did not fully agree with"},
		{"was concerned with", "Most pilots were deeply concerned with the dredging plan.", "the dredging plan", "Most pilots", "were deeply concerned with"},
		{"concerned with before than", "The council was less concerned with the toll than with the ferry schedule.", "the toll", "The council", "was less concerned with"},
		{"concerned with on a noun", "A treaty concerned with fishing rights was signed.", "", "", "concerned with"},
		{"concerned with in an aside", "The council, concerned with the toll, delayed the vote.", "", "", "concerned with"},
		{"agreeing opens the sentence", "Agreeing with the mayor, the pilots dropped the suit.", "", "", "Agreeing with"},
		{"in a quotation", "“We agree with the quota,” Ortega said.", "", "", "agree with"},
	})
}

// TestAttitudeInfinitive covers a stance verb after "to": the cue takes
// in "to" and the holder is the subject of the governing verb, as for
// "to talk about". A "to vote for" is left alone: the frame ("rules
// require delegates to vote for …") seldom says whose vote it is.
func TestAttitudeInfinitive(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"to call for", "Ruiz used his speech to call for a new harbor.", "a new harbor", "Ruiz", "used his speech to call for"},
		{"to comment on", "The mayor came to comment on the budget.", "the budget", "The mayor", "to comment on"},
		{"to vote for", "The harbor charter obliges each pilot to vote for a harbor master.", "", "", "to vote for"},
		{"vote for after to", "The harbor charter obliges each pilot to vote for a harbor master.", "", "", "vote for"},
	})
}
