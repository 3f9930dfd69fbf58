package extract

import "testing"

// TestWithLongSubject covers absolute "with" phrases whose subject is
// more than the noun phrase npBack reads back from the participle: a
// partitive ("with one of its flyers asking"), a coordination ("with
// two rowers and a harbor pilot suggesting") or a noun with a
// postmodifier ("with the office of the harbor master from Vell
// saying"). The whole phrase after "with" is the participle's source.
// After a verb with no comma the phrase may be the verb's object
// ("met with the leaders of the guild demanding …"), so it stays out.
func TestWithLongSubject(t *testing.T) {
	cases := []quoteMentionCase{
		{"partitive", `The guild pressed on, with one of its flyers asking whether the ferry was safe.`,
			"whether the ferry was safe", "one of its flyers"},
		{"coordination", `The dispute widened, with two rowers and a harbor pilot suggesting that the toll was illegal.`,
			"that the toll was illegal", "two rowers and a harbor pilot"},
		{"postmodifier", `The board split, with the office of the harbor master from Vell saying the pier was unsafe.`,
			"the pier was unsafe", "the office of the harbor master from Vell"},
	}
	checkQuoteMentions(t, cases)
	r := extract(`Ada Holm met with the leaders of the rowing guild demanding higher pay.`, Meta{})
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text == "the leaders of the rowing guild" {
			t.Errorf("object of met read as an absolute subject: %q", q.Text)
		}
	}
}
