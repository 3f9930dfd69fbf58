package extract

import "testing"

// TestNamingDeterminedObject covers a naming verb whose object is a
// determined noun or a demonstrative before a bare predicate ("called the
// new levy unfair"), a plural or stance predicate ("them rapists",
// "himself pro-business"), the subject shared over "and", and a summary
// appositive after the predicate that stays out of the content.
func TestNamingDeterminedObject(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"determined object", "The harbor master called the new levy unfair.", "the new levy unfair", "The harbor master", "called"},
		{"determined object, noun predicate", "Mayor Ida Fenn called the ferry contract a giveaway.", "the ferry contract a giveaway", "Mayor Ida Fenn", "called"},
		{"plural quality predicate", "The governor called the strikers criminals.", "the strikers criminals", "The governor", "called"},
		{"stance prefix", "Councilman Joe Park called himself pro-business.", "himself pro-business", "Councilman Joe Park", "called"},
		{"coordinated", "Councilwoman Ruth Pell toured the pier and called the repairs unacceptable.", "the repairs unacceptable", "Councilwoman Ruth Pell", "called"},
		{"coordinated reflexive", "Ruth Pell had backed the ferry bond and called herself anti-tax, views she has since dropped.", "herself anti-tax", "Ruth Pell", "called"},
		{"summary appositive", "Ida Fenn called the plan reckless, a charge that the mayor denied.", "the plan reckless", "Ida Fenn", "called"},
		// A call placed: no predicate after the object.
		{"police immediately", "The clerk called the police immediately.", "", "", "called"},
		{"coordinated call", "The clerk visited the pier and called the harbor office.", "", "", "called"},
		{"coordinated call, time", "The clerk visited the pier and called the ferry office on Monday.", "", "", "called"},
		{"coordinated call back", "The clerk visited the pier and called them back.", "", "", "called"},
	})
}

// TestAccordingAfterQuotedComma covers a sentence-final "according to"
// whose long source follows a comma set inside a closing quotation mark:
// the comma still closes the clause, so the source runs to the end.
func TestAccordingAfterQuotedComma(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"curly quote", "The ferry levy cut traffic by a third with “little harm to local trade,” according to a review last spring by auditors at the port.", "The ferry levy cut traffic by a third with “little harm to local trade,”", "a review last spring by auditors at the port", "according to"},
		{"straight quote", "The pier tax raised $2 million with \"no visible effect on tourism,\" according to a survey by two planners at the county.", "The pier tax raised $2 million with \"no visible effect on tourism,\"", "a survey by two planners at the county", "according to"},
		{"comma outside", "The pier tax raised $2 million, according to a survey by two planners at the county.", "The pier tax raised $2 million", "a survey by two planners at the county", "according to"},
	})
}

// TestDepictAs covers a depiction verb with its object and an "as" role
// ("has cast the harbor board as a club for insiders"); an "as" that
// opens a clause of time is no role.
func TestDepictAs(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"cast", "Councilwoman Ruth Pell has cast the harbor board as a club for insiders.", "the harbor board as a club for insiders", "Councilwoman Ruth Pell", "has cast"},
		{"portrays", "Mayor Ida Fenn portrays the levy as a lifeline for the port.", "the levy as a lifeline for the port", "Mayor Ida Fenn", "portrays"},
		{"painted", "The union painted the ferry owners as greedy.", "the ferry owners as greedy", "The union", "painted"},
		{"characterized", "The ferry captain characterized the strike as a lockout.", "the strike as a lockout", "The ferry captain", "characterized"},
		{"presents", "The mayor presents the ferry levy as a fair bargain.", "the ferry levy as a fair bargain", "The mayor", "presents"},
		{"framed", "The council framed the vote as a test of trust.", "the vote as a test of trust", "The council", "framed"},
		{"touted", "Ida Fenn touted the harbor plan as a model for the coast.", "the harbor plan as a model for the coast", "Ida Fenn", "touted"},
		// "as" opening a clause: a time, not a role.
		{"as a clause, presented", "The mayor presented the award as the crowd cheered.", "", "", "presented"},
		{"as a clause", "The crew cast their nets as the tide turned.", "", "", "cast"},
		{"as a clause, depicted", "The museum depicted the founders as the sculptor saw them.", "", "", "depicted"},
		// No "as": a depiction verb alone is no frame of this kind.
		{"no as", "The crew cast their nets at dawn.", "", "", "cast"},
	})
}
