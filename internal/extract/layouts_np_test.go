package extract

import "testing"

// TestNPObjects covers attributions whose content is the noun phrase a
// cue takes as object. Which participles take one is learned (npgen), so
// the cases use participles the table passes with room to spare.
func TestNPObjects(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"time after object", "Mayor Ann Holt endorsed Carl Diaz on Friday.", "Carl Diaz", "Mayor Ann Holt", "endorsed"},
		{"bare weekday", "The union endorsed Nora Webb Tuesday.", "Nora Webb", "The union", "endorsed"},
		{"poll share", "About two-thirds of the voters support the new school levy.", "the new school levy", "About two-thirds of the voters", "support"},
		{"participle modifier", "Donors gave $2 million to a group backing Senator Paul Reyes.", "Senator Paul Reyes", "a group", "backing"},
		{"relative who", "Farmers who support the tariff plan have met in Ames.", "the tariff plan", "who", "support"},
		{"nested", "The poll found that most farmers support the tariff plan.", "", "", "support"},
		{"venue after object", "Governor Lee praised the rescue crews at a news conference in Dover.", "the rescue crews", "Governor Lee", "praised"},
		{"name list", "The council endorsed Mayor Ann Holt, Judge Carl Diaz and Sheriff Nora Webb on Monday.", "Mayor Ann Holt, Judge Carl Diaz and Sheriff Nora Webb", "The council", "endorsed"},
		{"coordinated participles", "Many held signs supporting the strike or blasting the board.", "the board", "signs", "blasting"},
		{"object after as", "Senator Ray Holt slammed the budget as too timid.", "the budget as too timid", "Senator Ray Holt", "slammed"},
		{"infinitive", "Governor Ray Holt refused to endorse Ann Lee on Friday.", "Ann Lee", "Governor Ray Holt", "refused to endorse"},
		{"noun use", "The mayor thanked residents for their support during the storm.", "", "", "support"},
		{"passive with agent", "Carl Diaz was endorsed by the union.", "Carl Diaz", "the union", "endorsed"},
		{"with circumstance", "The talks ended, with Ana Ruiz backing a new round of sanctions.", "", "", "backing"},
		{"clause object", "The governor and his aides see the deal is done.", "the deal is done", "The governor and his aides", "see"}, // a clause, not the noun "the deal"
	})
}

// TestNPStages checks the variants npgen measures the layout with: off
// (another layout reads "endorsed" without the trim), as learned, and
// every phrase firing ("delivered" is in the lexicon, too seldom right to add
// attributions).
func TestNPStages(t *testing.T) {
	text := "Headline\n\nIntro.\n\nMayor Ann Holt endorsed Carl Diaz on Friday. The auditor delivered a blunt report."
	cues := func(np NPStage) map[string]string {
		got := map[string]string{}
		for _, q := range extractNP(text, Meta{}, np).Quotes {
			if q.Cue != nil {
				got[q.Cue.Text] = q.Text
			}
		}
		return got
	}
	for _, c := range []struct {
		np                  NPStage
		endorsed, delivered string
	}{
		{NPOn, "Carl Diaz", ""},
		{NPOff, "Carl Diaz on Friday", ""},
		{NPLearn, "Carl Diaz", "a blunt report"},
	} {
		got := cues(c.np)
		if got["endorsed"] != c.endorsed || got["delivered"] != c.delivered {
			t.Errorf("stage %d: endorsed %q, delivered %q; want %q, %q", c.np, got["endorsed"], got["delivered"], c.endorsed, c.delivered)
		}
	}
}

// TestNarrowedCueReadings covers the readings the narrowed rules keep: each
// case's cue must give the content and the mention.
func TestNarrowedCueReadings(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		// leadClauseEnd: "More than" opens the subject, not a phrase
		// set off before it.
		{"more than with aside", "More than 300 dockworkers, most of them retired, said the pension cut was unfair.",
			"the pension cut was unfair", "More than 300 dockworkers, most of them retired", "said"},
		{"more than with including", "More than a dozen bakers, including two from Lyon, said the flour tax should go.",
			"the flour tax should go", "More than a dozen bakers, including two from Lyon", "said"},
		// A listed side verb and a named holder after "be" still read.
		{"voted in favor of", "Mayor Ilse Brandt voted in favor of the ferry bond.", "the ferry bond", "Mayor Ilse Brandt", "voted in favor of"},
		{"be with a holder", "Councillor Aldo Pinto is firmly in favor of a citywide curfew.", "a citywide curfew", "Councillor Aldo Pinto", "is firmly in favor of"},
		// A stance noun with an adjective, and "advocate for".
		{"fierce critic", "Ines Marlow is a fierce critic of the quarry plan.", "the quarry plan", "Ines Marlow", "is a fierce critic of"},
		{"advocate for", "Pavel Orr has been a tireless advocate for rural clinics.", "rural clinics", "Pavel Orr", "has been a tireless advocate for"},
		// A plural thought verb after a bare plural subject is a verb.
		{"plural subject fear", "Orchard growers fear the frost will return.", "the frost will return", "Orchard growers", "fear"},
		// A dash aside then "but" and a new subject: the second report
		// stands on its own.
		{"dash but new subject", "The coach feels he owes the fans a title — the season has ended — but his players did see the loss as a lesson.",
			"the loss as a lesson", "his players", "did see"},
	})
}

// TestNarrowedCueLookalikes checks the look-alikes the narrowed rules must leave
// alone: no attribution may have the given content (or, with a cue,
// that cue).
func TestNarrowedCueLookalikes(t *testing.T) {
	for _, c := range []struct{ name, in, content string }{
		// "in favor/support of" after a passive, a reduced relative, an
		// unlisted past tense, a subject holding no view, or a negation.
		{"passive", "The ordinance was shelved in favor of a smaller plan.", "a smaller plan"},
		{"reduced relative", "Medics sent in support of the relief effort flew home.", "the relief effort flew home"},
		{"court ruled", "The tribunal ruled in favor of the growers on Friday.", "the growers"},
		{"tilted", "Markets swung in favor of the euro after the vote.", "the euro"},
		{"odds are", "The odds are in favor of Harlow in the runoff.", "Harlow in the runoff"},
		{"momentum is", "Momentum is in favor of the challenger this month.", "the challenger"},
		{"negated", "The guilds haven't come out in support of Vance.", "Vance"},
		// A stance noun with "for" names an employer or a team; after a
		// noun it names a trade; a cleft has no holder.
		{"critic for", "He is a theater critic for the Ledger.", "the Ledger"},
		{"relative critic for", "Moreau, who is a wine critic for the Gazette, tasted the new vintage.", "the Gazette"},
		{"defender for", "She was a defender for the Hornets until last year.", "the Hornets"},
		{"noun modifier", "Ana Quist is a food critic of some standing.", "some standing"},
		{"cleft", "It is the backers of the bond who will pay.", "the bond who will pay"},
		// A thought word that is a noun, and a fixed phrase.
		{"growing fears", "The rising fears the strike would spread hit the port.", "the strike would spread hit the port"},
		{"lingering worries", "The lingering worries the dam would break kept families away.", "the dam would break kept families away"},
		{"no doubt", "No doubt the mayor will seek a third term.", "the mayor will seek a third term"},
		{"as we know it", "The guild has changed; radio as we know it is finished.", "it is finished"},
		// A regard verb after "and" in a "that" clause: its subject is
		// the clause's, not the sentence's first words.
		{"and in that clause", "Our guess: the board approves the merger and regards it as settled.", "it as settled"},
		// "as far as … are concerned" frames the clause.
		{"as far as", "As far as the growers are concerned the levy is finished.", "the levy is finished"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, q := range extractBody(t, c.in).Quotes {
				if q.Text == c.content {
					t.Fatalf("unexpected attribution of %q (cue %+v, mention %q)", q.Text, q.Cue, mentionText(q))
				}
			}
		})
	}
}

// TestDashButGoesOn checks that a dash aside opened by "but" with
// no new subject stays inside the content.
func TestDashButGoesOn(t *testing.T) {
	checkQuotePairs(t, "The clerk wrote that the crew had painted - but not yet sealed - the north hull.",
		[][2]string{{"that the crew had painted - but not yet sealed - the north hull", "The clerk"}})
}
