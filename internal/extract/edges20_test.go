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

// TestPluralContactSubject checks that a contact clause's subject with a
// plural head ("the place Pentagon officials say", "the reason growing
// numbers have voted for") is the source without the head noun before
// it, and that a plural that does not run into the cue leaves the
// mention alone.
func TestPluralContactSubject(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"name before a plural", "The pier is now the place harbor officials say the ferry might dock.",
			"the ferry might dock", "harbor officials"},
		{"modifier before a plural", "That is the reason growing numbers have voted for Ann Bell.",
			"Ann Bell", "growing numbers"},
		{"auxiliary before the cue", "It is the place Navy planners have said the ships could wait.",
			"the ships could wait", "Navy planners"},
		// must not fire
		{"plural after a determiner", "That is the reason many voters say they will stay home.",
			"they will stay home", "many voters"},
		{"plural that does not run into the cue", "The reason party leaders gave for the delay was weak, Ann Bell said.",
			"The reason party leaders gave for the delay was weak", "Ann Bell"},
	})
}

// TestVerbTailCut checks that a catenative, linking or light verb left
// at the end of a subject before its complement cue leaves the mention,
// and that a verb followed by more of its clause stays.
func TestVerbTailCut(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"confess to being", "Both Ann Bell and Ed Moss confess to being nervous about the ferry vote.",
			"the ferry vote", "Both Ann Bell and Ed Moss"},
		{"negated linking verb", "Ed Moss didn’t seem particularly impressed with the ferry plan.",
			"the ferry plan", "Ed Moss"},
		{"linking verb", "Many riders remain skeptical of the ferry plan.",
			"the ferry plan", "Many riders"},
		// must not fire
		{"relative clause before a finite cue", "Riders who remain in town say the ferry is late.",
			"the ferry is late", "Riders who remain in town"},
		{"verb with an object before the cue", "Riders made the point that the ferry was late.",
			"the ferry was late", "Riders"},
	})
}
