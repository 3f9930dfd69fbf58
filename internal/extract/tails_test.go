package extract

import "testing"

// TestContentBounds checks where indirect contents end: each case gives
// a sentence and the contents Extract must find in it, exactly.
func TestContentBounds(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"owned claim as the subject", "Mayor Tran's claim that the pier was safe drew scorn from divers.",
			[]string{"that the pier was safe"}},
		{"owned claim with a nested if-clause", "Her claim that the mill would close if rates rose angered the board.",
			[]string{"that the mill would close if rates rose"}},
		{"owned claim before a dash", "Despite his claim that the pier was safe — a view divers never shared — the city shut it.",
			[]string{"that the pier was safe"}},
		{"owned claim after an adverb", "Her claim that she still has a path to victory would need a miracle.",
			[]string{"that she still has a path to victory"}},
		{"owned claim in an opening phrase", "Despite his claims that the pier was safe, divers found cracks.",
			[]string{"that the pier was safe"}},
		{"owned promise as the subject", "His promise to build a wall was popular.",
			[]string{"to build a wall"}},
		{"owned speeches about a noun phrase", "His speeches about the excesses of banks, often fiery, divide the town.",
			[]string{"the excesses of banks"}},
		{"unowned complaints in an opening phrase", "Despite complaints that he is a crusader, Mr. Lee has found ways to win.",
			[]string{"that he is a crusader"}},
		{"asked clause after the cue", "“We will see,” Smith said when asked about reports that the mill would close.",
			[]string{"“We will see,”"}},
		{"contrast inside a said clause", "The mayor said the budget was tight, but the pool would reopen in June.",
			[]string{"the budget was tight, but the pool would reopen in June"}},
		{"second report after but", "The mayor said the budget was tight, but the council blamed the pool.",
			[]string{"the budget was tight", "the pool"}},
		{"clause after a time", "The mayor announced Sunday she will resign after the vote.",
			[]string{"she will resign after the vote"}},
		{"new report after a dash", "The mayor said the pool would reopen — the council said it would not.",
			[]string{"the pool would reopen", "it would not"}},
		{"adverbial clause first", "While the mayor said the budget was balanced, the council found a deficit.",
			[]string{"the budget was balanced"}},
		{"although clause", "Although Smith said that the bridge was safe, engineers closed it on Monday.",
			[]string{"that the bridge was safe"}},
		{"subject relative", "Jones, who says the vote was rigged, said he would appeal the ruling.",
			[]string{"the vote was rigged", "he would appeal the ruling"}},
		{"object relative runs on", "The crowd cheered for Jones, who said the vote was rigged, unfair and late.",
			[]string{"the vote was rigged, unfair and late"}},
		{"second predicate", "The governor said the state was not in a crisis, and urged residents to stay calm.",
			[]string{"the state was not in a crisis"}},
		{"coordinated subject of the content", "The mayor said both he and Rubio promised to fight for it.",
			[]string{"both he and Rubio promised to fight for it"}},
		{"a name and its own cue after and", "At the gate, a clerk asked for a permit and Ana Ruiz said the office was closed.",
			[]string{"a permit", "the office was closed"}},
		{"one-word head", "Taxes, the senator argued, would rise under the plan.",
			[]string{"Taxes, the senator argued, would rise under the plan"}},
		{"aside before that", "The mayor believes, for example, that the tunnel should close.",
			[]string{"that the tunnel should close"}},
		{"hearer pronoun before that", "The chairman assured me that the audit was finished.",
			[]string{"that the audit was finished"}},
		{"title in single marks", "The governor said of his new aide: ‘A Very Good Hire.’ Fans disagree.",
			[]string{"his new aide: ‘A Very Good Hire.’"}},
		{"semicolon", "The treasurer said the fund was solvent; critics doubted the audit.",
			[]string{"the fund was solvent"}},
		{"object then new clause", "The coach praised the defense, and the crowd cheered for ten minutes.",
			[]string{"the defense"}},
		{"noun phrase after a verbless head", "Overall, the coach said, a number of players have improved.",
			[]string{"Overall, the coach said, a number of players have improved"}},
		{"apposition after an inverted source", "The plant will close, said Mr. Lee, a union official.",
			[]string{"The plant will close"}},
		{"currency sign", "The mayor is proposing $40 million for new bridges.",
			[]string{"$40 million for new bridges"}},
		{"case name", "The senator said the court should revisit Smith v. Jones next term.",
			[]string{"the court should revisit Smith v. Jones next term"}},
		{"empty subject of seem", "Late in the evening, it seems the council will approve the budget.",
			[]string{"the council will approve the budget"}},
		{"empty subject of seem as if", "It would seem as if the mayor has given up on the bridge.",
			[]string{"the mayor has given up on the bridge"}},
		{"aside before that", "It's a warning, the mayor said, that the bridge is unsafe.",
			[]string{"It's a warning, the mayor said, that the bridge is unsafe"}},
		{"but clause before according to", "The fund lost money in May, but it recovered in June, according to a county report.",
			[]string{"The fund lost money in May, but it recovered in June"}},
		{"inner report after an object", "The mayor praised the new budget, adding that the city would hire teachers.",
			[]string{"the new budget", "that the city would hire teachers"}},
		{"inner report in a later clause", "The mayor pointed to the budget, smiling as she noted that the city had a surplus.",
			[]string{"that the city had a surplus"}},
		{"year in a venue phrase", "The engineers warned in 2014 that the levee was unsafe.",
			[]string{"that the levee was unsafe"}},
		{"at one point", "The mayor, pressed by reporters, said at one point, “We will rebuild it.”",
			[]string{"“We will rebuild it.”"}},
		{"relative that with a subject gap", "Voters missed a deadline that county officials said passed unnoticed.",
			[]string{"that county officials said passed unnoticed"}},
		{"tail after mid attribution", "The plant closed in May, a union official said, and it will not reopen.",
			[]string{"The plant closed in May, a union official said, and it will not reopen"}},
		{"passive with agent", "The merger was first reported by the Gazette.",
			[]string{"The merger"}},
		{"no inversion with an object verb", "On Tuesday, his wife, Jane, called for an open primary process.",
			[]string{"an open primary process"}},
		{"inverted source", "The budget is balanced, said the mayor.",
			[]string{"The budget is balanced"}},
		{"relative head", "He paid a fine, which he said was not a punishment.",
			[]string{"which he said was not a punishment"}},
		{"hearer then pronoun", "The senator told POLITICO he’ll campaign in Ohio next month.",
			[]string{"he’ll campaign in Ohio next month"}},
		{"asked hearer", "The moderator asked the governor whether he would sign the bill.",
			[]string{"whether he would sign the bill"}},
		{"gerund hearer", "The mayor spoke on Monday, telling reporters that the bridge would reopen.",
			[]string{"that the bridge would reopen"}},
		{"coordinated that clause", "The governor said the state needs a new bridge, but that he would not raise taxes.",
			[]string{"the state needs a new bridge, but that he would not raise taxes"}},
		{"hearer before infinitive", "The council urged the mayor to resign before the vote.",
			[]string{"the mayor to resign before the vote"}},
		{"coordinated verb of the content", "The company says it studied a plant in Ohio and moved to Texas.",
			[]string{"it studied a plant in Ohio and moved to Texas"}},
		{"coordinated cue of the source", "The senator criticized the budget and said the cuts went too far.",
			[]string{"the budget", "the cuts went too far"}},
		{"list item stays", "The mayor said the city repaved roads, cleaned parks, and repaired bridges.",
			[]string{"the city repaved roads, cleaned parks, and repaired bridges"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, nil)
		})
	}
}

// TestSemicolonSeries checks that a clause content whose semicolons join
// a series closed by "; and" runs to the series' end, and that a
// semicolon without the closing "and", one after an object, or one in a
// passive "was said" still ends the content.
func TestSemicolonSeries(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"said with a verb series", "The ferry crews said they had repaired the docks; painted the hulls; and trained new pilots.",
			[]string{"they had repaired the docks; painted the hulls; and trained new pilots"}, nil},
		{"according to with a name series", "According to the harbor schedule, the mayor will speak at noon, along with Ann Bell; Ed Moss; and Cy Hale.",
			[]string{"the mayor will speak at noon, along with Ann Bell; Ed Moss; and Cy Hale"}, nil},
		// must not fire
		{"no closing and", "The ferry crews said they had repaired the docks; the pilots were still in training.",
			[]string{"they had repaired the docks"}, []string{"they had repaired the docks; the pilots were still in training"}},
		{"object before the series", "The captain criticized the budget; the mayor praised it; and the council stayed quiet.",
			nil, []string{"the budget; the mayor praised it; and the council stayed quiet"}},
		{"passive was said", "He was said to have rebuilt the pier; and the council paid him well.",
			nil, []string{"he was said to have rebuilt the pier; and the council paid him well", "to have rebuilt the pier; and the council paid him well"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestPronounTail covers an object pronoun that opens the content with
// a preposition after it: the pronoun is the whole object, the phrase
// after it the narrator's. Names, gerund phrases, a subject "it" with an
// auxiliary and forward cues keep the content whole.
func TestPronounTail(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"her in", "The dock workers backed her in the vote on Friday.",
			[][2]string{{"her", "The dock workers"}}},
		{"it on", "Mayor Lind has opposed it on safety grounds.",
			[][2]string{{"it", "Mayor Lind"}}},
		{"them over", "The fishermen criticized them over the delay.",
			[][2]string{{"them", "The fishermen"}}},
		{"a name stays", "The union criticized Mayor Lind over the delay.",
			[][2]string{{"Mayor Lind over the delay", "The union"}}},
		{"subject it", "The council said it in fact would close the pier.",
			[][2]string{{"it in fact would close the pier", "The council"}}},
		{"forward cue", "The board promised them by early spring.",
			[][2]string{{"them by early spring", "The board"}}},
		{"inside a clause", "The ferry captain said the union backed her in every port.",
			[][2]string{{"the union backed her in every port", "The ferry captain"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestDashClause covers a clause content that a lone dash and a new
// clause with its own subject follow: the narrator goes on there. A pair
// of dashes, quoted words, a list, an indefinite comment and a clause
// after an object's dash keep the content whole.
func TestDashClause(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"and a new subject", "Officials said the pier would reopen on Friday — and the ferry crews will return next week.",
			[][2]string{{"the pier would reopen on Friday", "Officials"}}},
		{"pronoun subject", "Officials said the pier would reopen on Friday — it will be busy.",
			[][2]string{{"the pier would reopen on Friday", "Officials"}}},
		{"spaced hyphen", "Officials said the pier would reopen on Friday - there are ships waiting.",
			[][2]string{{"the pier would reopen on Friday", "Officials"}}},
		{"paired dashes", "The mayor said the pier — the city's oldest — would close in May.",
			[][2]string{{"the pier — the city's oldest — would close in May", "The mayor"}}},
		{"quoted words before", "Lind said the plan was \"a disaster\" — the council disagreed.",
			[][2]string{{"the plan was \"a disaster\" — the council disagreed", "Lind"}}},
		{"a list", "Lind said the harbor needs three things — a new crane, more staff and deeper water.",
			[][2]string{{"the harbor needs three things — a new crane, more staff and deeper water", "Lind"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
