package extract

import "testing"

// TestSaycoreModalName: a capitalised "Will", "May" or "Can" right before
// a past or -s reporting verb is the speaker's name, since a modal takes
// a bare verb.
func TestSaycoreModalName(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"“The harbor needs a new pier,” Will wrote.", "“The harbor needs a new pier,”", "Will"},
		{"“The harbor needs a new pier,” May said on Friday.", "“The harbor needs a new pier,”", "May"},
		{"May says the harbor needs a new pier.", "the harbor needs a new pier", "May"},
		{"Above all, Will argued, the harbor needs a new pier.", "Above all, Will argued, the harbor needs a new pier", "Will"},
		{"Will Osk said the harbor needs a new pier.", "the harbor needs a new pier", "Will Osk"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	// A modal before a bare verb stays an auxiliary of the cue.
	for _, c := range []struct{ text, quote, mention string }{
		{"Dockers will say the harbor needs a new pier.", "the harbor needs a new pier", "Dockers"},
		{"Dockers may argue the harbor needs a new pier.", "the harbor needs a new pier", "Dockers"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	for _, text := range []string{"Who Will Say It Now", "Officials May Say More Later"} {
		if r := extract(text, Meta{}); len(r.Quotes) != 0 {
			t.Errorf("%q: got %d quotes, want none", text, len(r.Quotes))
		}
	}
}

// TestModalMonth: a capitalised "May" before a plural noun and a
// finite verb is a month modifying the noun, no speaker; before an -s
// cue with no verb after it, it is still a name.
func TestModalMonth(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{name: "month before a plural noun and a past verb",
			text:    `Ferry traffic dipped in spring. May reports said bookings had slowed.`,
			want:    []string{`bookings had slowed`},
			notWant: []string{`said bookings had slowed`}},
		{name: "a name before an -s cue",
			text: `May says the ferry budget will not last the winter.`,
			want: []string{`the ferry budget will not last the winter`}},
	})
}

// TestModalNameBeforeDate checks that a surname that is also a modal
// keeps its place in the mention when a time or date stands between it
// and the cue, as timeBack reads dates now: no modal goes on to a past
// reporting verb.
func TestModalNameBeforeDate(t *testing.T) {
	for _, c := range []struct{ in, source, cue string }{
		{"Councillor Dana May in April said the pier would reopen.", "Councillor Dana May", "in April said"},
		{"Councillor Dana May on Tuesday said the pier would reopen.", "Councillor Dana May", "on Tuesday said"},
		{"Councillor Dana May last month said the pier would reopen.", "Councillor Dana May", "last month said"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][1] != c.source || got[0][2] != c.cue {
			t.Errorf("%q: got %q, want source %q, cue %q", c.in, got, c.source, c.cue)
		}
	}
	// A modal before a time phrase stays a modal.
	if got := bodyQuotes("Fares may next spring rise again, the ferry board said."); len(got) != 1 || got[0][1] != "the ferry board" {
		t.Errorf("modal before a time phrase: got %q", got)
	}
}
