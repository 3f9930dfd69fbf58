package extract

import "testing"

// TestOuterCue checks that a report whose content is a bare clause
// "NP said …" keeps the outer reading (complementSay), while an inner
// "says" after the outer content's own object still takes the words.
func TestOuterCueComplementSay(t *testing.T) {
	checkMentions(t, []mentionCase{
		// complementSay: the inner subject opens the outer content
		{"noted over a named inner say", "Intro.\n\nThe audit noted Mayor Ida Venn said the depot had lost money.",
			"Mayor Ida Venn said the depot had lost money", "The audit"},
		{"shows over a plural inner say", "Intro.\n\nThe survey shows most Dalton voters say the ferry should stay.",
			"most Dalton voters say the ferry should stay", "The survey"},
		// innerSay still reads the inner report after an object of the outer cue
		{"then says after an object", "Intro.\n\nNora Quist offered the cook a job on the spot, then says she will hire more staff.",
			"she will hire more staff", "Nora Quist"},
		// a cue ending in a preposition takes a noun, not a clause
		{"participle with a preposition", "Intro.\n\nA notice posted on the Harbornews site said listings are checked by hand.",
			"listings are checked by hand", "A notice posted on the Harbornews site"},
	})
}
