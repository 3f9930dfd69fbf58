package extract

import "testing"

// TestRecallLayouts covers the subjects and layouts recall.go adds: each
// case wants exactly these (content, mention) pairs.
func TestRecallLayouts(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string // content text, mention text
	}{
		{"share with modifier", "Some 31 percent said they would stay home.",
			[][2]string{{"they would stay home", "Some 31 percent"}}},
		{"spelled share", "Thirty-two percent say the harbor should close.",
			[][2]string{{"the harbor should close", "Thirty-two percent"}}},
		{"out of ten", "Nearly seven out of 10 say prices are too high.",
			[][2]string{{"prices are too high", "Nearly seven out of 10"}}},
		{"apposition is no content", "Dan Ruiz, a ferry captain, said the crossing was delayed.",
			[][2]string{{"the crossing was delayed", "Dan Ruiz, a ferry captain"}}},
		{"party tag and apposition", "Rep. Ann Lutz (D-Ore.), head of the transport panel, said the bridge would reopen.",
			[][2]string{{"the bridge would reopen", "Rep. Ann Lutz (D-Ore.), head of the transport panel"}}},
		{"aside after common noun", "The ferry company, for its part, said the schedule would change.",
			[][2]string{{"the schedule would change", "The ferry company"}}},
		{"dashed insertion", "Several officials — including two from Oslo — said the harbor was unsafe.",
			[][2]string{{"the harbor was unsafe", "Several officials — including two from Oslo —"}}},
		{"but said", "Olga Berg toured the dam in May but said the repairs would take years.",
			[][2]string{{"the repairs would take years", "Olga Berg"}}},
		{"which relative", "The council passed a levy, which critics said was unfair to small growers.",
			[][2]string{{"which critics said was unfair to small growers", "critics"}}},
		{"opening phrase with relative and aside", "Yet some growers who have farmed the valley for decades, in dry years and wet, said the dam had ruined them.",
			[][2]string{{"the dam had ruined them", "some growers who have farmed the valley for decades, in dry years and wet"}}},
		{"opening phrase with a verb is no subject", "Building that dam is costly, said a panel of engineers.",
			[][2]string{{"Building that dam is costly", "a panel of engineers"}}},
		{"that relative with a past cue", "The strike, which began in May, is one that managers said could close the mill.",
			[][2]string{{"that managers said could close the mill", "managers"}}},
		{"second share after and", "One in three said the ferry was too slow and one in four said it was too dear.",
			[][2]string{{"the ferry was too slow", "One in three"}, {"it was too dear", "one in four"}}},
		{"who says after a comparison", "Most riders said the ferry was too slow, compared with 20 percent who said it was fine.",
			[][2]string{{"the ferry was too slow", "Most riders"}, {"it was fine", "who"}}},
		{"one-word answer", "Seventy percent said yes, but others disagreed.",
			[][2]string{{"yes", "Seventy percent"}}},
		{"relative clause with a second predicate", "The fund backs Lars Moe, who visited the dam in May and said the repairs would take years.",
			[][2]string{{"the repairs would take years", "who"}}},
		{"embedded question", "Lars Moe did not say which towns had agreed to the levy.",
			nil},
		{"quotation inside the subject", "Ivo Lind, citing ''the mood of the valley,'' said the vote could go either way.",
			[][2]string{{"the vote could go either way", "Ivo Lind"}}},
		{"hearer then subject pronoun", "Nils Aho told POLITICO he would run again.",
			[][2]string{{"he would run again", "Nils Aho"}}},
		{"object pronoun hearer", "Nils Aho told me his budget was too small.",
			[][2]string{{"his budget was too small", "Nils Aho"}}},
		{"hearer inside the cue", "Nils Aho told reporters the budget was too small.",
			[][2]string{{"the budget was too small", "Nils Aho"}}},
		{"long according-to source", "According to early counts of ballots cast in the northern districts and reported by the county clerks to the state office, turnout fell by a third.",
			[][2]string{{"turnout fell by a third", "early counts of ballots cast in the northern districts and reported by the county clerks to the state office"}}},
		{"-ing surname", "Back at the office, Sperling said the budget was too small.",
			[][2]string{{"the budget was too small", "Sperling"}}},
		{"with … saying", "Turnout rose, with 40 percent of voters saying the levy had hurt them.",
			[][2]string{{"the levy had hurt them", "40 percent of voters"}}},
		{"report after a closing attribution", "The vote is close, Rita Vale said on Monday, and she said the count would take a week.",
			[][2]string{{"The vote is close", "Rita Vale"}, {"the count would take a week", "she"}}},
		{"this opens the content", "Ivo Lind said this was the last chance to fix the dam.",
			[][2]string{{"this was the last chance to fix the dam", "Ivo Lind"}}},
		{"this week is a time", "The dam will hold, Ivo Lind said this week.",
			[][2]string{{"The dam will hold", "Ivo Lind"}}},
		{"bare plural with modifiers", "But veteran river pilots say the channel is too shallow.",
			[][2]string{{"the channel is too shallow", "veteran river pilots"}}},
		{"where relative", "Ivo Lind spent May in Oslo, where he says the talks went well.",
			[][2]string{{"the talks went well", "he"}}},
		{"time between subject and verb", "The port authority on Friday announced the harbor would close in May.",
			[][2]string{{"the harbor would close in May", "The port authority"}}},
		{"this past week", "The port authority this past week announced the harbor would close in May.",
			[][2]string{{"the harbor would close in May", "The port authority"}}},
		{"as reported by", "As reported by the Harbor Times, pilots found the channel too shallow.",
			[][2]string{{"pilots found the channel too shallow", "the Harbor Times"}}},
		{"quoted title in according-to source", "According to her “clean water” plan, every town gets a filter.",
			[][2]string{{"every town gets a filter", "her “clean water” plan"}}},
		{"according-to in parentheses", "Turnout was high (72 percent voted, according to county records) in May.",
			[][2]string{{"72 percent voted", "county records"}}},
		{"in a poll", "In a Harbor Times poll last month, the mayor had a clear lead.",
			[][2]string{{"the mayor had a clear lead", "a Harbor Times poll"}}},
		{"polls show", "Recent polls show the mayor with a clear lead.",
			[][2]string{{"the mayor with a clear lead", "Recent polls"}}},
		{"participle after a dash", "Ivo Lind changed his vote — saying the levy had grown too large.",
			[][2]string{{"the levy had grown too large", "Ivo Lind"}}},
		{"second verb keeps the plain subject", "Mayor Ann Roe said Friday that the dam held but said the repairs were late.",
			[][2]string{{"that the dam held", "Mayor Ann Roe"}, {"the repairs were late", "Mayor Ann Roe"}}},
		{"postposed phrase npBack misses", "The dam will hold through the winter, people close to the mayor say.",
			[][2]string{{"The dam will hold through the winter", "people close to the mayor"}}},
		{"preposed phrase npBack misses", "Even the keeper of the old lighthouse said the storm had passed.",
			[][2]string{{"the storm had passed", "the keeper of the old lighthouse"}}},
		{"adverb before the verb", "Ivo Lind repeatedly said the levy was unfair.",
			[][2]string{{"the levy was unfair", "Ivo Lind"}}},
		{"in which relative", "It was a year in which most voters said the levy was unfair.",
			[][2]string{{"the levy was unfair", "most voters"}}},
		{"-ly noun as head", "A longtime Vale family ally, Dr. Ana Roe, told reporters that the dam would hold.",
			[][2]string{{"that the dam would hold", "A longtime Vale family ally, Dr. Ana Roe"}}},
		{"aside after an opening participle", "Reached by phone, Ivo Lind — who runs the ferry — said the crossing was closed.",
			[][2]string{{"the crossing was closed", "Ivo Lind"}}}, // a clause aside is no part of the mention (trimDashClauses)
		{"dotted party tag", "Rep. Ann Lutz (R-S.C.) said the bridge would reopen.",
			[][2]string{{"the bridge would reopen", "Rep. Ann Lutz (R-S.C.)"}}},
		{"relative who", "The survey counted fishermen who said the river had dried up.",
			[][2]string{{"the river had dried up", "who"}}},
		{"dated document with modifiers", "A harbor survey of ferry riders last month found that most riders want later sailings.",
			[][2]string{{"that most riders want later sailings", "A harbor survey of ferry riders last month"}}},
		{"document with a participle", "A harbor survey of ferry riders released on Friday showed most riders wanting later sailings.",
			[][2]string{{"most riders wanting later sailings", "A harbor survey of ferry riders released on Friday"}}},
		{"negated report", "The mayor does not believe that the bridge will reopen in May.",
			[][2]string{{"that the bridge will reopen in May", "The mayor"}}},
		{"negated open question", "The mayor did not say which bridges would reopen in May.",
			nil},
		{"contracted auxiliary", "She's predicting that the ferry will run late all summer.",
			[][2]string{{"that the ferry will run late all summer", "She"}}},
		{"counted group", "Many of the ferry pilots fear the channel will silt up again.",
			[][2]string{{"the channel will silt up again", "Many of the ferry pilots"}}},
		{"source head noun with a weak cue", "Port officials hope the dredging can start in May.",
			[][2]string{{"the dredging can start in May", "Port officials"}}},
		{"source head noun before fear", "Campaign aides fear the new ad will backfire with older voters.",
			[][2]string{{"the new ad will backfire with older voters", "Campaign aides"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestTimeOutOfSpeaker: a time between the name and the verb is no part
// of the speaker's name.
func TestTimeOutOfSpeaker(t *testing.T) {
	in := "Headline\n\nIntro.\n\nHarbor chief Ines Varga on Tuesday said that the port would close."
	r := extract(in, Meta{Published: "2025-09-04"})
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != "Ines Varga" {
		t.Fatalf("want one quote by Ines Varga, got %+v", r.Quotes)
	}
}

// TestHeadlineLabels: a headline "Source: claim" is read even when the
// source looks like a dateline or the headline runs on with ";".
func TestHeadlineLabels(t *testing.T) {
	cases := []struct{ in, content, mention string }{
		{"NY Post: Harbor Tolls Will Double.\n\nThe port spoke on Monday.", "Harbor Tolls Will Double", "NY Post"},
		{"Farmers: levy hurts growers; \nA survey of the valley.\n\nThe survey ran in May.", "levy hurts growers", "Farmers"},
	}
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		checkInvariants(t, c.in, r)
		if len(r.Quotes) == 0 || r.Quotes[0].Text != c.content || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != c.mention {
			t.Errorf("%q: want %q by %q, got %+v", c.in, c.content, c.mention, r.Quotes)
		}
	}
}

// TestTagOutOfSpeaker: a party tag is no part of the speaker's name.
func TestTagOutOfSpeaker(t *testing.T) {
	in := "Headline\n\nIntro.\n\nRep. Ann Lutz (R-S.C.) said the bridge would reopen."
	r := extract(in, Meta{Published: "2025-09-04"})
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != "Ann Lutz" {
		t.Fatalf("want one quote by Ann Lutz, got %+v", r.Quotes)
	}
}

// TestRecurringLabels: a panel transcript with labels in ordinary case.
func TestRecurringLabels(t *testing.T) {
	in := "Panel on the harbor.\n\nThe panel met on Monday.\n\nVale: The harbor will reopen in May.\n\nLind: Not before June, I think.\n\nVale: May is the plan."
	r := extract(in, Meta{Published: "2025-09-04"})
	checkInvariants(t, in, r)
	var got []string
	for _, q := range r.Quotes {
		if q.Mention != nil {
			got = append(got, q.Mention.Text+"|"+q.Text)
		}
	}
	want := []string{"Vale|The harbor will reopen in May", "Vale|May is the plan"}
	for _, w := range want {
		found := false
		for _, g := range got {
			if g == w {
				found = true
			}
		}
		if !found {
			t.Errorf("want %q among %q", w, got)
		}
	}
}

// TestRaisingAside: a raising cue after a comma-enclosed aside takes the
// subject before the aside, as PolNeAR marks the whole clause.
func TestRaisingAside(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"relative aside", "The ferry board, which has met weekly since May, is expected to raise fares in June.",
			"The ferry board, which has met weekly since May, is expected to raise fares in June"},
		{"prepositional aside", "The old pier, after years of neglect, seems ready to collapse.",
			"The old pier, after years of neglect, seems ready to collapse"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if len(r.Quotes) != 1 || r.Quotes[0].Text != c.want {
				t.Fatalf("got %+v, want one quote %q", r.Quotes, c.want)
			}
		})
	}
}

// TestPercentShareBack covers a share read back from "percent" when a
// lexicon learned "percent" as a head noun: the number and the quantity
// words before it stay in the phrase.
func TestPercentShareBack(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"About 9 percent said they would stay home.", "About 9 percent"},
		{"Some 30 percent said no.", "Some 30 percent"},
		{"Only 12 percent said yes.", "Only 12 percent"},
		{"But 15 percent said so.", "15 percent"},
	}
	for _, c := range cases {
		for _, learned := range []bool{true} {
			d := newDoc(c.text)
			j := -1
			for k := range d.toks {
				if d.lw(k) == "percent" {
					j = k
				}
			}
			if learned {
				d.toks[j].cls |= wcHeadNoun
			}
			b := d.npBack(j, 0)
			if b < 0 {
				t.Errorf("%q (learned %v): no phrase", c.text, learned)
				continue
			}
			if got := string(d.r[d.toks[b].s:d.toks[j].e]); got != c.want {
				t.Errorf("%q (learned %v): got %q, want %q", c.text, learned, got, c.want)
			}
		}
	}
}
