package extract

import "testing"

// TestClosingParticipleSubject checks the subject a participle closing the sentence takes
// when the sentence opens with a place phrase, and subjects that open
// with a count, or a time span before "after".
func TestClosingParticipleSubject(t *testing.T) {
	checkMentions(t, []mentionCase{
		// placeOpeners: a place phrase before the subject's comma
		{"place phrase with a determiner", "Intro.\n\nOutside the ferry terminal, the workers gathered at dawn, chanting \"pay us now.\"",
			"pay us now", "the workers"},
		{"place phrase with a name", "Intro.\n\nInside Marlow Hall, the tenants waited for hours, saying the heating had failed.",
			"the heating had failed", "the tenants"},
		{"place word modifying the subject", "Intro.\n\nOutside donors spent heavily on the levy, saying the vote was winnable.",
			"the vote was winnable", "Outside donors"},
		// countedSubjectEnd: a subject that opens with a count
		{"approximate count after a place phrase", "Intro.\n\nAcross the valley, about 40 farmers met on Friday, warning that the frost had ruined the crop.",
			"that the frost had ruined the crop", "about 40 farmers"},
		{"counted crowd", "Intro.\n\nHundreds of cyclists rode past the depot, chanting \"open the bridge.\"",
			"open the bridge", "Hundreds of cyclists"},
		{"approximator without a count", "Intro.\n\nOutside the depot, some workers waited for an hour, saying the bus was late.",
			"the bus was late", "some workers"},
		// gerund: a time span before the participle is no subject
		{"time span before after", "Intro.\n\nA week after declaring his support for the tram line, Vela still thinks that the fares are too high.",
			"his support for the tram line", "Vela"},
		{"subject before a time span", "Intro.\n\nMayor Tom Okafor spoke for one hour, warning that the ferry needs new funds.",
			"that the ferry needs new funds", "Mayor Tom Okafor"},
	})
}
