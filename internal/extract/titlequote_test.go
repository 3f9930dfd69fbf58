package extract

import "testing"

// TestTitleQuoteInMention checks that a short quoted title before a role
// noun stays in the mention, and that a quotation ending in its own comma
// does not.
func TestTitleQuoteInMention(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title before a role and name", "Intro.\n\n“Night Desk” host Lee Park on Friday argued that our mayor was wrong.",
			"that our mayor was wrong", "“Night Desk” host Lee Park"},
		{"article before the title", "Intro.\n\nSince then, the “Harbor Lights” star has said she will run.",
			"she will run", "the “Harbor Lights” star"},
		{"content before an inverted source", "Intro.\n\n“We won,” the mayor said.",
			"“We won,”", "the mayor"},
	})
}

// TestGluedMentionStart checks that a mention never starts inside a word
// joined by a slash or a possessive.
func TestGluedMentionStart(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"slash between pollsters", "Intro.\n\nA Metro Daily/Hill College poll found that the levy leads.",
			"that the levy leads", "A Metro Daily/Hill College poll"},
		{"weekday possessive", "Intro.\n\nTuesday’s results showed that the levy leads.",
			"that the levy leads", "Tuesday’s results"},
	})
}
