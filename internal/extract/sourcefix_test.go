package extract

import "testing"

// TestObjectVerbRelativeClause checks that a verb like "led" inside a
// relative clause without "who" or "that" does not start the mention:
// the cue is finite, so the whole noun phrase is its subject.
func TestObjectVerbRelativeClause(t *testing.T) {
	checkNotMentions(t, []mentionCase{
		{"led to a place", "The crew Kim led to the harbor said the storm came fast.", "the storm came fast", "to the harbor"},
		{"received with a time", "The letters the office received last month said the fees were unfair.", "the fees were unfair", "last month"},
		{"got to know", "Anyone he got to know says the village is calm.", "the village is calm", "to know"},
		{"led with a time", "The squad he led last spring says the drills were hard.", "the drills were hard", "last spring"},
		{"led into a place", "The riders she led into the valley said the trail was closed.", "the trail was closed", "into the valley"},
	})
	checkFixCases(t, []fixCase{
		{"a non-finite cue keeps the object", "The new rule prompted parents saying the fees were too high.",
			"the fees were too high", "parents", "parents"},
	})
}

// TestOpenerTrimNames checks that a capitalised opener word is trimmed
// only at a clause start before the cue, and that the speaker's name is
// read from the trimmed mention.
func TestOpenerTrimNames(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"name after said", "\"The rent is fair,\" said Soon Ho Park.",
			"The rent is fair", "Soon Ho Park", "Soon Ho Park"},
		{"apposition after said", "\"The rent is fair,\" said Even Carter, a town clerk.",
			"The rent is fair", "Even Carter, a town clerk", "Even Carter"},
		{"sentence opener before a full name", "Surely not. Perhaps Kim Oduya said the rent was fair.",
			"the rent was fair", "Kim Oduya", "Kim Oduya"},
		{"sentence opener before a surname", "Even Oduya said the rent was fair.",
			"the rent was fair", "Oduya", "Oduya"},
	})
	// The resolver drops a leading "Now" from any name (leadStop), so
	// only the mention is checked here.
	checkMentions(t, []mentionCase{
		{"name after according to", "Rents rose again, according to Now Weekly.", "Rents rose again", "Now Weekly"},
	})
}

// TestAgentEndTime checks that the agent of a passive report does not
// run over a time phrase or into a new clause.
func TestAgentEndTime(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"days ago", "The scheme was called \"reckless\" by the governor 12 days ago.",
			"was called", "the governor", "governor"},
		{"apposition then a time", "The scheme was called \"reckless\" by the governor, a Green member, last night.",
			"was called", "the governor", "governor"},
		{"a new clause", "The scheme was called \"reckless\" by the governor and most farmers soon agreed.",
			"was called", "the governor and most farmers", "governor and most farmers"},
		{"a past form after an article stays", "The scheme was called \"reckless\" by the governor and a retired judge.",
			"was called", "the governor and a retired judge", "governor"},
	})
}

// TestContractedPronounName checks that the speaker of a pronoun with a
// contracted verb is resolved as the pronoun, as its mention is.
func TestContractedPronounName(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"we've", "We’ve argued the bridge is unsafe.", "the bridge is unsafe", "We", "We"},
		{"they'd", "They'd argued the bridge is unsafe.", "the bridge is unsafe", "They", "They"},
		{"she'd after a name", "Maria Oduya spoke first. She’d argued the bridge is unsafe.",
			"the bridge is unsafe", "She", "Maria Oduya"},
	})
}
