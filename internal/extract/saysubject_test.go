package extract

import "testing"

// TestSubjectBeforeSay: a word the lexicon knows as a cue ("witnesses",
// "critics") that stands right before a verb of saying is that verb's
// subject; the report is the verb's.
func TestSubjectBeforeSay(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"noun cue subject of said",
			"The witnesses said the bus had left early.",
			"the bus had left early", "The witnesses"},
		{"noun cue subject of told",
			"Two witnesses told reporters the bus had left early.",
			"the bus had left early", "Two witnesses"},
		{"no reading of the noun",
			"Two witnesses told reporters the bus had left early.",
			"told reporters the bus had left early", ""},
		{"said after a say verb is no subject",
			"She said said words mean little.",
			"said words mean little", "She"},
	})
}

// TestBarePluralHearer: after "told", a bare plural hearer ends where a
// determiner opens the reported clause; a determiner after "all" or
// "both" stays in the hearer.
func TestBarePluralHearer(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"bare plural hearer",
			"Mayor Ruiz told commuters the tunnel would reopen by June.",
			"the tunnel would reopen by June", "Mayor Ruiz"},
		{"compound hearer",
			"Ruiz told transit officers the tunnel would reopen by June.",
			"the tunnel would reopen by June", "Ruiz"},
		{"predeterminer keeps the hearer",
			"Ruiz told all the commuters the tunnel would reopen by June.",
			"the tunnel would reopen by June", "Ruiz"},
		{"hearer not in content",
			"Ruiz told commuters the tunnel would reopen by June.",
			"commuters the tunnel would reopen by June", ""},
	})
}

// TestRelativeObjectIt: "it" after a relative clause's verb is its object;
// the subject of the cue is the whole phrase.
func TestRelativeObjectIt(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"object it",
			"Neighbours who filmed it said the van never slowed down.",
			"the van never slowed down", "Neighbours who filmed it"},
		{"subject it stays",
			"The agency reviewed the claim and it said the van never slowed down.",
			"the van never slowed down", "it"},
	})
}

// TestTellVerbClause: after a tell-type verb, a noun phrase followed by an
// auxiliary is the subject of the reported clause, not a hearer.
func TestTellVerbClause(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"warned without that",
			"The auditor warned the reserve would run dry within a year.",
			"the reserve would run dry within a year", "The auditor"},
		{"reminded with a hearer",
			"Okafor reminded donors the reserve had run dry twice.",
			"the reserve had run dry twice", "Okafor"},
		{"determiner subject of a past cue",
			"Several witnesses reported seeing a grey van near the depot.",
			"seeing a grey van near the depot", "Several witnesses"},
	})
}
