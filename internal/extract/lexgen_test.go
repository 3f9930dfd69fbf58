package extract

import "testing"

// TestLexgenInflectionBackoff covers cue forms lexgen lends their
// family's precision: a form train shows only in another inflection
// ("quipped" for "quips"), or shows without marking it. Forms that are
// mostly nouns ("states") and noun uses of a lent form stay out.
func TestLexgenInflectionBackoff(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "a present tense lent by the past",
			text:    `Ada Holm quips that the harbor has more gulls than boats.`,
			quote:   "that the harbor has more gulls than boats",
			mention: "Ada Holm",
		},
		{
			name:    "a lent form unmarked once in train",
			text:    `Mayor Ada Holm acknowledges that the ferry tolls were too high.`,
			quote:   "that the ferry tolls were too high",
			mention: "Mayor Ada Holm",
		},
		{
			name:    "a form far more often a noun is not lent",
			text:    `Several states that border the lake passed new ferry tolls.`,
			notWant: []string{"that border the lake passed new ferry tolls", "border the lake passed new ferry tolls"},
		},
		{
			name:    "a form marked once lends no bare form, which may be a title",
			text:    `Leaders such as the Dutch premier Anna Vos joined the harbor talks by video.`,
			notWant: []string{"Anna Vos joined the harbor talks by video", "Anna Vos"},
		},
		{
			name:    "the lent form used as a noun",
			text:    `The scoffs of the crowd drowned out the harbor master.`,
			notWant: []string{"of the crowd drowned out the harbor master", "the harbor master"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}
