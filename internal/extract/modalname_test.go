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
