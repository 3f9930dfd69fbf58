package extract

import "testing"

// TestLongFix checks contents trimLongEnds must leave whole: the words
// after a dash that the speaker said, a date after a cue that looks
// ahead, and a document that is the object's own.
func TestLongFix(t *testing.T) {
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

// TestLongFixFirstParagraph: a first paragraph in plain sentence case is
// no headline; its commas list objects, not a second predicate.
func TestLongFixFirstParagraph(t *testing.T) {
	text := "The senator rejected the allegations, claims of fraud and threats of violence.\n\nThe governor spoke at a dinner in Ohio."
	r := extract(text, Meta{Published: "2025-09-04"})
	checkInvariants(t, text, r)
	checkContents(t, r, []string{"the allegations, claims of fraud and threats of violence"}, []string{"the allegations"})
}
