package extract

import (
	"strings"
	"testing"
)

// TestFixbListStart checks the comma list of a subject: a capital that
// opens the sentence may head a common-noun list, an opening adverb
// stays out, and a list inside a clause is never cut at an inner comma.
func TestFixbListStart(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"common nouns, the first capitalised by the sentence", "Intro.\n\nPlumbers, welders and roofers warned that the new code would raise costs.",
			"the new code would raise costs", "Plumbers, welders and roofers"},
		{"an opening adverb is no conjunct", "Intro.\n\nMeanwhile, welders and roofers warned that the new code would raise costs.",
			"the new code would raise costs", "welders and roofers"},
		{"an opening time word is no conjunct", "Intro.\n\nYesterday, welders and roofers warned that the new code would raise costs.",
			"the new code would raise costs", "welders and roofers"},
		{"names after an opening adverb", "Intro.\n\nInstead, Quill, Marrow and Dunn argued that the ferry should stay public.",
			"the ferry should stay public", "Quill, Marrow and Dunn"},
	})
	// "… on how Quill, Marrow, Dunn and … said": the list sits in a
	// clause, so no comma inside it may start the mention.
	text := "Intro.\n\nThe paper ran a page on how Ivo Quill, Ada Marrow, Lena Dunn and other growers said the new tariff would hurt them."
	if got := mentionText(quoteWhere(t, "Headline\n\n"+text, "the new tariff would hurt them", true)); strings.Contains(got, ",") {
		t.Errorf("mention %q starts at an inner comma of the list", got)
	}
}

// TestFixbResultGerunds checks that result participles end a content
// ("reflecting" as well: it ends 2 of 3 train contents and the one on
// dev), while a participle that is no result word stays in it.
func TestFixbResultGerunds(t *testing.T) {
	cases := []struct {
		name          string
		in            string
		want, notWant []string
	}{
		{"throwing ends the content", "The coach said the club would forfeit the final, throwing the cup schedule off by a month.",
			[]string{"the club would forfeit the final"}, []string{"the club would forfeit the final, throwing the cup schedule off by a month"}},
		{"reflecting ends the content", "The minister said exports had fallen sharply, reflecting weak demand for timber abroad.",
			[]string{"exports had fallen sharply"}, []string{"exports had fallen sharply, reflecting weak demand for timber abroad"}},
		{"a participle of manner stays", "The minister said exports had fallen sharply, hurting mills along the coast.",
			[]string{"exports had fallen sharply, hurting mills along the coast"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestFixbNarrowLists checks the fronted-phrase and quote-medium lists
// beyond the words train shows: fronted "with" and "on" phrases stay in
// their content, and quoted words "in a blog" or "in a statement" end at
// the closing mark.
func TestFixbNarrowLists(t *testing.T) {
	cases := []struct {
		name          string
		in            string
		want, notWant []string
	}{
		{"a fronted with phrase leads into the clause", "The treasurer argued that with the grants already spent, the school could not hire a nurse.",
			[]string{"that with the grants already spent, the school could not hire a nurse"}, []string{"that with the grants already spent"}},
		{"a fronted on phrase leads into the clause", "The harbor master said that on Tuesday, the ferries would sail at dawn.",
			[]string{"that on Tuesday, the ferries would sail at dawn"}, []string{"that on Tuesday"}},
		{"quoted words in a statement end at the mark", "The union called the offer “an insult” in a statement that also named the plant manager.",
			[]string{"the offer “an insult”"}, nil},
		{"quoted words in a blog end at the mark", "The ferry captain called the timetable “pure fiction” in a blog on Friday.",
			[]string{"the timetable “pure fiction”"}, []string{"the timetable “pure fiction” in a blog on Friday"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
