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
	// "We printed what Quill, Marrow, Dunn and … said": the list sits in
	// a clause, so no comma inside it may start the mention.
	text := "Intro.\n\nWe printed what Ivo Quill, Ada Marrow, Lena Dunn and other growers said about the new tariff."
	if got := mentionText(quoteWhere(t, "Headline\n\n"+text, "the new tariff", true)); strings.Contains(got, ",") {
		t.Errorf("mention %q starts at an inner comma of the list", got)
	}
}

// TestFixbResultGerunds checks that only the result participles train
// supports end a content; "reflecting" stays in it.
func TestFixbResultGerunds(t *testing.T) {
	cases := []struct {
		name          string
		in            string
		want, notWant []string
	}{
		{"throwing ends the content", "The coach said the club would forfeit the final, throwing the cup schedule off by a month.",
			[]string{"the club would forfeit the final"}, []string{"the club would forfeit the final, throwing the cup schedule off by a month"}},
		{"reflecting stays in the content", "The minister said exports had fallen sharply, reflecting weak demand for timber abroad.",
			[]string{"exports had fallen sharply, reflecting weak demand for timber abroad"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestFixbNarrowLists checks a word of each narrowed list still reads
// as before: a fronted "with" phrase stays in its content, and quoted
// words "in a blog" end at the closing mark.
func TestFixbNarrowLists(t *testing.T) {
	cases := []struct {
		name          string
		in            string
		want, notWant []string
	}{
		{"a fronted with phrase leads into the clause", "The treasurer argued that with the grants already spent, the school could not hire a nurse.",
			[]string{"that with the grants already spent, the school could not hire a nurse"}, []string{"that with the grants already spent"}},
		{"quoted words in a blog end at the mark", "The ferry captain called the timetable “pure fiction” in a blog on Friday.",
			[]string{"the timetable “pure fiction”"}, []string{"the timetable “pure fiction” in a blog on Friday"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
