package extract

import "testing"

// TestPresentVerbQuote checks the present tense of a verb after a name
// or pronoun opening its clause and before a comma or colon and a
// quotation, as the past tense reads ("He grins: “…”").
func TestPresentVerbQuote(t *testing.T) {
	cases := []quoteMentionCase{
		{"pronoun, colon", "He grins: “Not bad for a farm boy.”", "“Not bad for a farm boy.”", "He"},
		{"name after adverbial", "Later, Lee shrugs: “Who knows what comes next?”", "“Who knows what comes next?”", "Lee"},
		{"two-word name, comma", "At the fair, Nora Pike laughs, “That was the loudest goat in the county.”",
			"“That was the loudest goat in the county.”", "Nora Pike"},
	}
	checkQuoteMentions(t, cases)
	// An "-s" noun after a name: a noun phrase, not a subject and verb.
	none := []noContentCase{
		{"determiner before name", "They tried the Smith recipes, “a family secret,” at the fair.", "“a family secret,”"},
		{"verb before name", "Supporters wave Clinton signs, “Stronger Together,” at the rally.", "“Stronger Together,”"},
		{"preposition before name", "Fans of Ellis rewrites, “the new canon,” gathered.", "“the new canon,”"},
		{"plural source head", "Sanders supporters: “Feel the change in the air.”", "“Feel the change in the air.”"},
	}
	checkNoContents(t, none)
}

// TestShortObjects checks shortNeed: a confident cue reads a short object
// as its content ("opposed the levy"), but a "call" verb ("called Ruiz
// twice") and a cue ending in a preposition keep the stricter bar, so the
// refusal phrase stays whole.
func TestShortObjects(t *testing.T) {
	cases := []struct {
		name, in string
		content  string
		mention  string
		cue      string
	}{
		{"stance verb after an aside", "Many ferry owners, including two mayors, opposed those fees.",
			"those fees", "Many ferry owners, including two mayors", "opposed"},
		{"dispute", "The county board disputed their account.",
			"their account", "The county board", "disputed"},
		{"auxiliary in the cue", "The guild had blocked wider dredging.",
			"wider dredging", "The guild", "had blocked"},
		{"negated cue", "The clerk would not discuss the audit.",
			"the audit", "The clerk", "would not discuss"},
		{"refusal phrase kept whole", "Ortiz refused to comment on those fees.",
			"to comment on those fees", "Ortiz", "refused"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false)
			if got := mentionText(q); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
			if q.Cue == nil || q.Cue.Text != c.cue {
				t.Errorf("cue %+v, want %q", q.Cue, c.cue)
			}
		})
	}
	none := []noContentCase{
		{"a call", "She called Ruiz twice.", "Ruiz twice"},
		{"a call with a purpose", "He called Okoro for directions.", "Okoro for directions"},
		{"the object of a prepositional cue", "Ortiz refused to comment on those fees.", "those fees"},
	}
	checkNoContents(t, none)
}
