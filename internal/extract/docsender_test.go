package extract

import "testing"

// TestDocSenderTime: a time between the sent document and its participle
// ("an email Tuesday saying") still gives the words to the sender, and the
// cue is the participle, not the day.
func TestDocSenderTime(t *testing.T) {
	cases := []struct{ text, quote, mention string }{
		{`The harbor board sent an email Tuesday saying the ferry would stop in May.`, "the ferry would stop in May", "The harbor board"},
		{`The guild put out a statement yesterday saying its members would strike.`, "its members would strike", "The guild"},
		{`The harbor board sent an email saying the ferry would stop in May.`, "the ferry would stop in May", "The harbor board"},
	}
	for _, c := range cases {
		checkQuoteMention(t, c.text, c.quote, c.mention)
		for _, q := range extract(c.text, Meta{}).Quotes {
			if q.Text == c.quote && q.Cue != nil && q.Cue.Text != "saying" {
				t.Errorf("%q: cue %q, want %q", c.text, q.Cue.Text, "saying")
			}
		}
	}
}
