package extract

import "testing"

// TestSubordinateReport: a leading subordinate clause with its own subject
// and reporting verb keeps its words, however the main clause ends.
func TestSubordinateReport(t *testing.T) {
	cases := []struct {
		name, in, want, src string
	}{
		{"when clause", `When the host pointed out that the mayor calls it "a fresh start," the governor laughed at the phrase.`,
			`that the mayor calls it "a fresh start,"`, "the host"},
		{"even as clause", `But even as Smith claimed on Monday that “the audit was clean,” two former auditors said it was not.`,
			`that “the audit was clean,”`, "Smith"},
		{"main clause content stays", `Though the mayor boasts of a surplus, the city is in debt, analysts say.`,
			`the city is in debt`, "analysts"},
		{"coordinated weak cue with a quotation", `The senator praised the plan, and called the mayor "a true partner in this."`,
			`the mayor "a true partner in this."`, "The senator"},
		{"free relative with a naming verb", `The cuts led to what the union called “the worst winter in memory” for the town.`,
			`what the union called “the worst winter in memory”`, "the union"},
		{"free relative naming a quoted modifier and its noun", `The fund holds to what the treasurer called a “slow and steady” strategy for the bonds.`,
			`what the treasurer called a “slow and steady” strategy`, "the treasurer"},
		{"relative whom with a naming verb", `The guards walked beside the marchers, whom she described as “calm,” for two miles.`,
			`whom she described as “calm,”`, "she"},
		{"second named reporter after and", `Ann Roe accuses the board of “hiding the books” and Tom Lee says the audit is late.`,
			`the board of “hiding the books”`, "Ann Roe"},
		{"rare naming verb form with a quoted name", `Neighbors call the old mill the “ghost factory” these days.`,
			`the old mill the “ghost factory” these days`, "Neighbors"},
		// The weekday dates the branding, not the name (contend lane:
		// train cuts "calling it “meritless” … on Monday" the same way).
		{"naming verb missing from the lexicon", `The chairman branded the audit a “witch hunt” on Monday.`,
			`the audit a “witch hunt”`, "The chairman"},
		{"aside between the object and as", `The mayor refers to the chief, who is an old friend, as “the Sheriff.”`,
			`the chief, who is an old friend, as “the Sheriff.”`, "The mayor"},
		{"second named reporter with a quoting participle", `The talks went well, with Ann Roe saying they were fruitful and Tom Lee calling them a “breakthrough.”`,
			`them a “breakthrough.”`, "Tom Lee"},
		{"quoted title in the subject is no inversion", `Lee, host of the show “Morning Talk,” thanked the mayor for “keeping the lights on.”`,
			`the mayor for “keeping the lights on.”`, "Lee, host of the show “Morning Talk,”"},
		{"reason clause with its own report", `The council rejected the plan because they said the fee was a “cash grab.”`,
			`the fee was a “cash grab.”`, "they"},
		{"second quoting verb after and takes the first report's source", `That drew her scorn - she called him “lazy” and said he had “no plan” for the port.`,
			`he had “no plan” for the port`, "she"},
		{"two asides between the object and as", `The mayor remembered the chief, Ann Roe, who retired in May, as “a rock.”`,
			`the chief, Ann Roe, who retired in May, as “a rock.”`, "The mayor"},
		{"middle verb of a series", `The governor has praised the nurses, described the budget as a “shameful mess” and thanked the staff.`,
			`the budget as a “shameful mess”`, "The governor"},
		{"second report after but", `The chairman said that he had not seen the bill, but called it a “fair first draft.”`,
			`it a “fair first draft.”`, "The chairman"},
		{"relative source before a quotation", `The bill won the support of Ann Roe, who declared at the hearing, “This law is long overdue.”`,
			`“This law is long overdue.”`, "who"},
		{"tail with its own report", `“That is not true,” the mayor said after the chief argued that crime had fallen.`,
			`“That is not true,”`, "the mayor"},
		{"participle title before a name", `"We will appeal," said retired judge Ann Roe.`,
			`"We will appeal,"`, "retired judge Ann Roe"},
		{"sender of a document", `After the vote, the union sent out a letter to members saying, “The strike is over.”`,
			`“The strike is over.”`, "the union"},
		{"statement paragraph after a colon", "After the storm, the mayor issued the following statement:\n\n“We will rebuild every home.”\n\nThe council agreed.",
			`“We will rebuild every home.”`, "the mayor"},
		{"bare cue sentence before a quotation", "The professor agreed. \"The vote will be close.\"\n\nThe polls open at seven.",
			`"The vote will be close."`, "The professor"},
		{"present verb phrase before a colon", `The letter goes on to say: “The board will not meet again this year.”`,
			`“The board will not meet again this year.”`, "The letter"},
		{"opening time phrase is no subject", `Two weeks later, she toured the plant and said, “We will keep it open.”`,
			`“We will keep it open.”`, "she"},
		{"modifier before a source head", `The veteran businessman opened with the budget, saying that taxes are “far too high.”`,
			`that taxes are “far too high.”`, "The veteran businessman"},
		{"participle after by", `The mayor answered the critics by saying, “We built the bridge on time.”`,
			`“We built the bridge on time.”`, "The mayor"},
		{"quoted infinitive with be", `The senator promised to "be a loud voice for the farmers" if reelected.`,
			`to "be a loud voice for the farmers" if reelected`, "The senator"},
		{"opening phrase is no content", `On her campaign site, the governor vows to “cut every toll in half.”`,
			`to “cut every toll in half.”`, "the governor"},
		{"short verb ending in -ing after to", `The coach vowed to “bring the trophy home” next spring.`,
			`to “bring the trophy home” next spring`, "The coach"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text == c.want {
					if q.Mention == nil || q.Mention.Text != c.src {
						t.Errorf("%q: source %v, want %q", c.want, q.Mention, c.src)
					}
					return
				}
			}
			var got []string
			for _, q := range r.Quotes {
				got = append(got, q.Text)
			}
			t.Errorf("missing %q; got %q", c.want, got)
		})
	}
}

// TestQuoteTails: a content ends at the narrator's comment after its
// quoted words, not while the speaker is still quoted.
func TestQuoteTails(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"appositive comment", `The mayor said the plan would “cut the deficit” by June, a promise he has made before.`,
			`the plan would “cut the deficit” by June`},
		{"contrast", `The coach said he would bring “a new spirit” to the team but did not name his staff.`,
			`he would bring “a new spirit” to the team`},
		{"coordinated part with quoted words", `The coach said he is pleased with the season and expects a “strong finish” in May.`,
			`he is pleased with the season and expects a “strong finish” in May`},
		{"head continued by a lower-case quotation", `An early vote, the chairman said, “could settle the race by May.”`,
			`An early vote, the chairman said, “could settle the race by May.”`},
		{"participle comment", `The mayor said the budget was “fair to everyone,” meaning that no fees would rise.`,
			`the budget was “fair to everyone,”`},
		{"time after the quotation", `The mayor called the plan a “bold step” during a visit to the harbor.`,
			`the plan a “bold step”`},
		{"split across a long circumstance", `"The vote will be close," the mayor said at a rally in Dover, Del., "but we will win it."`,
			`"The vote will be close," the mayor said at a rally in Dover, Del., "but we will win it."`},
		{"report then a quotation closing the paragraph", "The mayor said that the budget would pass. “We have the votes.”\n\nThe council meets Monday.",
			`that the budget would pass. “We have the votes.”`},
		{"according to after a subordinate clause", `While most files were marked “routine,” according to an official, two were marked “secret” last week.`,
			`two were marked “secret” last week`},
		{"contrast goes on quoting", `The envoy said the monitors would not stand “at the border” but aim to “keep the peace.”`,
			`the monitors would not stand “at the border” but aim to “keep the peace.”`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got []string
			for _, q := range r.Quotes {
				if q.Text == c.want {
					return
				}
				got = append(got, q.Text)
			}
			t.Errorf("missing %q; got %q", c.want, got)
		})
	}
}
