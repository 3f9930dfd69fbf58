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
