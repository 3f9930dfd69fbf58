package extract

import (
	"strings"
	"testing"
)

// TestSourceSpans checks where the source mention begins and ends, as
// PolNeAR marks it: the whole noun phrase of the source, with its
// determiners, conjuncts and complements, but no aside after it.
func TestSourceSpans(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		content string // a substring of the quote the mention belongs to
		mention string // "" for none
	}{
		{"possessive keeps its mark", "Mayor Lee Tran spoke. Tran’s claim that the pier was safe drew scorn.",
			"the pier was safe", "Tran’s"},
		{"name and pronoun phrase", "Ann Cole and her lawyers have said the deal was fair.",
			"the deal was fair", "Ann Cole and her lawyers"},
		{"pronoun and phrase", "She and her aides have vowed that the mill will reopen.",
			"the mill will reopen", "She and her aides"},
		{"list of names", "Adams, Brook and Carver said the tax would rise.",
			"the tax would rise", "Adams, Brook and Carver"},
		{"coordinated modifiers", "Current and former officials said the talks had stalled.",
			"the talks had stalled", "Current and former officials"},
		{"coordination after a clause opener", "But Dr. Hale and other doctors say the clinic is full.",
			"the clinic is full", "Dr. Hale and other doctors"},
		{"list with a serial comma", "Democrats Ann Bell, Ed Moss, and Joe Lund said the plan was late.",
			"the plan was late", "Democrats Ann Bell, Ed Moss, and Joe Lund"},
		{"place before a comma is no conjunct", "In Iowa, Ann Bell and Ed Moss said the plan was late.",
			"the plan was late", "Ann Bell and Ed Moss"},
		{"report by a group", "A study by the Lake Institute found that rents rose sharply.",
			"rents rose sharply", "A study by the Lake Institute"},
		{"people in a place", "Farmers in Kent County say the rain came too late.",
			"the rain came too late", "Farmers in Kent County"},
		{"share of a group", "Many of her new backers say the fee is too high.",
			"the fee is too high", "Many of her new backers"},
		{"count of a group", "Dozens of members of the board said the vote was rushed.",
			"the vote was rushed", "Dozens of members of the board"},
		{"participle complement", "Officials involved with the bid said the stadium would be ready.",
			"the stadium would be ready", "Officials involved with the bid"},
		{"chain of complements", "A review of her work in Ohio shows that costs fell.",
			"costs fell", "A review of her work in Ohio"},
		{"opening adverbial stays out", "At a meeting of the board, Ann Bell said the plan was late.",
			"the plan was late", "Ann Bell"},
		{"modifiers to a quantifier", "Several senior party leaders said the vote would wait.",
			"the vote would wait", "Several senior party leaders"},
		{"modifiers after a comma", "After the vote, city officials said the road would close.",
			"the road would close", "city officials"},
		{"description before a name", "But retired judge Ann Bell said the law was clear.",
			"the law was clear", "retired judge Ann Bell"},
		{"adverb is no modifier", "Still, even Ann Bell says the plan is late.",
			"the plan is late", "Ann Bell"},
		{"aside after an apposition", "“We are ready,” said Ann Bell, a nurse at the clinic, referring to the new ward.",
			"We are ready", "Ann Bell, a nurse at the clinic"},
		{"former office after then", "“We are ready,” said Ann Bell, then mayor of Hull.",
			"We are ready", "Ann Bell, then mayor of Hull"},
		{"time after a subject", "Gov. Ann Bell on Friday announced that the bridge would close.",
			"the bridge would close", "Gov. Ann Bell"},
		{"time of a participle stays", "A list of donors released last week shows that gifts fell.",
			"gifts fell", "A list of donors released last week"},
		{"restrictive relative clause", "Nurses who have worked at the clinic say the wards are full.",
			"the wards are full", "Nurses who have worked at the clinic"},
		{"object relative is no source", "Ann Bell met the voters who Democrats need, and Ed Moss said the race was close.",
			"the race was close", "Ed Moss"},
		{"description before a named apposition", "The mayor’s top aide, Ed Moss, a lawyer, said the vote was fair.",
			"the vote was fair", "The mayor’s top aide, Ed Moss, a lawyer,"},
		{"opening participle is no description", "Shaken by the storm in Hull, Mayor Ed Moss, a lawyer, said the port was shut.",
			"the port was shut", "Mayor Ed Moss, a lawyer,"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{Published: "2025-09-04"})
			checkInvariants(t, c.in, r)
			for _, q := range r.Quotes {
				if !strings.Contains(q.Text, c.content) {
					continue
				}
				got := ""
				if q.Mention != nil {
					got = q.Mention.Text
				}
				if got != c.mention {
					t.Errorf("mention %q, want %q", got, c.mention)
				}
				return
			}
			t.Fatalf("no quote holds %q: %+v", c.content, r.Quotes)
		})
	}
}
