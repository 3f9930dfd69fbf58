package extract

import "testing"

// TestAdvocacyVerbs covers verbs whose "for" or "on" phrase is the
// content: the subject asks, presses or votes for it, or comments on it.
func TestAdvocacyVerbs(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"modal vote", "Most retirees would vote for the school levy.", "the school levy", "Most retirees", "would vote for"},
		{"past push", "The nurses pushed for a longer lunch break.", "a longer lunch break", "The nurses", "pushed for"},
		{"perfect ask", "Ms. Ortega has asked for a recount in two precincts.", "a recount in two precincts", "Ms. Ortega", "has asked for"},
		{"plural subject", "Dairy farmers push for cheaper feed.", "cheaper feed", "Dairy farmers", "push for"},
		{"negated comment", "Councilman Reyes would not comment on the zoning dispute.", "the zoning dispute", "Councilman Reyes", "would not comment on"},
		{"relative clause", "The ranchers who voted for the plan now regret it.", "the plan", "who", "voted for"},
		{"coordinated", "The clerk resigned, and the board pressed for details.", "details", "the board", "pressed for"},
		{"noun after possessive", "His push for a new stadium stalled in March.", "", "", "push for"},
		{"noun after possessor", "The mayor's vote for the budget surprised few.", "", "", "vote for"},
		{"noun after adjective", "An impassioned call for calm came from the pastor.", "", "", "call for"},
		{"noun after determiner", "Their vote for the budget surprised few.", "", "", "vote for"},
		{"noun plural", "Her comments on the harbor angered fishermen.", "", "", "comments on"},
		{"noun modifier", "Two delegate votes for the motion were lost.", "", "", "votes for"},
		{"name before a plural noun", "Senate votes for the bill were scarce.", "", "", "votes for"},
		{"name before plural comments", "Trump comments on social media drew fire.", "", "", "comments on"},
		{"no object", "The team pressed on regardless.", "", "", "pressed on"},
		{"inside a quotation", "“We would vote for the levy,” Lee said.", "", "", "would vote for"},
	})
}
