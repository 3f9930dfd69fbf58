package extract

import "testing"

// TestPlaceholderSource checks the source of a report whose first-found
// subject is a placeholder the mention drops (lane attrib): it takes the
// subject of the nearest clause with a finite verb, or after an opening
// subordinator the main clause's subject; with no such clause it keeps
// no mention, a real subject is kept, and an expletive "it" before a
// plain cue stays unsaid.
func TestPlaceholderSource(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a bare article gives way to the as-clause subject",
			"The criticism of the old ferry deal comes as Mayor Ilse Brant is leaning on her deputy, praising him at every town meeting.",
			"him at every town meeting", "Mayor Ilse Brant"},
		{"an expletive it gives way to a relative clause's who",
			"It is a rebuke to the clerk who opened his term by declaring that the harbor fees were theft.",
			"that the harbor fees were theft", "who"},
		{"an expletive it gives way to the subject after which",
			"It's a plan to court dock workers on the one issue on which she's to the right of the governor -- taxes -- while stressing to farmers her record on roads.",
			"to farmers her record on roads", "she"},
		{"an opening subordinator gives way to the main subject",
			"Since announcing in May that she would not run again, Councilor Ruth Ames has been a loyal ally of the mayor.",
			"that she would not run again", "Councilor Ruth Ames"},
		{"a real subject is kept",
			"Mayor Ilse Brant is leaning on her deputy, praising him at every town meeting.",
			"him at every town meeting", "Mayor Ilse Brant"},
		{"a bare article before a plain cue gives way to the when-clause subject",
			"The worry grew on Friday when Councilor Ruth Ames mocked the budget and criticized the \"harbor tax\" on every boat.",
			"the \"harbor tax\" on every boat", "Councilor Ruth Ames"},
		{"an expletive it before a plain cue stays unsaid",
			"As the council met on Friday, it was widely reported that the harbor tax would rise.",
			"that the harbor tax would rise", ""},
		{"no clause of its own leaves the placeholder unsaid",
			"It was a long evening on the pier, praising the new ferry schedule at every turn.",
			"the new ferry schedule at every turn", ""},
	})
}
