package extract

import "testing"

// TestRoleNounSubjects: a subject named only by its role ("the coach",
// "a firefighter") reports the second verb of "… and said …" even when
// PolNeAR never used that noun for a source.
func TestRoleNounSubjects(t *testing.T) {
	checkMentions(t, []mentionCase{
		{name: "coach", in: "The coach praised the defense and said the fee was fair.",
			content: "the fee was fair", mention: "The coach"},
		{name: "plural role", in: "The farmers lost their crop and said the rain came too late.",
			content: "the rain came too late", mention: "The farmers"},
		{name: "relation", in: "Her grandmother smiled and said the war was long ago.",
			content: "the war was long ago", mention: "Her grandmother"},
		{name: "not the possessive", in: "The investor sold his shares and warned that prices would fall.",
			content: "that prices would fall", mention: "The investor"},
		{name: "indefinite", in: "A firefighter reached the roof and said the blaze was out.",
			content: "the blaze was out", mention: "A firefighter"},
	})
}
