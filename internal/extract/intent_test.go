package extract

import "testing"

// TestInfinitiveCues covers infinitiveCue: a verb before "to" and a bare
// verb reports an intention, with "to …" as the content; the same word
// as a noun does not.
func TestInfinitiveCues(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string // content text, mention text
	}{
		{"plans to", "Ivo Lind plans to run for mayor next spring.",
			[][2]string{{"to run for mayor next spring", "Ivo Lind"}}},
		{"pronoun subject", "She plans to close the harbor in May.",
			[][2]string{{"to close the harbor in May", "She"}}},
		{"auxiliary and adverb", "The ferry company has repeatedly pledged to cut fares.",
			[][2]string{{"to cut fares", "The ferry company"}}},
		{"decided to", "Rita Vale decided to sell the mill.",
			[][2]string{{"to sell the mill", "Rita Vale"}}},
		{"possessive noun", "Ivo Lind's plans to rebuild the dam drew little notice.",
			nil},
		{"determiner noun", "The plans to rebuild the dam drew little notice.",
			nil},
		{"noun after of", "Pilots warned of Norwegian plans to close the channel.",
			[][2]string{{"Norwegian plans to close the channel", "Pilots"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestSVerbInfinitive: a bare verb in "-ss" or "-us" after "to" still
// opens an infinitive ("to discuss"); a plural noun does not.
func TestSVerbInfinitive(t *testing.T) {
	cases := []struct {
		w    string
		want bool
	}{
		{"discuss", true},
		{"focus", true},
		{"address", true},
		{"reporters", false},
		{"voters", false},
	}
	for _, c := range cases {
		if got := sVerbEnd(c.w); got != c.want {
			t.Errorf("sVerbEnd(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	q := quoteWhere(t, "Rita Vale declined to discuss the levy.", "to discuss the levy", false)
	if mentionText(q) != "Rita Vale" {
		t.Errorf("mention %q, want Rita Vale", mentionText(q))
	}
}

// TestAndGerund: a participle after "and" closing a series reports for
// the subject, like one after a comma; inside a content it does not.
func TestAndGerund(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string // content text, mention text
	}{
		{"series of participles", "Ivo Lind opened the session, calling the levy a disgrace and vowing to repeal it.",
			[][2]string{{"the levy a disgrace", "Ivo Lind"}, {"to repeal it", "Ivo Lind"}}},
		{"after a progressive", "Rita Vale was touring the dam and asking the council to fund repairs.",
			[][2]string{{"the council to fund repairs", "Rita Vale"}}},
		{"subject of the first participle", "The group stepped up pressure on the council, with top officials underlining the risks and vowing to close the ferry.",
			[][2]string{{"to close the ferry", "top officials"}}},
		{"inside a quotation", "Ivo Lind said the town was “growing and asking for more ferries.”",
			[][2]string{{"the town was “growing and asking for more ferries.”", "Ivo Lind"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestProgressivePerfect: "have been urging …" keeps its subject; cueStart
// stepped over "have" but stopped at "been".
func TestProgressivePerfect(t *testing.T) {
	cases := []struct{ in, content, mention string }{
		{"Her advisers have been urging the governor to resign.", "the governor to resign", "Her advisers"},
		{"Rita Vale has been saying the levy is unfair.", "the levy is unfair", "Rita Vale"},
	}
	for _, c := range cases {
		q := quoteWhere(t, c.in, c.content, false)
		if mentionText(q) != c.mention {
			t.Errorf("%q: mention %q, want %q", c.in, mentionText(q), c.mention)
		}
	}
}
