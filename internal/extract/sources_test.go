package extract

import "testing"

// TestTrailAside checks that an "-ly" adverb aside, or a trailing "via"
// or "about" phrase, ends the source mention, and that titles, estimates
// and relative clauses that look alike keep it whole.
func TestTrailAside(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"lone adverb aside", "Intro.\n\nThe mayor spoke. Okafor, predictably, insisted that the ferry would sail on time.",
			"that the ferry would sail on time", "Okafor"},
		{"adverb and adjective aside", "Intro.\n\nThe board met. Dana Whitlow, visibly annoyed, said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow"},
		{"adverb before a preposition", "Intro.\n\nThe board met. Whitlow, mostly in jest, said the audit was a waste of money.",
			"the audit was a waste of money", "Whitlow"},
		{"via after an apposition", "Intro.\n\n“The dam will hold,” said Priya Nandakumar, an engineer at the county, via email.",
			"The dam will hold", "Priya Nandakumar, an engineer at the county"},
		{"about after an apposition", "Intro.\n\n“The dam will hold,” said Priya Nandakumar, an engineer at the county, about the spring floods.",
			"The dam will hold", "Priya Nandakumar, an engineer at the county"},
		// Must not fire: an adverb opening a title, "about" before a
		// number, an adverb inside a relative clause.
		{"adverb opening a title", "Intro.\n\nThe board met. Dana Whitlow, newly elected treasurer of the county, said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow, newly elected treasurer of the county"},
		{"adverb dating a role", "Intro.\n\nThe board met. Dana Whitlow, formerly at the county treasury, said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow, formerly at the county treasury"},
		{"about before a number", "Intro.\n\n“The dam will hold,” said Priya Nandakumar, who farms about 40 acres near the river.",
			"The dam will hold", "Priya Nandakumar, who farms about 40 acres near the river"},
	})
}

// TestPhotoRefCut checks that a caption's pointer to a picture ends the
// mention, and that a party tag in parentheses stays.
func TestPhotoRefCut(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"pointer after a name", "Intro.\n\nDana Whitlow (left) said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow"},
		{"pointer after a noun", "Intro.\n\nThe board met. A 2019 video (above) shows that the audit was rushed.",
			"that the audit was rushed", "A 2019 video"},
		{"party tag stays", "Intro.\n\nRep. Dana Whitlow (D-Ore.) said the audit was a waste of money.",
			"the audit was a waste of money", "Rep. Dana Whitlow (D-Ore.)"},
	})
}
