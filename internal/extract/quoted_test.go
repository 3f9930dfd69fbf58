package extract

import "testing"

// TestQuotedKinds covers layouts of direct and mixed quotes: each case
// lists the quote texts wanted (in order); "" accepts any text.
func TestQuotedMentions(t *testing.T) {
	// mention is the source wanted for the quote at index i.
	cases := []struct {
		name, in string
		i        int
		mention  string
	}{
		{"according to after the cue", "“The levee will hold,” Ann Hale said, according to the county newsletter.", 0, "the county newsletter"},
		{"participle after a nested report", "The engineers met.\n\nAnn Hale told them that Tom Roe skips the hearings, calling him a “part-time engineer.”", 1, "Ann Hale"},
		{"place list in an opening phrase", "Speaking at a rally in Salem, Oregon, Ann Hale went after Tom Roe, calling him “a part-time engineer.”", 0, "Ann Hale"},
		{"who after an apposition", "Ann Hale met Tom Roe, the county engineer, who said the levee was “in good shape.”", 0, "who"},
		{"noun in -ly before the cue", "“The levee will hold,” the Hale family said.", 0, "the Hale family"},
		{"poll respondents speak through the poll", "In a county poll released Sunday, 40 percent of voters said the levee was “a waste of money.”", 0, "a county poll released Sunday"},
		{"but and a second predicate", "Ann Hale, who spoke to the mayors, did not name the engineer but told them that the levee was “in good shape.”", 0, "Ann Hale"},
		{"relative clause on a common noun", "The complaint, which was filed in county court, alleged that the levee “was never inspected.”", 0, "The complaint"}, // the which-clause holds a cue: trimRelMentions
		{"surname ending in -ing", "“The levee will hold,” Fleming said.", 0, "Fleming"},
		{"surname ending in -ing after the cue", "“The levee will hold,” said Fleming.", 0, "Fleming"},
		{"apposition between dashes", "Ann Hale — a teacher from Salem — says the levee is “in good shape.”", 0, "Ann Hale — a teacher from Salem —"},
		{"relative clause after an opening phrase", "One engineer, who like others spoke on the condition of anonymity, said the levee was “in good shape.”", 0, "One engineer"},
		{"participle clause after an opening phrase", "A county official, speaking on the condition of anonymity, said the levee was “in good shape.”", 0, "A county official"},
		{"apposition between double hyphens", "Ann Hale -- a teacher from Salem -- says the levee is “in good shape.”", 0, "Ann Hale -- a teacher from Salem --"},
		{"who clause", "“The levee will hold,” said Ann Hale, who added that the worst was over.", 0, "Ann Hale"},
		{"relative pronoun before a that clause with quoted words", "The mayor met a young engineer who promises that the levee will be “in good shape” by May.", 0, "who"},
		{"second predicate with quoted words further on", "Ann Hale called the vote “a levee election” and likened it to old campaigns where people had to “stand up and be counted.”", 1, "Ann Hale"},
		{"closing quotation after an earlier report", "At the gate, a clerk asked for a permit and Ann Hale said, “the levee will hold this spring.”", 1, "Ann Hale"},
		{"aside between cue and closing quotation", "When a man shouted, “Dam it,” Tom Roe joked, again using his best drawl, “The levee will hold till doomsday.”", 1, "Tom Roe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if len(r.Quotes) <= c.i || r.Quotes[c.i].Mention == nil || r.Quotes[c.i].Mention.Text != c.mention {
				t.Fatalf("quote %d mention: got %+v, want %q", c.i, r.Quotes, c.mention)
			}
		})
	}
}

func TestQuotedKinds(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"venue runs on past a possessive", "“The storm is over and the roads are open again,” she said in her weekly address that evening.",
			[]string{"“The storm is over and the roads are open again,”"}},
		{"venue then that", "Rita Vale said in her weekly address that the roads were open.",
			[]string{"that the roads were open"}},
		{"report after a quoted sentence end", "Dan Roe said the count was \"going very well.\" He noted that turnout was high.",
			[]string{"the count was \"going very well.\"", "that turnout was high"}},
		{"state abbreviation in a party tag", "“The levee will hold,” said Rep. Ann Hale (D-S.C.), a member of the flood panel. “We checked it twice.”",
			[]string{"“The levee will hold,” said Rep. Ann Hale (D-S.C.), a member of the flood panel. “We checked it twice.”"}},
		{"missing space after a full stop", "“The levee will hold,” Ann Hale said.Hale added that the crews were ready.",
			[]string{"“The levee will hold,”", "that the crews were ready"}},
		{"role with a prepositional phrase", "“The levee will hold,” said a longtime adviser to the governor.",
			[]string{"“The levee will hold,”"}},
		{"named apposition before a cue phrase", "“The levee will hold,” Ann Hale, the county engineer, said in an interview of the flood.",
			[]string{"“The levee will hold,”"}},
		{"quoted show title in a leading venue", "Sunday on Channel Four’s “Morning Desk,” Ann Hale said the levee would be a “very tough wall.”",
			[]string{"the levee would be a “very tough wall.”"}},
		{"aside between cue and closing quotation", "When a man shouted, “Dam it,” Tom Roe joked, again using his best drawl, “The levee will hold till doomsday.”",
			[]string{"“Dam it,”", "“The levee will hold till doomsday.”"}},
		{"chanted words end at their quotation", "As the mayor spoke, the crowd chanted “Fix the levee!” as it had all week.",
			[]string{"“Fix the levee!”"}},
		{"relative that in the circumstance after the cue", "\"The levee will hold this spring,\" Ann Hale told reporters after the meeting that was held on a boat.",
			[]string{"\"The levee will hold this spring,\""}},
		{"quoted sentence before a new quotation", "Ann Hale said, \"I take responsibility.\" She followed that by saying, \"The levee will hold this spring.\"",
			// "followed that by saying, …" is the saying's own report, once (quoteAfterLead).
			[]string{"\"I take responsibility.\"", "\"The levee will hold this spring.\""}},
		{"embedded quotation ends its sentence", "Ann Hale said the levee has “held up so well.” She praised the crews for their work.",
			[]string{"the levee has “held up so well.”", ""}},
		{"narration stops a paragraph continuation", "“We will rebuild the levee,” Ann Hale said. She then turned to the crowd.\n\n“Who is going to pay for all of it?”",
			[]string{"“We will rebuild the levee,”"}},
		{"paragraph continuation", "“We will rebuild the levee,” Ann Hale said.\n\n“The work starts in the spring.”",
			[]string{"“We will rebuild the levee,” Ann Hale said.\n\n“The work starts in the spring.”"}},
		{"according to after an inner attribution", "“The levee will hold,” Ann Hale said, according to the county newsletter.",
			[]string{"“The levee will hold,” Ann Hale said"}},
		{"object of a cue phrase before a quotation", "Ann Hale said of the county engineer: “He never checked the levee.”",
			[]string{"“He never checked the levee.”"}},
		{"lead connective before a head quotation", "Still, Ann Hale added, “we need a taller levee.”",
			[]string{"“we need a taller levee.”"}},
		{"hearer between cue and quotation", "Ann Hale then asked the cheering volunteers, “Who built this levee?”",
			[]string{"“Who built this levee?”"}},
		{"phrase between cue and quotation", "Ann Hale added about the levee: “It has held through three storms.”",
			[]string{"“It has held through three storms.”"}},
		{"venue phrase between cue and quotation", "Ann Hale said in an op-ed piece before the vote, “The levee has held through three storms.”",
			[]string{"“The levee has held through three storms.”"}},
		{"name and colon", "The engineers disagreed.\n\nAnn Hale: “The levee has held through three storms.”",
			[]string{"“The levee has held through three storms.”"}},
		{"subject, verb and colon", "Ann Hale has since apologized for the delay: “We should have started the work in May.”",
			[]string{"“We should have started the work in May.”"}},
		{"time phrase between subject and cue", "The county board less than two weeks ago said the levee was “perfectly safe.”",
			[]string{"the levee was “perfectly safe.”"}},
		{"adverb between subject and cue", "Hale however said the levee was “perfectly safe.”",
			[]string{"the levee was “perfectly safe.”"}},
		{"leading phrase, then cue and quotation", "On Monday on Channel Four, Hale said “local crews” must finish the levee.",
			[]string{"“local crews” must finish the levee"}},
		{"relative clause on the source", "“The levee will hold,” said Ann Hale, the county engineer, who added that the “worst is over.”",
			[]string{"“The levee will hold,”", "that the “worst is over.”"}},
		{"party tag then apposition", "Rep. Ann Hale (D-Md.), chair of the flood panel, said that the levee was “in good shape.”",
			[]string{"that the levee was “in good shape.”"}},
		{"state abbreviation as apposition", "Sen. Ann Hale, R-Ky., told reporters that the levee was “in good shape.”",
			[]string{"that the levee was “in good shape.”"}},
		{"description with a postmodifier before the name", "Another engineer on the flood panel, Ann Hale, said the levee was “in good shape.”",
			[]string{"the levee was “in good shape.”"}},
		{"hearer then a bare clause", "Ann Hale told a news conference they are “nearly done” with the levee.",
			[]string{"they are “nearly done” with the levee"}},
		{"question before the cue", "Asked why she had yet to sign during an appearance on “Morning Desk,” Ann Hale said she had not “seen the final plan.”",
			[]string{"", "she had not “seen the final plan.”"}},
		{"participle after an impression", "Ann Hale seemed impressed with the plan, telling reporters, “We need a taller levee.”",
			[]string{"", "“We need a taller levee.”"}},
		{"participle after a denied impression", "Ann Hale did not seem impressed with the plan, telling reporters, “We need a taller levee.”",
			[]string{"“We need a taller levee.”"}},
		{"naming verb stops at its quoted name", "Ann Hale called the engineer a “true hero” and the crowd cheered for a long time.",
			[]string{"the engineer a “true hero”"}},
		{"participle naming verb", "Ann Hale praised the crews, calling them “true heroes” (although some came late).",
			[]string{"", "them “true heroes”"}},
		{"colon quotation after another attribution", "“The levee held,” Ann Hale said before adding: “We were lucky this time.”",
			[]string{"“The levee held,”", "“We were lucky this time.”"}},
		{"question before a colon quotation", "When asked why, Ann Hale replied in an email: “The levee held through three storms.”",
			[]string{"“The levee held through three storms.”"}},
		{"split around said of", "“The crews were fast,” she said of the engineers, “and they never stopped.”",
			[]string{"“The crews were fast,” she said of the engineers, “and they never stopped.”"}},
		{"split after a connective", "“The crews were fast,” Ann Hale said. But “the levee still needs work.”",
			[]string{"“The crews were fast,” Ann Hale said. But “the levee still needs work.”"}},
		{"infinitive quotation after a venue", "Ann Hale tells her supporters at a county rally to “go to the levee and vote.”",
			[]string{"to “go to the levee and vote.”"}},
		{"object characterised as a quotation", "Ann Hale openly admires the engineer as a “strong leader,” comparing him to her father.",
			[]string{"the engineer as a “strong leader,”"}},
		{"long circumstance before that", "Ann Hale said Thursday during a town hall in Salem, Oregon, that the levee was “in good shape.”",
			[]string{"that the levee was “in good shape.”"}},
		{"relative clause after a preposition", "Hale gave an interview in which she stated that the levee was “in good shape.”",
			[]string{"that the levee was “in good shape.”"}},
		{"rare lexicon verb before that", "The county campaign projects that the levee will cost “a fraction of a percent” of the budget.",
			[]string{"that the levee will cost “a fraction of a percent” of the budget"}},
		{"show title in an apposition", "Ann Hale, host of the radio program “Morning Desk,” thanked the crews for their work on the levee.",
			[]string{"the crews for their work on the levee"}},
		{"hearer in the cue phrase, then a bare clause", "Ann Hale told reporters the levee was “in good shape.”",
			[]string{"the levee was “in good shape.”"}},
		{"hearer name, then a determiner clause", "Ann Hale told host Tom Roe a new levee is “the only way.”",
			[]string{"a new levee is “the only way.”"}},
		{"weak cue with a quotation in its object", "The county board pushed a plan for “a stronger levee by the spring.”",
			[]string{"a plan for “a stronger levee by the spring.”"}},
		{"weak cue without a quotation", "The county board pushed a plan for a stronger levee by the spring.",
			nil},
		{"lower-case title after capitalised employer", "“Rates will rise,” Acme Freight shipping analyst Jo Tate said at a recent industry event.",
			[]string{"“Rates will rise,”"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if len(r.Quotes) != len(c.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(r.Quotes), len(c.want), r.Quotes)
			}
			for i, w := range c.want {
				if w != "" && r.Quotes[i].Text != w {
					t.Errorf("quote %d: %q, want %q", i, r.Quotes[i].Text, w)
				}
			}
		})
	}
}
