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

// TestCallOut covers the phrasal "call out" of public rebuke in its four
// forms: the one rebuked opens the content; without an object ("called
// out sick", "calling out for …") it reports nothing.
func TestCallOut(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		want, notWant              []string
	}{
		{
			name:    "called out with an auxiliary and adverb",
			text:    `The mayor has repeatedly called out the harbor board.`,
			quote:   "the harbor board",
			mention: "The mayor",
		},
		{
			name:    "calls out a named rival",
			text:    `Holm calls out Brill for the toll hike.`,
			quote:   "Brill for the toll hike",
			mention: "Holm",
		},
		{
			name:    "call out after a modal",
			text:    `The guild will call out the ferry company.`,
			quote:   "the ferry company",
			mention: "The guild",
		},
		{
			name:    "called out sick is an absence",
			text:    `The ferry captain called out sick on Monday.`,
			notWant: []string{"sick", "sick on Monday"},
		},
		{
			name:    "calling out for something has no one rebuked",
			text:    `The rowers were calling out for help from the dock.`,
			notWant: []string{"for help from the dock", "help from the dock"},
		},
		{
			name:    "called out of retirement",
			text:    `The old pilot was called out of retirement last spring.`,
			notWant: []string{"of retirement last spring", "retirement last spring"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}

// TestAdvocacyForTime checks that "for" with a length or count of time
// after an advocacy verb is no content: it says how long or how often.
func TestAdvocacyForTime(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"a count of times",
			"The aldermen will vote for the fourth time on Thursday.",
			"the fourth time on Thursday", ""},
		{"months",
			"Parents have been lobbying for months without an answer.",
			"months without an answer", ""},
		{"weeks",
			"The nurses press for weeks on end.",
			"weeks on end", ""},
		{"what was asked",
			"Parents have been lobbying for a second crossing guard.",
			"a second crossing guard", "Parents"},
	})
}
