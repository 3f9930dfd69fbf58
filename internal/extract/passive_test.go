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
			if !hasContentFrom(r, c.content, c.source) {
				t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
			}
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
	checkCueCases(t, []cueCase{
		{"It has been reported that at least 40 people died.", "that at least 40 people died", "", "has been reported"},
		{"It has been suggested that the vote could be delayed.", "that the vote could be delayed", "", "has been suggested"},
		{"It had been feared that the ferry sank.", "that the ferry sank", "", "had been feared"},
		{"It was reported that the minister had resigned.", "that the minister had resigned", "", "was reported"},
	})
	checkNoAttr(t, []string{
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

// TestPassiveSubject checks that a passive cue's subject opens the
// content and no source is given, except for feelings, hearers and an
// empty "it"; an agent after "by" is the source and leaves the content.
func TestPassiveSubject(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    string
		wantSrc string // "" for no source
	}{
		{"named", "The engineer was named the new director of the port.",
			"The engineer was named the new director of the port", ""},
		{"said to", "Two of the coaches are said to be weighing a move to Denver.",
			"Two of the coaches are said to be weighing a move to Denver", ""},
		{"state of mind keeps its source", "The farmers were convinced that the dam would fail.",
			"that the dam would fail", "The farmers"},
		{"hearer keeps its source", "The farmers were told that the dam would fail.",
			"that the dam would fail", "The farmers"},
		{"agent after by", "The engineer was confirmed as the new director of the port by the mayor.",
			"The engineer was confirmed as the new director of the port", "the mayor"},
		{"a measure after by is no agent", "The engineer was named the new director of the port by a wide margin.",
			"the new director of the port by a wide margin", "The engineer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text != c.want {
					continue
				}
				src := ""
				if q.Mention != nil {
					src = q.Mention.Text
				}
				if src != c.wantSrc {
					t.Errorf("source %q, want %q", src, c.wantSrc)
				}
				return
			}
			t.Errorf("missing %q; got %v", c.want, keys(contents(r)))
		})
	}
}

// TestPassiveInsideCue checks passives whose participle stands inside
// the cue phrase, and adverbs that only look like participles.
func TestPassiveInsideCue(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"best known for", "The bakery is best known for selling rye bread at dawn.",
			"The bakery is best known for selling rye bread at dawn"},
		{"even is no participle", "Mayor Ruiz is even thinking about opening the pool in winter.",
			"opening the pool in winter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := contents(extractBody(t, c.in))
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}

// TestPassiveAgentJudgement checks that an agent after a passive stops
// before the "as" or "for" that opens the judgement it made.
func TestPassiveAgentJudgement(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"as after the agent", "The ferry plan was praised by the harbor council as a bold step.",
			"The ferry plan", "the harbor council"},
		{"a share runs to the clause end", "The ferry plan was rejected by 61 percent of those voting in our county.",
			"The ferry plan", "61 percent of those voting in our county"},
	})
}

// TestUnsourcedPassiveAgent checks that a passive report read with its
// subject as content takes the agent after its own "by" as source and
// ends before it, a hearer phrase ("to us") in between; while a "by"
// that belongs to a later participle, an infinitive or a second
// predicate, or that heads no speaker, gives none.
func TestUnsourcedPassiveAgent(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"agent after a predicate", "Eels are considered unclean by members of two island clans.",
			"Eels are considered unclean", "members of two island clans"},
		{"agent after a hearer", "The details were described to us by a harbor official.",
			"The details were described to us", "a harbor official"},
		{"an infinitive's by", "The ferry is expected to be sold by the spring.",
			"The ferry is expected to be sold by the spring", ""},
		{"a second predicate's by", "The levy is widely known — and often mocked by dockhands.",
			"The levy is widely known", ""},
	})
}
