package extract

import "testing"

// TestLongEnds checks contents that must stop before the narrator's own
// adjuncts: a time phrase or an "until" clause after a short object, and
// a headline's teaser after a dash.
func TestLongEnds(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"time after a short object", "The union rejected the mayor's offer on Tuesday night.",
			[]string{"the mayor's offer"}, []string{"the mayor's offer on Tuesday night"}},
		{"weekday without on", "The farmers criticized the new levy Monday.",
			[]string{"the new levy"}, nil},
		{"time inside a clause stays", "The mayor said the pool would reopen on Tuesday.",
			[]string{"the pool would reopen on Tuesday"}, nil},
		{"contracted clause keeps its time", "The senator told reporters he’ll visit the plant on Friday.",
			[]string{"he’ll visit the plant on Friday"}, nil},
		{"a past period stays", "The farmers criticized the new levy last year.",
			[]string{"the new levy last year"}, nil},
		{"month after a short object", "The council first criticized the tunnel in March 2019.",
			[]string{"the tunnel"}, nil},
		{"a clause with a past verb keeps its time", "Engineers said the bridge reopened on Monday.",
			[]string{"the bridge reopened on Monday"}, nil},
		{"venue after an object", "The farmers defended the levy in an interview with a local station.",
			[]string{"the levy"}, nil},
		{"quoted words after the venue stay", "The mayor described the plan during a radio interview as \"a total mess.\"",
			nil, []string{"the plan"}},
		{"comment after a dash", "The senator said that the mill would close within a year — a claim that workers disputed.",
			[]string{"that the mill would close within a year"}, nil},
		// PolNeAR train ends 11 gold contents before "— though/although"
		// and keeps none past it: the concession is the writer's.
		{"a concession after a dash is cut", "The mayor said that the parking rules were unfair — though the rules had been in place for years.",
			[]string{"that the parking rules were unfair"}, nil},
		{"aside between two dashes stays", "The senator said that the mill — a landmark since 1900 — would close within a year.",
			[]string{"that the mill — a landmark since 1900 — would close within a year"}, nil},
		{"until after a short object", "The coach praised the young goalkeeper until the final match.",
			[]string{"the young goalkeeper"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestLongEndsHeadline checks contents in an article's headline, its
// first paragraph.
func TestLongEndsHeadline(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"headline second predicate", "Gov. Lisa Park Slams Tariff Plan, Praises Rail Bill.",
			[]string{"Tariff Plan"}, nil},
		{"headline second predicate after and", "Sen. Mark Ruiz Backs Farm Subsidies And Denounces Tariff Hikes.",
			[]string{"Farm Subsidies"}, nil},
		{"headline teaser after a dash", "Mayor Jane Ross Says Parking Fees Will Rise – Drivers Are Not Happy.",
			[]string{"Parking Fees Will Rise"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.in + "\n\nThe governor spoke at a dinner in Ohio."
			r := extract(text, Meta{Published: "2025-09-04"})
			checkInvariants(t, text, r)
			checkContents(t, r, c.want, c.notWant)
		})
	}
}

// TestDashCommentAtEnd: a dash that is the text's last token has nothing
// after it to read.
func TestDashCommentAtEnd(t *testing.T) {
	var d doc
	d.load("the new budget plan —")
	f := finder{d: &d}
	if c := f.dashComment(0, len(d.toks)); c != -1 {
		t.Errorf("dashComment = %d, want -1", c)
	}
}

// TestObjectAppendixHyphenAdjective checks that a form in -ing after a
// comma inside an object ("the large, free-standing agencies", "the
// steep, rising tolls") is an adjective in a list, not a participle
// clause that objectAppendix cuts off.
func TestObjectAppendixHyphenAdjective(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"hyphenated -ing adjective after a comma",
			"“The levy skipped them,” the clerk said, referring to the old, free-standing toll boards that run the bridges and the ferry slips.",
			"referring to", "the old, free-standing toll boards that run the bridges and the ferry slips"},
		{"plain -ing adjective between a determiner's word and a bare noun",
			"The harbor chief cited the steep, rising tolls that the ferry riders pay.",
			"cited", "the steep, rising tolls that the ferry riders pay"},
		{"a participle clause after the object is still cut",
			"The harbor chief opposed the new tolls, lobbying for a cheaper pass for riders.",
			"opposed", "the new tolls"},
	})
}

// TestLongEndsKeepWhole checks contents trimLongEnds must leave whole: the words
// after a dash that the speaker said, a date after a cue that looks
// ahead, and a document that is the object's own.
func TestLongEndsKeepWhole(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"clause after a dash", "He said one thing — the bridge must close.",
			[]string{"one thing — the bridge must close"}, []string{"one thing"}},
		{"because after a dash", "The engineer said the bridge would close — because inspectors had found cracks.",
			[]string{"the bridge would close — because inspectors had found cracks"}, nil},
		{"list after a dash", "The mayor said the town faced real problems — the high cost of housing, long commutes and empty shops.",
			[]string{"the town faced real problems — the high cost of housing, long commutes and empty shops"}, nil},
		{"mixed quote before a dash", "The mayor said the plan was \"a disaster\" — the council must vote it down.",
			[]string{"the plan was \"a disaster\" — the council must vote it down"}, nil},
		{"verbless comment after a dash", "The mayor said the depot would close — a move analysts had expected.",
			[]string{"the depot would close"}, nil},
		{"promised a vote", "The senator promised a vote on Tuesday.",
			[]string{"a vote on Tuesday"}, nil},
		{"predicted a recession", "The economist predicted a recession in June.",
			[]string{"a recession in June"}, nil},
		{"pledged support until", "The governor pledged support until the crisis is over.",
			[]string{"support until the crisis is over"}, nil},
		{"proposed a debate", "The mayor proposed a debate on Friday.",
			[]string{"a debate on Friday"}, nil},
		{"called for a vote", "The union called for a strike on Monday.",
			[]string{"a strike on Monday"}, nil},
		{"a day after a preposition", "The coach announced a practice for Sunday.",
			[]string{"a practice for Sunday"}, nil},
		{"a day after this", "The club announced a parade this Sunday.",
			[]string{"a parade this Sunday"}, nil},
		{"a past cue still trims", "The union rejected the mayor's offer on Tuesday.",
			[]string{"the mayor's offer"}, nil},
		{"someone else's post", "Clinton mocked the typos in a tweet by Trump.",
			[]string{"the typos in a tweet by Trump"}, nil},
		{"a memo from another", "The mayor disputed the numbers in a memo from the auditor.",
			[]string{"the numbers in a memo from the auditor"}, nil},
		{"the object's own ad", "The senator questioned the figures in the ad.",
			[]string{"the figures in the ad"}, nil},
		{"the speaker's own email", "The farmers defended the levy in an email to members.",
			[]string{"the levy"}, nil},
		{"an event venue still trims", "The farmers defended the levy in an interview with a local station.",
			[]string{"the levy"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestLongEndsFirstParagraph: a first paragraph in plain sentence case is
// no headline; its commas list objects, not a second predicate.
func TestLongEndsFirstParagraph(t *testing.T) {
	text := "The senator rejected the allegations, claims of fraud and threats of violence.\n\nThe governor spoke at a dinner in Ohio."
	r := extract(text, Meta{Published: "2025-09-04"})
	checkInvariants(t, text, r)
	checkContents(t, r, []string{"the allegations, claims of fraud and threats of violence"}, []string{"the allegations"})
}
