package extract

import "testing"

// Regressions across mechanisms: sentences that reviews of merged rules
// found read wrongly, each pinned to the reading it must keep. Tests of a
// single mechanism live beside it (X_test.go for X.go).

// TestReviewThree holds sentences on which rules merged in the same round
// went wrong: a cue taken for a subject noun, a common noun taken for
// another speaker, a preposition taken for a naming predicate, and a
// with-phrase aside taken for a second report.
func TestReviewThree(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
		source        map[string]string // content -> mention
	}{
		{
			name:   "a verb of saying is no subject noun",
			text:   "Intro.\n\nThe ranger said finds like these are rare in the valley.",
			want:   []string{"finds like these are rare in the valley"},
			source: map[string]string{"finds like these are rare in the valley": "The ranger"},
		},
		{
			name: "a common noun opening narration is no other speaker",
			text: "Intro.\n\n“The bakery stays open,” Osei said. Neighbors clapped at the news. “Nobody here wants another empty shop on this street.”",
			want: []string{"“The bakery stays open,” Osei said. Neighbors clapped at the news. “Nobody here wants another empty shop on this street.”"},
		},
		{
			name:    "a preposition after the object is no naming predicate",
			text:    "Intro.\n\nThe clerk called Osei for updates.",
			notWant: []string{"Osei for updates"},
		},
		{
			name:    "a with-phrase aside stays in the content",
			text:    "Intro.\n\nOsei said the bakery, with neighbors saying little, closed its doors in March.",
			want:    []string{"the bakery, with neighbors saying little, closed its doors in March"},
			notWant: []string{"the bakery"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(c.text, Meta{})
			checkContents(t, r, c.want, c.notWant)
			for _, q := range r.Quotes {
				if m, ok := c.source[q.Text]; ok && (q.Mention == nil || q.Mention.Text != m) {
					t.Errorf("%q: mention %v, want %q", q.Text, q.Mention, m)
				}
			}
		})
	}
}

// TestReviewEight keeps the readings a review of this session's layouts
// found broken: each sentence yields no attribution (or none of the
// kind named) that it gave after the merge.
func TestReviewEight(t *testing.T) {
	none := []struct{ name, in, notContent string }{
		{"a fronted clause's comma closes no report", "The governor said although the state had money, lawmakers refused to spend it.", "to spend it"},
		{"a colon after a description reports nothing", "After the vote the mood was grim: \"We lost everything we had.\"", "\"We lost everything we had.\""},
		{"an attack is no voiced noun", "The army launched an attack on the city before dawn.", "the city"},
		{"a participle on a noun is no about-cue", "A book written about the war won the prize.", "the war won the prize"},
		{"plans as a verb's object are no report", "The city council approved plans to expand the airport.", "to expand the airport"},
	}
	for _, c := range none {
		t.Run(c.name, func(t *testing.T) {
			if got := contents(extractBody(t, c.in)); got[c.notContent] {
				t.Errorf("unexpected %q in %v", c.notContent, keys(got))
			}
		})
	}
	checkMentions(t, []mentionCase{
		{name: "a show before a name stays out of it", in: "On \"Fox News Sunday\" Rubio said the deal was bad.", content: "the deal was bad", mention: "Rubio"},
		{name: "a show before a role noun stays in", in: "\"Daily Show\" host Lee Park said the jokes were old.", content: "the jokes were old", mention: "\"Daily Show\" host Lee Park"},
	})
	checkMentions(t, []mentionCase{
		{name: "a received noun's holder ends before what it is for", in: "Smith has drawn criticism from environmental groups for the pipeline.", content: "Smith", mention: "environmental groups"},
	})
	t.Run("an as-clause with its own subject ends the content", func(t *testing.T) {
		checkContents(t, extractBody(t, "The senator cited the report, as he did last year."), []string{"the report"}, []string{"the report, as he did last year"})
	})
}

// TestFinalReview keeps what the session's last review found: a "said"
// content stops at ", but" when the new subject has an aside before its
// cue, and "appeared" + adjective + that leaves the that-clause to the
// attitude reading.
func TestFinalReview(t *testing.T) {
	t.Run("but with an aside before the cue", func(t *testing.T) {
		checkContents(t, extractBody(t, "The warden said the prison was calm, but the inspectors, after a long visit, warned that cells were crowded."),
			[]string{"the prison was calm"}, []string{"the prison was calm, but the inspectors"})
	})
	t.Run("appeared confident that", func(t *testing.T) {
		checkContents(t, extractBody(t, "The captain appeared confident that the ferry would sail."),
			[]string{"that the ferry would sail"}, []string{"The captain appeared confident that the ferry would sail"})
	})
	checkMentions(t, []mentionCase{
		{name: "along", in: "Growers along the canal said the harvest was thin.", content: "the harvest was thin", mention: "Growers along the canal"},
	})
}

// TestReviewListOpenersAndParentheticals pins the last review's fixes: a one-word opening adverb is
// no member of the subject list after it, and a cue right before a
// closing parenthesis is a parenthetical, not an inner report.
func TestReviewListOpenersAndParentheticals(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"an opening adverb stays out of the list", "Overall, nurses and porters said the new rota was fair.",
			"the new rota was fair", "nurses and porters"},
		{"a plural opening the sentence is a member", "Pilots, deckhands and porters said the new rota was fair.",
			"the new rota was fair", "Pilots, deckhands and porters"},
	})
	checkQuotePairs(t, "Staff said the ferry (which might be, well, you know) could sail on Monday.",
		[][2]string{{"the ferry (which might be, well, you know) could sail on Monday", "Staff"}})
}

// TestReviewInvertedNamesAndShortClauses holds the review's cases for this session's lanes: a name
// after an inverted cue is its speaker, a short fronted clause with an
// irregular past is a content, and a venue noun in -s that is no plural
// ends the venue.
func TestReviewInvertedNamesAndShortClauses(t *testing.T) {
	cases := []struct {
		name, in, content, mention string
	}{
		{"name after an inverted cue", "Not a chance, replied Ida Fenn.", "Not a chance", "Ida Fenn"},
		{"name after an inverted writing cue", "A total disaster, wrote Ida Fenn.", "A total disaster", "Ida Fenn"},
		{"object after the cue is no speaker", "Another delegate, Ann Roe of Vell, explained the reason for the delay.", "the reason for the delay", "Another delegate, Ann Roe of Vell"},
		{"venue noun in -us", "The dean said at the Vell campus that the fees will rise.", "that the fees will rise", "The dean"},
		{"short clause with an irregular past", "The town grew, Fenn said.", "The town grew", "Fenn"},
		{"short clause with an irregular past and a role", "Prices rose, the mayor said.", "Prices rose", "the mayor"},
		{"unknown noun speaking, then a participle", "The warden spoke on Monday, saying the lake is low.", "the lake is low", "The warden"},
		{"unknown noun replying, then a participle", "The ferryman replied at once, insisting the boat was safe.", "the boat was safe", "The ferryman"},
		{"venue noun in -ss", "The dean said at the Vell press that the fees will rise.", "that the fees will rise", "The dean"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{})
			for _, q := range r.Quotes {
				if q.Text == c.content {
					if got := mentionText(q); got != c.mention {
						t.Errorf("mention %q, want %q", got, c.mention)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", c.content, r.Quotes)
		})
	}
}

// TestReviewFrontedFindingsAndConjuncts holds the review's fixes of this session's lanes: a fronted
// "with" phrase around a document's finding closes at its comma, and a
// content never ends on the conjunction of a conjunct another reading took.
func TestReviewFrontedFindingsAndConjuncts(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "fronted with-phrase finding ends at its comma",
			text:    `With the survey showing little change, the ferry board moved on to fares.`,
			quote:   "little change",
			mention: "the survey",
			notWant: []string{"little change, the ferry board moved on to fares"},
		},
		{
			name:    "no dangling and before a conjunct read apart",
			text:    `Ines Marr said the old pier is sound, and traffic fell 3 percent, according to harbor data.`,
			quote:   "the old pier is sound",
			mention: "Ines Marr",
			notWant: []string{"the old pier is sound, and"},
		},
	}
	checkQuoteCases(t, cases)
}

// TestReviewNounCuesAndDashes holds the second review's fixes: possessed pledge
// nouns read no plural noun as their verb, no phone call as an appeal
// and end before their clause's own verb; a released statement about
// something reports nothing; a dash before a condition does not close
// the reported clause; a clause before a list's names is no list item.
func TestReviewNounCuesAndDashes(t *testing.T) {
	cases := []quoteCase{
		{name: "plural noun after to", text: `His call to sailors went unanswered.`, notWant: []string{"to sailors went"}},
		{name: "phone call", text: `Her phone call to thank the crew lasted an hour.`, notWant: []string{"to thank the crew"}},
		{name: "pledge as subject", text: `Vann's pledge to widen the canal, repeated often, pleased the bargemen.`, quote: "to widen the canal", mention: "Vann's",
			notWant: []string{"to widen the canal, repeated often, pleased the bargemen"}},
		{name: "statement about", text: `The dock company issued a statement regarding the layoffs.`, notWant: []string{"the layoffs"}},
		{name: "dash before a condition", text: `The harbor master said the pier will open - as long as the tide allows.`,
			quote: "the pier will open - as long as the tide allows", mention: "The harbor master"},
		{name: "dash before then and a verb", text: `The harbor master said she will retire - then sail to Oslo.`,
			quote: "she will retire - then sail to Oslo", mention: "The harbor master"},
		{name: "clause before names", text: `Last spring, after Vann said the canal works, Orr, Lund and Ek quit.`,
			quote: "the canal works", mention: "Vann", notWant: []string{"the canal works, Orr, Lund and Ek quit"}},
	}
	checkQuoteCases(t, cases)
}

// TestReviewTitlesAndRelatives holds the third review's fixes: a state after "to" is
// no title, object relatives of know/feel report nothing, an aside
// relative and a hope relative close before the main clause, and an
// infinitive that is a report of its own keeps its reading.
func TestReviewTitlesAndRelatives(t *testing.T) {
	cases := []quoteCase{
		{name: "state after to", text: `The mill moved to Del. Ines Roe said it would stay.`, quote: "it would stay", mention: "Ines Roe"},
		{name: "object relative of know", text: `Most of the sailors I know are voting for the levy.`, notWant: []string{"the sailors I know are voting for the levy"}},
		{name: "aside relative closes", text: `The warden, whom many believed was honest, resigned on Friday.`, notWant: []string{"whom many believed was honest, resigned on Friday"}},
		{name: "hope relative closes", text: `The pilot she hoped to hire left in May.`, quote: "The pilot she hoped to hire", mention: "she"},
		{name: "infinitive report kept", text: `She refused to discuss the ferry fares.`, quote: "the ferry fares", mention: "She"},
	}
	checkQuoteCases(t, cases)
}

// TestReviewScenesAndAsClauses holds the fourth review's fixes: an "as" clause that
// sets a scene (a partner, a progressive, a circumstance after a weak
// verb) is no source, an "as" after a fronted clause with its own verb
// is left alone, and a relative "that" after a dash aside on the cue's
// object is no complementizer.
func TestReviewScenesAndAsClauses(t *testing.T) {
	cases := []quoteCase{
		{name: "as with a partner", text: `Then, as the mayor argued with the ferryman, the crowd booed.`, notWant: []string{"the crowd booed"}},
		{name: "as progressive", text: `As the votes were being tallied in two towns, the mayor was winning the coast.`, notWant: []string{"the mayor was winning the coast"}},
		{name: "as scene with weak verb", text: `However, as the rowers debated in Bergen, the fishers gathered outside.`, notWant: []string{"the fishers gathered outside"}},
		{name: "as parenthetical kept", text: `As the harbor gazette reported on Monday, the pier failed.`, quote: "the pier failed", mention: "the harbor gazette"},
		{name: "relative that after aside", text: `Vann praised the canal - a rare success - that the town dug in 1910.`, notWant: []string{"that the town dug in 1910"}},
		{name: "that after circumstance aside", text: `Vann claimed in July - falsely - that the canal had flooded.`, quote: "that the canal had flooded", mention: "Vann"},
	}
	checkQuoteCases(t, cases)
}
