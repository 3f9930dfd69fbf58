package extract

import "testing"

// TestBareObjectSource checks that the object of a verb taking a bare
// infinitive ("let me say", "hearing him say", "make me wary of") is the
// source of the report after it, and that a relative clause holding such
// a verb before a finite cue leaves the subject whole.
func TestBareObjectSource(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"let opens the sentence", "Let me just say that the ferry was late.",
			"the ferry was late", "me"},
		{"hearing opens the subject", "But hearing him say it twice gave the words weight.",
			"it", "him"},
		{"help after a conjunct", "A loss could hurt Bell and help Ann Moss cast the race as a duel.",
			"the race as a duel", "Ann Moss"},
		{"pronoun object after a long subject", "The delays in the past make me wary of this ferry.",
			"this ferry", "me"},
		// must not fire
		{"relative clause before a finite cue", "Voters who saw the ad say the ferry is late.",
			"the ferry is late", "Voters who saw the ad"},
		{"object relative before a finite cue", "Riders who heard the captain said the ferry was late.",
			"the ferry was late", "Riders who heard the captain"},
		{"verb with an object before a finite cue", "The people we watch say the ferry is late.",
			"the ferry is late", "The people we watch"},
	})
}
