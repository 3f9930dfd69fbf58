package extract

import "testing"

// TestObjverbs covers the tails of a reporting verb's object that belong
// to the report itself: a go-between, the terms of anonymity, and what
// follows a bare "to comment".
func TestObjverbs(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
		noSource                   bool
	}{
		{
			name:    "declined to comment then a comma and a participle",
			text:    `The ferry company declined to comment, hoping to calm the rowers.`,
			quote:   "to comment",
			mention: "The ferry company",
			notWant: []string{"to comment, hoping to calm the rowers"},
		},
		{
			name:    "declined to comment and a new clause with its own report",
			text:    `A clerk for the guild declined to comment and the mayor later said the dock would close.`,
			quote:   "to comment",
			mention: "A clerk for the guild",
		},
		{
			name:    "refused to respond before but",
			text:    `The harbor office refused to respond but the boatmen kept rowing all night.`,
			quote:   "to respond",
			mention: "The harbor office",
		},
		{
			name:    "denied through a lawyer",
			text:    `The harbor master denied the smuggling claims through his lawyer.`,
			quote:   "the smuggling claims",
			mention: "The harbor master",
			notWant: []string{"the smuggling claims through his lawyer"},
		},
		{
			name:    "confirmed on condition of anonymity",
			text:    `A dock clerk confirmed the late tally on condition of anonymity, since the board had not met.`,
			quote:   "the late tally",
			mention: "A dock clerk",
		},
		{
			name:    "through a period is no go-between",
			text:    `The mayor denied the toll rise through the winter.`,
			quote:   "the toll rise through the winter",
			mention: "The mayor",
		},
		{
			name:    "time measure before a subordinator closes the report at the comma",
			text:    `Two weeks before the guild announced the merger, Brill sold his shares.`,
			quote:   "the merger",
			mention: "the guild",
			notWant: []string{"the merger, Brill sold his shares"},
		},
		{
			name:    "time noun opening a clause closes the report at the comma",
			text:    `At the moment Holm announced her toll plan last spring, Brill was sailing home.`,
			quote:   "her toll plan last spring",
			mention: "Holm",
		},
		{
			name:    "every time opens a clause",
			text:    `Every time Holm praised the ferry, Brill laughed at her.`,
			quote:   "the ferry",
			mention: "Holm",
		},
		{
			name:    "a time noun with its own object phrase is no clause opener",
			text:    `The time of the vote, Holm announced, would be noon.`,
			notWant: []string{"the vote"},
		},
		{
			name:    "refusal with nothing after the infinitive",
			text:    `Asked about the toll, Holm declined to speculate.`,
			quote:   "to speculate",
			mention: "Holm",
		},
		{
			name:    "refusal phrase before a preposition",
			text:    `The guild has declined to speculate on any second ferry line.`,
			quote:   "to speculate on any second ferry line",
			mention: "The guild",
		},
		{
			name:    "refusal phrase with a short object",
			text:    `Brill refused to comment on those tolls.`,
			quote:   "to comment on those tolls",
			mention: "Brill",
		},
		{
			name:    "an infinitive after a noun is no refusal",
			text:    `The refusal to comment on the tolls angered the rowers.`,
			notWant: []string{"to comment on the tolls"},
		},
		{
			name:    "a naming participle after an inner indefinite phrase names, no one speaks",
			text:    `The suit brought by a former ferry clerk named Ada Holm says the guild lied.`,
			notWant: []string{"Ada Holm says the guild lied"},
		},
		{
			name:    "a subject that names someone still reports",
			text:    `The guild named Holm as its new harbor chief.`,
			quote:   "Holm as its new harbor chief",
			mention: "The guild",
		},
		{
			name:     "announced as a participle after its noun with a weekday",
			text:     `A large ferry deal announced Monday would double the fleet.`,
			quote:    "A large ferry deal",
			noSource: true,
		},
		{
			name:     "announced set off by commas with a weekday",
			text:     `The tentative toll deal, announced Friday, will run until spring.`,
			quote:    "The tentative toll deal",
			noSource: true,
		},
		{
			name:     "rejected as a participle after its noun with a weekday",
			text:     `The harbor plan rejected on Tuesday would have closed the dock.`,
			quote:    "The harbor plan",
			noSource: true,
		},
		{
			name:    "a finite announced with a weekday keeps its subject as source",
			text:    `The guild announced Monday a new toll.`,
			notWant: []string{"The guild"},
		},
		{
			name:    "passive judgement with its agent and charge is one content",
			text:    `Holm has been criticized by several of her rivals for failing to mend the dock.`,
			quote:   "Holm has been criticized by several of her rivals for failing to mend the dock",
			mention: "several of her rivals",
		},
		{
			name:    "relative passive accusation with its agent",
			text:    `The guild, which was accused by the mayor of hiding losses, met today.`,
			quote:   "which was accused by the mayor of hiding losses",
			mention: "the mayor",
		},
		{
			name:    "a measure after by is no agent",
			text:    `Holm was criticized by a wide margin for raising the toll.`,
			notWant: []string{"Holm was criticized by a wide margin for raising the toll"},
		},
		{
			name:    "to comment on a topic keeps its object",
			text:    `Brill has declined to comment about ferry strikes.`,
			notWant: []string{"to comment"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			switch {
			case c.noSource:
				checkUnsourced(t, c.text, c.quote)
			case c.quote != "":
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// TestObjectEndsBeforeModalPredicate checks that an object ends before
// "and" with a modal verb phrase, the subject's second predicate, also
// after "more than that", whose "that" opens no relative clause; a
// relative clause keeps its own "and would …".
func TestObjectEndsBeforeModalPredicate(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"and will after a comparative",
			"The ferry chief had asked for much more than that and must now court each dock owner in the bay.",
			"had asked for", "much more than that"},
		{"and will after a plain object",
			"The ferry chief had asked for a quick vote and would now court each dock owner in the bay.",
			"had asked for", "a quick vote"},
		{"and would inside a relative clause",
			"The ferry chief praised the levy that would fix the docks and would lower fares.",
			"praised", "the levy that would fix the docks and would lower fares"},
	})
}
