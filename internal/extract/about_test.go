package extract

import "testing"

// TestAboutObjects covers contents that are the object of "about" after
// a speech verb or an attitude adjective.
func TestAboutObjects(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"plain verb", "Retired teachers talk about the pension fund.", "the pension fund", "Retired teachers", "talk about"},
		{"pronoun object", "Two neighbors talk about it for hours.", "it", "Two neighbors", "talk about"},
		{"adverb after verb", "The senator spoke openly about her childhood in Ohio.", "her childhood in Ohio", "The senator", "spoke openly about"},
		{"particle", "Several nurses spoke out about staffing shortages.", "staffing shortages", "Several nurses", "spoke out about"},
		{"adjective", "Local farmers are nervous about the drought.", "the drought", "Local farmers", "nervous about"},
		{"degree adverb", "Voters were quite upbeat about the economy.", "the economy", "Voters", "quite upbeat about"},
		{"infinitive", "Senator Ann Lee will appear on the show to talk about the harbor.", "the harbor", "Senator Ann Lee", "to talk about"},
		{"catenative gerund", "Ms. Lane then began talking about her brother.", "her brother", "Ms. Lane", "began talking about"},
		{"negated auxiliary", "Mr. Ruiz wasn’t optimistic about the vote.", "the vote", "Mr. Ruiz", "wasn’t optimistic about"},
		{"coordinated verb", "She gushes about her garden and jokes about her cat.", "her cat", "She", "jokes about"},
		{"noun use", "The harsh talk about refugees troubled the pastor.", "", "", "ask about"},
		{"seen participle", "She saw the mayor talking about taxes on the news.", "", "", "talking about"},
		{"adverb object", "Which ferry should they ask about first?", "", "", "ask about"},
		{"inside a quotation", "“We talked about the weather,” Lee said.", "", "", "talked about"},
	})
}

// TestAboutNouns covers "about" after a noun head: a receiving verb
// names no holder; a voicing verb's subject holds it (nominal.go).
func TestAboutNouns(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"a voicing verb's phrase is the nominal layout's", "Senator Ann Lee raised questions about the contract.", "the contract", "Senator Ann Lee", "raised questions about"},
		{"no governing verb", "Questions about the contract persist.", "", "", "questions about"},
		{"possessor", "His concerns about the bridge grew.", "", "", "concerns about"},
	})
	q := quoteWhere(t, "Headline\n\nIntro.\n\nThe mayor faced questions about the missing funds.", "the missing funds", false)
	if q.Mention != nil {
		t.Errorf("faced questions: mention %q, want none", q.Mention.Text)
	}
}
