package extract

import "testing"

// TestMentionOpeners checks that an adverb or linking word opening the
// clause stays out of the subject's mention.
func TestMentionOpeners(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"then before a name", "Intro.\n\nThe vote came late, and then Ed Moss said the levy was unfair.",
			"the levy was unfair", "Ed Moss"},
		{"ever since", "Intro.\n\nEver since Ann Lee announced that the pier would close.",
			"that the pier would close", "Ann Lee"},
		{"a name with no opener keeps its start", "Intro.\n\nEd Moss insisted that the toll must go.",
			"that the toll must go", "Ed Moss"},
	})
}

// TestAccordingDash checks that a spaced dash ends the source of
// "according to".
func TestAccordingDash(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"hyphen after the source", "Intro.\n\nRents rose 4 percent, according to the Lake Institute - a sharp jump from last year.",
			"Rents rose 4 percent", "the Lake Institute"},
		{"no dash keeps the phrase", "Intro.\n\nRents rose 4 percent, according to the Lake Institute.",
			"Rents rose 4 percent", "the Lake Institute"},
	})
}

// TestContractedPronoun checks that a verb contracted onto a pronoun
// source stays out of the mention.
func TestContractedPronoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"they're", "Intro.\n\nThey’re saying the toll is too high.", "the toll is too high", "They"},
		{"I've", "Intro.\n\nI've said the toll is too high.", "the toll is too high", "I"},
		{"plain pronoun", "Intro.\n\nWe said the toll is too high.", "the toll is too high", "We"},
	})
}

// TestDanglingMention checks a mention that a nominal cue left without
// its head noun: the possessor stays, a bare article phrase goes.
func TestDanglingMention(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"possessor stays", "Intro.\n\nGovernor Kim Oduya’s new plan to sell the ferry angered the crew.", "Governor Kim Oduya’s"},
		{"possessive pronoun stays", "Intro.\n\nThe board gathered on Sunday to draft its own preferred slate of candidates.", "its"},
		{"article phrase goes", "Intro.\n\nThe new plan to sell the ferry angered the crew.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{})
			if len(r.Quotes) != 1 {
				t.Fatalf("%d quotes, want 1", len(r.Quotes))
			}
			got := ""
			if m := r.Quotes[0].Mention; m != nil {
				got = m.Text
			}
			if got != c.want {
				t.Errorf("mention %q, want %q", got, c.want)
			}
		})
	}
}

// TestObjectVerbMention checks that the object of a verb like "led" or
// "got" is the mention of the report it introduces.
func TestObjectVerbMention(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"led to declare", "Intro.\n\nThe upset led union boss Kim Oduya to declare the strike over.",
			"the strike over", "union boss Kim Oduya"},
		{"got talking", "Intro.\n\nThe storm got residents talking about the new dam.",
			"the new dam", "residents"},
		{"led by stays", "Intro.\n\nA panel led by Ann Lee said that the race was over.",
			"that the race was over", "A panel led by Ann Lee"},
	})
}

// TestPassiveAgentEnd checks that the agent of a passive report runs to
// the end of its clause over appositions and conjuncts, but not over a
// complement of the verb.
func TestPassiveAgentEnd(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"conjunct", "Intro.\n\nThe ferry sale was opposed by the governor and union leaders across the state.",
			"The ferry sale", "the governor and union leaders across the state"},
		{"apposition", "Intro.\n\nThe ferry sale was opposed by Kim Oduya, a former judge of the high court.",
			"The ferry sale", "Kim Oduya, a former judge of the high court"},
		{"relative clause stays out", "Intro.\n\nThe toll was criticized by the mayor and the council, who voted against it.",
			"The toll", "the mayor and the council"},
		{"a complement stays out", "Intro.\n\nThe toll was criticized by Ann Lee for its cost.",
			"The toll", "Ann Lee"},
	})
}

// TestAccordingClauseEnd checks that the source of "according to" at
// the end of a sentence runs to it.
func TestAccordingClauseEnd(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"participle", "Intro.\n\nCrime fell 3 percent according to a state health survey published Tuesday.",
			"Crime fell 3 percent", "a state health survey published Tuesday"},
		{"comma ends it", "Intro.\n\nThe mayor leads, according to a Lake College poll, by six points.",
			"The mayor leads", "a Lake College poll"},
	})
}

// TestSubjectHeadEnd checks that a sentence subject shared by a later
// participle cue runs to its head noun before the clause's verb.
func TestSubjectHeadEnd(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"of phrase", "Intro.\n\nScores of pro-union dockworkers rallied outside the port on Friday, insisting that pay must rise.",
			"that pay must rise", "Scores of pro-union dockworkers"},
		{"a time word stops it", "Intro.\n\nAnn Lee last week backed the levy, saying that it was fair.",
			"that it was fair", "Ann Lee"},
	})
}

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

// TestBareObjectCut: a mention that has run over a past tense verb and its
// bare object (a plural noun, a name or "it") ends before the verb; a
// participle or adjective that modifies the head stays in it.
func TestBareObjectCut(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"plural object", "The agency planted fake stories alleging that the vaccine was dangerous.", "that the vaccine was dangerous", "The agency"},
		{"plural object before a comma", "The mayor met survivors, saying the city would rebuild.", "the city would rebuild", "The mayor"},
		{"pronoun object", "The chairman left it mostly to aides on Monday to praise the merger.", "the merger", "The chairman"},
		{"pronoun object, participle", "The chairman left it to his aides to defend the merger, praising their work.", "their work", "The chairman"},
		// Must not fire: the word after the participle is no object, or the
		// participle sorts the head's class.
		{"group participle", "Republican registered voters say the economy is weak.", "the economy is weak", "Republican registered voters"},
		{"group participle after an adjective", "Democratic elected officials warned that the plan would fail.", "that the plan would fail", "Democratic elected officials"},
		{"participle and a day", "A poll released Monday shows the mayor ahead.", "the mayor ahead", "A poll released Monday"},
		{"participle and a day, said", "A memo circulated Tuesday said the plant would close.", "the plant would close", "A memo circulated Tuesday"},
		{"naming participle", "A farmer named Ruth Olsen said the drought was the worst in years.", "the drought was the worst in years", "A farmer named Ruth Olsen"},
		{"adverb before the participle", "The newly elected mayor said the budget was balanced.", "the budget was balanced", "The newly elected mayor"},
		{"possessor before the participle", "The union's continued pressure shows the contract is weak.", "the contract is weak", "The union's continued pressure"},
		{"compound modifier without its hyphen", "State owned companies said the levy was unfair.", "the levy was unfair", "State owned companies"},
		{"compound modifier after a name", "Harvard trained economists warned that the levy would fail.", "that the levy would fail", "Harvard trained economists"},
	})
}
