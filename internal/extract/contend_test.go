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
