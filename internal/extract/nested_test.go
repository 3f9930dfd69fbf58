package extract

import "testing"

// TestNestedReports checks that a content running past a clause break
// into a second report with its own subject is split in two, and that a
// "that" clause whose comma only closes a fronted phrase stays whole.
func TestNestedReports(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"comma", "The report notes the city inspects every bridge each year, it lists the repairs made since 2019.",
			[]string{"the city inspects every bridge each year", "the repairs made since 2019"}},
		{"dash but", "The mayor proposed a debate on Friday - but the council rejected the idea as premature.",
			[]string{"a debate on Friday", "the idea as premature"}},
		{"fronted phrase", "The clerk told local media that, in the call with the other mayors, the governor emphasized the need to cut costs, and said the bridge would close.",
			[]string{"that, in the call with the other mayors, the governor emphasized the need to cut costs, and said the bridge would close"}},
		{"fronted phrases", "Okafor recalled that during her early years on the board, in 1998, she backed a levy for the library.",
			[]string{"that during her early years on the board, in 1998, she backed a levy for the library"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, nil)
		})
	}
}

// TestInnerSayOuter checks that when innerSay reads the report of an
// inner "says" inside another cue's content, the outer report stays: cut
// at the clause break before the inner one, whole where an infinitive
// holds the inner verb, and absent after a colon or a place preposition.
func TestInnerSayOuter(t *testing.T) {
	cases := []struct {
		name, in      string
		want, notWant []string
	}{
		{"then says", "Garcia jokingly offered the reporter a seat on the council, then says she will take questions from anyone.",
			[]string{"the reporter a seat on the council", "she will take questions from anyone"}, nil},
		{"but said", "The mayor criticized the budget but aides later said the cuts were needed.",
			[]string{"the budget", "the cuts were needed"}, nil},
		{"who say", "Lindqvist thanked the volunteers who say the shelter needs more beds.",
			[]string{"the volunteers", "the shelter needs more beds"}, nil},
		{"infinitive", "Okafor insists she was the first mayor to say the bridge needed repairs.",
			[]string{"she was the first mayor to say the bridge needed repairs"}, nil},
		{"colon", "Reyes cites the crowds as proof: he says the polls undercount his voters.",
			[]string{"the polls undercount his voters"}, []string{"the crowds as proof", "the crowds as proof: he says the polls undercount his voters"}},
		{"place", "A notice posted on the city website said the pool will close in June.",
			[]string{"the pool will close in June"}, []string{"the city website"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestBareSubordinateReport checks that a content of a cue that is not a
// verb of saying ends at a bare "because"/"after" whose clause holds a
// report of its own subject, which stands as its own attribution; after
// "said", a "that" clause, a time phrase or a weak act the content stays
// whole.
func TestBareSubordinateReport(t *testing.T) {
	cases := []struct{ name, in, cue, want string }{
		{"because thought", "The pastor is upbeat about the merger because she regards the bishop as a unifier.",
			"is upbeat about", "the merger"},
		{"because inner", "The pastor is upbeat about the merger because she regards the bishop as a unifier.",
			"regards", "the bishop as a unifier"},
		{"after report", "The mayor is calling for the chief to resign after the council suggested that the police budget be cut.",
			"is calling for", "the chief to resign"},
		{"after inner", "The mayor is calling for the chief to resign after the council suggested that the police budget be cut.",
			"suggested", "that the police budget be cut"},
		{"said keeps", "The treasurer said the budget was late because the council wanted more hearings.",
			"said", "the budget was late because the council wanted more hearings"},
		{"that clause keeps", "The auditor reported that the vote failed because two members changed their minds.",
			"reported", "that the vote failed because two members changed their minds"},
		{"weak act after", "She criticized the plan after the leaders staged a rally in the capital.",
			"criticized", "the plan after the leaders staged a rally in the capital"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got []string
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = append(got, q.Text)
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("contents of %q = %q, want %q", c.cue, got, c.want)
			}
		})
	}
}

// TestInnerReportsStayInside pins what lane "inner" measured on PolNeAR
// train: a report nested in another's content without a clause break
// ("X said that Y warned …", "X believes Y told …") is marked as the
// outer report only; adding or preferring the inner report (any inner
// cue precision, any outer cue type) lowered F1 on train and both halves.
func TestInnerReportsStayInside(t *testing.T) {
	cases := []struct {
		name, in string
		want, no []string
	}{
		{"said that warned", "The treasurer said that the auditors warned the board about the deficit.",
			[]string{"that the auditors warned the board about the deficit"}, []string{"the board about the deficit"}},
		{"told that announced", "A spokesman told reporters that the city announced new bus routes on Monday.",
			[]string{"that the city announced new bus routes on Monday"}, []string{"new bus routes on Monday"}},
		{"when clause", "The senator said the plan failed when the governor vetoed the budget.",
			[]string{"the plan failed when the governor vetoed the budget"}, []string{"the budget"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.no)
		})
	}
}

// TestInnerReportInContent pins how a report inside another report's
// content is read. PolNeAR train marks an inner report under a "that"
// complement or a "what X called" relative rarely (emitting one there
// added 9 true readings for 123 predictions), so the outer content stays
// whole; an inner report after a clause break or in a subordinate clause
// of a weak cue stands on its own.
func TestInnerReportInContent(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"that complement", "Mayor Ilse Varga said that the ferry board claimed the tolls would fall.",
			[][2]string{{"that the ferry board claimed the tolls would fall", "Mayor Ilse Varga"}}},
		{"what he called", "Councilor Bram Olsen criticized what he called a reckless budget.",
			[][2]string{{"what he called a reckless budget", "Councilor Bram Olsen"}}},
		{"after a comma break", "The harbor pilots said the dredging would end in May, but the port authority rejected the schedule.",
			[][2]string{{"the dredging would end in May", "The harbor pilots"}, {"the schedule", "the port authority"}}},
		{"subordinate clause", "The orchard cooperative has pushed for a tax break after the county treasurer announced a surplus.",
			[][2]string{{"a tax break", "The orchard cooperative"}, {"a surplus", "the county treasurer"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestNestedWeakInnerCue covers nestedReports with an inner cue of low
// learned precision: after a clause break its own subject makes it a
// report, and the outer content ends at the break. A cue below that
// floor stays in the content, and so does every clause of a passage
// quoted after "wrote:".
func TestNestedWeakInnerCue(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"understood after a break", "Mayor Lund pushed for the toll, and Ola Berg understood that the cost was high.",
			[][2]string{{"the toll", "Mayor Lund"}, {"that the cost was high", "Ola Berg"}}},
		{"cue below the floor", "Mayor Lund pushed for the toll, and Ola Berg feels that the cost was high.",
			[][2]string{{"the toll, and Ola Berg feels that the cost was high", "Mayor Lund"}}},
		{"weak action verb with an object stays", "The warden said the dock was unsafe, and Ines Moll approved the repairs on Friday.",
			[][2]string{{"the dock was unsafe, and Ines Moll approved the repairs on Friday", "The warden"}}},
		{"parenthetical cue stays", "Aides said the senator, you know, might quit the race.",
			[][2]string{{"the senator, you know, might quit the race", "Aides"}}},
		{"passage after wrote:", "Tomas Ek wrote: Mayor Lund pushed for the toll, and Ola Berg understood that the cost was high.",
			[][2]string{{"Mayor Lund pushed for the toll, and Ola Berg understood that the cost was high", "Tomas Ek"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
