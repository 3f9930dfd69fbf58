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
