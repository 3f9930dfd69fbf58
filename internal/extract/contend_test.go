package extract

import "testing"

// TestContentEnds checks where an object content ends before the
// narrator's date of the act (contend lane): the object may run to eight
// words, a venue before the date goes with it, and clauses, looking-ahead
// cues and the object's own "this Sunday" keep their time.
func TestContentEnds(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"date after a six-word object", "The governor announced her support for the harbor expansion plan on Friday.",
			[]string{"her support for the harbor expansion plan"}, []string{"her support for the harbor expansion plan on Friday"}},
		{"date and day part after a long object", "Two unions endorsed the proposal for a municipal bus service Thursday night.",
			[]string{"the proposal for a municipal bus service"}, nil},
		{"venue before the date goes too", "The pastor criticized the new tax rules for downtown churches during a rally in Dayton on Monday.",
			[]string{"the new tax rules for downtown churches"}, []string{"the new tax rules for downtown churches during a rally in Dayton"}},
		{"a clause keeps its date", "The mayor said the council would vote on the harbor expansion plan on Friday.",
			[]string{"the council would vote on the harbor expansion plan on Friday"}, nil},
		{"a looking-ahead cue keeps its date", "The union promised a strike against the three largest bus operators on Monday.",
			[]string{"a strike against the three largest bus operators on Monday"}, nil},
		{"a clause with a modal keeps its date", "The pastor said the new tax rules would hurt small churches on Monday.",
			[]string{"the new tax rules would hurt small churches on Monday"}, nil},
		{"the object's own coming day stays", "The choir announced a benefit concert for the flood victims this Sunday.",
			[]string{"a benefit concert for the flood victims this Sunday"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestTimeTailVenueFirst: when a date ends an object that a venue phrase
// already follows ("bashing Ortiz during a rally in Dayton on Monday"),
// the content ends before the venue, not only before the date.
func TestTimeTailVenueFirst(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"bashing Ortiz during a rally in Dayton on Monday", "Ortiz"},
		{"praising the new tax plan for rural counties at a rally in Akron on Friday", "the new tax plan for rural counties"},
		{"praising the new tax plan for rural counties on Friday", "the new tax plan for rural counties"},
		{"praising the plan in a speech by the mayor on Friday", "the plan in a speech by the mayor"},
		{"praising the plan in the long speech by the new mayor on Friday", "the plan in the long speech by the new mayor on Friday"},
	} {
		var d doc
		d.load(c.in)
		f := finder{d: &d}
		f.attrs = []attr{{frags: [][2]int{{int(d.toks[1].s), int(d.toks[len(d.toks)-1].e)}}, cueS: 0, cueE: 1, srcS: -1, sent: -1, inherit: -1}}
		f.trimLongEnds()
		fr := f.attrs[0].frags[0]
		if got := string([]rune(c.in)[fr[0]:fr[1]]); got != c.want {
			t.Errorf("%q: content %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPastAppendix: after an object content, a comma and a past form that
// runs to the end with no quotation and no further comma start the
// source's next act or a gloss on the object, which is the narrator's.
func TestPastAppendix(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"a second act after the object", "The senator mocked her rivals, talked over them.",
			[]string{"her rivals"}, []string{"her rivals, talked over them"}},
		{"a second act that is a cue of its own", "The judge rejected both motions, ruled the mayor eligible.",
			[]string{"both motions"}, []string{"both motions, ruled the mayor eligible"}},
		{"a gloss on the object", "The court blocked the new voting law, opposed by the unions.",
			[]string{"the new voting law"}, nil},
		{"an aside the content goes on after stays", "The activists want the old harbor, seized by the navy in 1950, for a public park.",
			[]string{"the old harbor, seized by the navy in 1950, for a public park"}, nil},
		{"a clause keeps its aside", "The mayor said the council, divided for months, finally voted.",
			[]string{"the council, divided for months, finally voted"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestPastAppendixGuards: a past form before a bare noun is an adjective
// in a list, and a further comma closes an aside the content goes on
// after.
func TestPastAppendixGuards(t *testing.T) {
	for _, in := range []string{
		"loud , sustained cheers",
		"the old harbor , seized in 1950 , for a park",
	} {
		var d doc
		d.load(in)
		f := finder{d: &d}
		if c := f.objectAppendix(0, len(d.toks)); c != -1 {
			t.Errorf("%q: objectAppendix = %d, want -1", in, c)
		}
	}
	var d doc
	d.load("her rivals , talked over them")
	f := finder{d: &d}
	if c := f.objectAppendix(0, len(d.toks)); c != 2 {
		t.Errorf("objectAppendix = %d, want 2", c)
	}
}

// TestResultAndVenueEnds checks where a reported clause ends before the
// narrator's comment on it: a result participle, a venue after quoted words.
func TestResultAndVenueEnds(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"result participle ends the content", "The mayor said the harbor would close for the winter, drawing angry shouts from the fishermen.",
			[]string{"the harbor would close for the winter"}, []string{"the harbor would close for the winter, drawing angry shouts from the fishermen"}},
		{"putting after a clause", "Councilwoman Ada Brenner said she would vote against the ferry budget, putting the plan in doubt for another year.",
			[]string{"she would vote against the ferry budget"}, nil},
		{"other participles stay in the content", "The inspector said the crew had worked through the night, making the bridge safe by dawn.",
			[]string{"the crew had worked through the night, making the bridge safe by dawn"}, nil},
		{"venue after quoted words ends the content", "The harbor master called the new toll “a quiet robbery” in a radio interview on Monday.",
			[]string{"the new toll “a quiet robbery”"}, []string{"the new toll “a quiet robbery” in a radio interview on Monday"}},
		{"a place after quoted words stays", "The harbor master said the new toll was “a quiet robbery” in a town of fishermen.",
			[]string{"the new toll was “a quiet robbery” in a town of fishermen"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestResultGerunds checks that result participles end a content
// ("reflecting" as well: it ends 2 of 3 train contents and the one on
// dev), while a participle that is no result word stays in it.
func TestResultGerunds(t *testing.T) {
	cases := []struct {
		name          string
		in            string
		want, notWant []string
	}{
		{"throwing ends the content", "The coach said the club would forfeit the final, throwing the cup schedule off by a month.",
			[]string{"the club would forfeit the final"}, []string{"the club would forfeit the final, throwing the cup schedule off by a month"}},
		{"reflecting ends the content", "The minister said exports had fallen sharply, reflecting weak demand for timber abroad.",
			[]string{"exports had fallen sharply"}, []string{"exports had fallen sharply, reflecting weak demand for timber abroad"}},
		{"a participle of manner stays", "The minister said exports had fallen sharply, hurting mills along the coast.",
			[]string{"exports had fallen sharply, hurting mills along the coast"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestFrontedAndMediumLists checks the fronted-phrase and quote-medium lists
// beyond the words train shows: fronted "with" and "on" phrases stay in
// their content, and quoted words "in a blog" or "in a statement" end at
// the closing mark.
func TestFrontedAndMediumLists(t *testing.T) {
	cases := []struct {
		name          string
		in            string
		want, notWant []string
	}{
		{"a fronted with phrase leads into the clause", "The treasurer argued that with the grants already spent, the school could not hire a nurse.",
			[]string{"that with the grants already spent, the school could not hire a nurse"}, []string{"that with the grants already spent"}},
		{"a fronted on phrase leads into the clause", "The harbor master said that on Tuesday, the ferries would sail at dawn.",
			[]string{"that on Tuesday, the ferries would sail at dawn"}, []string{"that on Tuesday"}},
		{"quoted words in a statement end at the mark", "The union called the offer “an insult” in a statement that also named the plant manager.",
			[]string{"the offer “an insult”"}, nil},
		{"quoted words in a blog end at the mark", "The ferry captain called the timetable “pure fiction” in a blog on Friday.",
			[]string{"the timetable “pure fiction”"}, []string{"the timetable “pure fiction” in a blog on Friday"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
