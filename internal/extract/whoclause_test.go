package extract

import "testing"

// TestWhoClauseClose checks that a report inside a non-restrictive "who"
// clause ends where the clause closes before the sentence's main verb,
// but not at a comma that comes before the verb of its "that" clause.
func TestWhoClauseClose(t *testing.T) {
	cases := []struct {
		name, in, content string
	}{
		{"comma inside a closing quotation mark",
			"Ms. Harlow, who has called the tax plan “a slow disaster,” defended her own budget on Friday.",
			"the tax plan “a slow disaster,”"},
		{"adverb before the main verb",
			"Ms. Harlow, who has called the tax plan “a slow disaster,” clearly intended the speech as a rebuke.",
			"the tax plan “a slow disaster,”"},
		{"a dash closes a dashed clause",
			"Lina Moss - who had long said she would retire early - announced after practice that this season was her last.",
			"she would retire early"},
		{"comma before a past main verb",
			"Records suggest that Voss, who has bragged about his friendship with the harbor chief, won most of the dock contracts.",
			"his friendship with the harbor chief"},
		{"a that clause still missing its verb stays open",
			"Ms. Voss, who argued that the “night ferries,” crowded every evening, should run later, lost the vote in March.",
			"that the “night ferries,” crowded every evening"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWhoSource(t, c.in, c.content, "") })
	}
}

// TestWhoClauseKeep checks commas the clip leaves alone: one before no
// predicate, and an aside inside a "that" clause whose verb follows it.
func TestWhoClauseKeep(t *testing.T) {
	f := &finder{}
	for _, c := range []struct {
		in   string
		open bool
	}{
		{"Voss, who argued that the ferries, and the night boats above all, should run later, lost.", true},
		{"Voss, who argued that the ferries should run later, lost.", false},
	} {
		d := &doc{}
		d.load(c.in)
		f.d = d
		h := 4 // "that"
		i := h
		for !d.is(i, ",") {
			i++
		}
		if got := f.openClause(h, i); got != c.open {
			t.Errorf("%q: openClause = %v, want %v", c.in, got, c.open)
		}
	}
}

// TestWhoAttitudes checks a restrictive "who" whose verb holds a belief,
// a feeling, a wish or a side: the pronoun is the source, the object or
// clause after the verb the content, cut before the main verb when the
// clause stands in the subject.
func TestWhoAttitudes(t *testing.T) {
	cases := []struct {
		name, in, content, cue string
	}{
		{"a side", "The council heard from growers who oppose the new harbor levy.", "the new harbor levy", "oppose"},
		{"a wish", "The council heard from parents who want longer school days.", "longer school days", "want"},
		{"a wish with an infinitive", "The board met with skippers who want to reopen the north pier.", "to reopen the north pier", "want"},
		{"the main verb ends it", "Those who favor a longer fishing season outnumbered the skeptics at the meeting.", "a longer fishing season", "favor"},
		{"a second verb ends it", "The mayor thanked volunteers who backed the ferry plan and stayed late.", "the ferry plan", "backed"},
		{"a feeling", "Turnout fell among anglers who felt ignored by the council.", "ignored by the council", "felt"},
		{"a fear with a clause", "The plan drew letters from residents who fear the mill will close.", "the mill will close", "fear"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWhoSource(t, c.in, c.content, c.cue) })
	}
}

// TestWhoAttitudesNot checks "who" clauses whose pronoun stays no source
// of an attitude: inside a quotation, a poll's share, a passive or
// copula, a vote, an aside in a speaker's mention, acquaintance, the
// object of another cue, a belief clause in the subject, and a raising
// verb.
func TestWhoAttitudesNot(t *testing.T) {
	checkNoWhoSource(t,
		"“There are anglers who oppose the levy,” the mayor said.",
		"Some 45 percent who oppose the levy live inland.",
		"The council heard from skippers who were feared lost in the storm.",
		"The council heard from farmers who voted against the levy.",
		"“It will pass,” said Ann Lee, a grower who backed the levy.",
		"The council heard from visitors who know the island well.",
		"The mayor criticized anglers who oppose the levy.",
		"Anglers who fear the levy will pass stayed home.",
		"The council heard from workers who seemed tired after the storm.",
	)
}

// checkWhoSource wants a quote of in, after a headline, whose source
// mention is "who", with content and, unless cue is empty, that cue.
func checkWhoSource(t *testing.T, in, content, cue string) {
	t.Helper()
	full := "Headline\n\n" + in
	r := extract(full, Meta{Published: "2025-09-04"})
	checkInvariants(t, full, r)
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text == "who" {
			if q.Text != content || cue != "" && (q.Cue == nil || q.Cue.Text != cue) {
				t.Errorf("content %q cue %+v, want %q %q", q.Text, q.Cue, content, cue)
			}
			return
		}
	}
	t.Fatalf("no quote has source \"who\": %+v", r.Quotes)
}

// TestQuestionWho: a "who" after a preposition, a predicate
// adjective or a verb of knowing or asking opens an indirect question,
// so it is no source of an attitude; a relative "who" after its
// antecedent still is.
func TestQuestionWho(t *testing.T) {
	checkNoWhoSource(t,
		"It is still unclear who supports the new ferry tariff.",
		"The debate turned on the question of who favors the pier tax.",
		"Nobody knows who favored the new lock keeper.",
	)
	for _, q := range extract("Nobody knows who favored the new lock keeper.", Meta{}).Quotes {
		if q.Speaker.Name == "knows" {
			t.Errorf("quote %q: speaker %q", q.Text, q.Speaker.Name)
		}
	}
	checkQuoteMention(t, "The council heard from skippers who oppose the new ferry tariff.", "the new ferry tariff", "who")
}

// TestWhoObjectInfinitive: an infinitive inside a who-clause's
// object has its own verb, and the main predicate after it still ends
// the object; after a preposition an -ed word is no predicate.
func TestWhoObjectInfinitive(t *testing.T) {
	checkQuoteMention(t, "Skippers who oppose the plan to deepen the channel filled the hall.", "the plan to deepen the channel", "who")
	checkQuoteMention(t, "Skippers who oppose the levy on imported fruit filled the hall.", "the levy on imported fruit", "who")
}
