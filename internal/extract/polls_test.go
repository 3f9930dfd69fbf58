package extract

import "testing"

// TestPollTail covers a clause stating a standing closed by an "in"
// phrase headed by a named or singled-out poll: the poll is the source,
// the clause before "in" the content. A bare "the polls", a clause with
// no standing, a poll naming the subject's sample and a passive share
// give nothing.
func TestPollTail(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"named poll", "Intro.\n\nMayor Olsen leads the field by 12 points in the Lakeside Gazette poll.",
			[][2]string{{"Mayor Olsen leads the field by 12 points", "the Lakeside Gazette poll"}}},
		{"participle and day", "Intro.\n\nBut the senator slipped to 9 percent in the newest Bayview poll released Friday, a steep drop.",
			[][2]string{{"the senator slipped to 9 percent", "the newest Bayview poll released Friday"}}},
		{"opening phrase and figures", "Intro.\n\nIn April, Ruiz held 31 percent, 25%, in a Metro Herald survey.",
			[][2]string{{"Ruiz held 31 percent, 25%", "a Metro Herald survey"}}},
		{"source from a college", "Intro.\n\nThe governor finished third in a later survey from Pine Valley College.",
			[][2]string{{"The governor finished third", "a later survey from Pine Valley College"}}},
		{"singled-out poll", "Intro.\n\nThe challenger ran second in the same poll.",
			[][2]string{{"The challenger ran second", "the same poll"}}},
		{"second clause after although", "Intro.\n\nRuiz ran third in March polls, although Olsen rose to second in a later survey from Pine Valley College.",
			[][2]string{{"Ruiz ran third", "March polls"}, {"Olsen rose to second", "a later survey from Pine Valley College"}}},
		{"dates after the poll", "Intro.\n\nOlsen led Ruiz by 14 points in a Metro Herald poll Jan. 4-9.",
			[][2]string{{"Olsen led Ruiz by 14 points", "a Metro Herald poll"}}},
		{"fronted concession", "Intro.\n\nThough Olsen is running ahead in Bayview polls, aides concede that the levy could sink him.",
			[][2]string{{"that the levy could sink him", "aides"}}},
		{"bare polls", "Intro.\n\nThe senator has led by wide margins in the polls.", nil},
		{"no standing", "Intro.\n\nThe pastor took part in a Lakeside Gazette poll.", nil},
		{"sample of the subject", "Intro.\n\nAbout 40 percent of farmers in a Lakeside Gazette poll backed the levy.",
			[][2]string{{"the levy", "About 40 percent of farmers in a Lakeside Gazette poll"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
	// A passive share is the agent's reading, never the poll's.
	r := extractBody(t, "Intro.\n\nThe mayor is backed by 41 percent of renters in the Bayview survey.")
	for _, q := range r.Quotes {
		if q.Cue != nil && q.Cue.Text == "in" {
			t.Errorf("passive share read as the poll's finding: %+v", q)
		}
	}
}

// TestPollInSaid covers an opening "In a poll …," whose clause holds a
// speech verb: the whole clause is the poll's finding. A dating aside
// after the poll joins the source.
func TestPollInSaid(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"said inside", "Intro.\n\nIn a Harbor Gazette survey issued Tuesday, 62 percent of nurses said the clinic should stay open.",
			[][2]string{{"62 percent of nurses said the clinic should stay open", "a Harbor Gazette survey issued Tuesday"}}},
		{"aside", "Intro.\n\nIn the latest Bayview poll, conducted May 2-4, the mayor led his rival 48 percent to 40 percent.",
			[][2]string{{"the mayor led his rival 48 percent to 40 percent", "the latest Bayview poll, conducted May 2-4"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
	// A cue taking a "that" clause keeps its own content.
	r := extractBody(t, "Intro.\n\nIn a Harbor Gazette survey issued Tuesday, 62 percent of nurses accepted that the clinic must close.")
	if len(r.Quotes) != 1 || r.Quotes[0].Text != "that the clinic must close" {
		t.Errorf("want the accepted clause alone, got %+v", r.Quotes)
	}
}

// TestDocSubject covers a report verb after a document subject with a
// modifier: the whole phrase is the source, and "show" after a place
// name is still the verb.
func TestDocSubject(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"place after polls", "Intro.\n\nPolls in North Dakota show the two ferry levies are tied.",
			[][2]string{{"the two ferry levies are tied", "Polls in North Dakota"}}},
		{"there after surveys", "Intro.\n\nSurveys there show the mayor is losing ground among renters.",
			[][2]string{{"the mayor is losing ground among renters", "Surveys there"}}},
		{"noun show", "Intro.\n\nThe Harbor Hour show aired twice in May.", nil},
		{"share says inside", "Intro.\n\nA Bayview poll shows 61% of renters say the levy is too high.",
			[][2]string{{"61% of renters say the levy is too high", "A Bayview poll"}}},
		{"with polls showing", "Intro.\n\nThe levy vote is close, with polls showing the mayor's lead having vanished.",
			[][2]string{{"the mayor's lead having vanished", "polls"}}},
		{"colon before a poll's finding", "Intro.\n\nEarly surveys show renters turning on the levy: A Bayview College poll last week found the mayor trailing.",
			[][2]string{{"renters turning on the levy", "Early surveys"}, {"the mayor trailing", "A Bayview College poll last week"}}},
		{"with a rival urging", "Intro.\n\nThe levy vote is close, with the mayor urging calm.", nil},
		{"counted share says inside", "Intro.\n\nSurveys show as many as 20 percent of the mayor's donors say they will stay home.",
			[][2]string{{"as many as 20 percent of the mayor's donors say they will stay home", "Surveys"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestWithShareAccording covers "…, with N percent of X doing Y,
// according to a poll": the poll vouches for the counted "with" phrase.
// A change in a figure is no share, and the clause stays whole.
func TestWithShareAccording(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"share with a gerund", "Intro.\n\nThe levy trails badly, with 58 percent of renters opposing it, according to a Bayview poll.",
			[][2]string{{"58 percent of renters opposing it", "a Bayview poll"}}},
		{"a change in a figure", "Intro.\n\nFerry fares rose in May, with diesel costs climbing 4 percent to a record, according to the harbor board.",
			[][2]string{{"Ferry fares rose in May, with diesel costs climbing 4 percent to a record", "the harbor board"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
