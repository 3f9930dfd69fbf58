package extract

import "testing"

// TestPassiveByClause checks passives with their agent: the subject is
// the content, the agent after "by" the source.
func TestPassiveByClause(t *testing.T) {
	cases := []struct {
		name, in, content, source string
	}{
		{"counted group agent", "The school levy was rejected by nearly 58 percent of county residents.", "The school levy", "nearly 58 percent of county residents"},
		{"lexicon cue ending in by", "The bill was backed by the union.", "The bill", "the union"},
		{"aux chain and adverb", "The report has been widely shared by party officials.", "The report", "party officials"},
		{"asked by, question after the agent", "The chief was asked by a journalist whether the school would close.", "whether the school would close", "a journalist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text == c.content && q.Mention != nil && q.Mention.Text == c.source {
					return
				}
			}
			t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
		})
	}
}

// TestPassiveFamily checks passives of judging and labelling verbs: the
// clause around the cue is the content, with no source.
func TestPassiveFamily(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"aux chain before seen as",
			"A younger pastor might be seen as a fresh start for the parish.",
			[]string{"A younger pastor might be seen as a fresh start for the parish"}, nil},
		{"adverbs before viewed as",
			"Her first two novels have almost always been viewed as minor works.",
			[]string{"Her first two novels have almost always been viewed as minor works"}, nil},
		{"relative who is known for",
			"The board hired a lawyer who is known for her blunt style.",
			[]string{"who is known for her blunt style"}, nil},
		{"charged with",
			"Two aides were charged with leaking the budget.",
			[]string{"Two aides were charged with leaking the budget"}, nil},
		{"subject set off by commas",
			"Two towns on the coast, Avon and Bly, are widely seen as safe seats.",
			[]string{"Two towns on the coast, Avon and Bly, are widely seen as safe seats"}, nil},
		{"content ends at a comma",
			"The tunnel had always been seen as a risk to the old harbor wall, at least until the engineers tested it.",
			[]string{"The tunnel had always been seen as a risk to the old harbor wall"}, nil},
		{"a later by belongs to the inner clause",
			"Two trustees are said to be pressing the dean to abide by the vote.",
			[]string{"Two trustees are said to be pressing the dean to abide by the vote"}, nil},
		{"perception, not judgement",
			"The senator was seen leaving the hotel at dawn.",
			nil, []string{"The senator was seen leaving the hotel at dawn"}},
		{"infinitive passive",
			"It is yet to be seen as a test whether the plan will hold.",
			nil, []string{"It is yet to be seen as a test whether the plan will hold"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestHedgeSubject checks a hedging adverb: the clause, subject
// included, is the content and has no source, unless a speech verb
// follows the adverb.
func TestHedgeSubject(t *testing.T) {
	cases := []struct {
		name, in, content string
		source            bool
	}{
		{"reportedly before a verb of action", "The council is reportedly planning a vote on the new stadium.", "The council is reportedly planning a vote on the new stadium", false},
		{"without be", "The council reportedly plans a vote on the new stadium.", "The council reportedly plans a vote on the new stadium", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text == c.content && (q.Mention != nil) == c.source {
					return
				}
			}
			t.Errorf("no content %q (source %v) in %+v", c.content, c.source, r.Quotes)
		})
	}
}

// TestThatSubject checks "that" right before a passive cue's auxiliaries:
// it is the clause's subject and opens the content; a complementizer
// "that" and a raising verb's relative do not.
func TestThatSubject(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"relative before is expected",
			"The council approved a levy that is expected to raise four million dollars next year.",
			[]string{"that is expected to raise four million dollars next year"}, nil},
		{"demonstrative before was long seen as",
			"That was long seen as a safe seat for the party.",
			[]string{"That was long seen as a safe seat for the party"}, nil},
		{"complementizer stays outside the passive",
			"The mayor said that the bridge is expected to reopen in May.",
			[]string{"that the bridge is expected to reopen in May"}, []string{"that"}},
		{"raising verb, no passive",
			"Residents live in a town that seems cut off from its neighbours.",
			nil, []string{"that seems cut off from its neighbours"}},
		{"non-report passive",
			"The ferry that was sold to a private firm last winter sank in March.",
			nil, []string{"that was sold to a private firm last winter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestPerfectPassiveIt checks that an expletive "it" before a
// perfect passive ("It has been reported that …") reports its clause with
// no source, as the simple passive does.
func TestPerfectPassiveIt(t *testing.T) {
	checkProbe17(t, []probe17Case{
		{"It has been reported that at least 40 people died.", "that at least 40 people died", "", "has been reported"},
		{"It has been suggested that the vote could be delayed.", "that the vote could be delayed", "", "has been suggested"},
		{"It had been feared that the ferry sank.", "that the ferry sank", "", "had been feared"},
		{"It was reported that the minister had resigned.", "that the minister had resigned", "", "was reported"},
	})
	checkProbe17None(t, []string{
		"It has been raining since Monday.",
		"It has been closed since the flood.",
		"It should be stressed that our bridge is old.",
		"The tender, it had been lodged weeks earlier, was lost in the post.",
	})
}

// TestPassiveAgentBeforeInfinitive checks that a counted or plain agent
// after "by" ends before "to be" or "to have", which open what the agent
// judged, where the mention ran on over the infinitive; a "to" of the
// agent's own ("a vote of 5 to 4") is not cut at.
func TestPassiveAgentBeforeInfinitive(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"to be", "The tram depot is considered by welders to be unsafe.",
			"The tram depot", "welders"},
		{"to have", "The depot chief is believed by clerks to have resigned.",
			"The depot chief", "clerks"},
	})
}
