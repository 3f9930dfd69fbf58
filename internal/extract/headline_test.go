package extract

import (
	"strings"
	"testing"
)

// TestHeadlinePredicates checks a headline's second predicate: in title
// or sentence case, after a comma, "and" or a quoted word's comma, it
// ends the first content and reports on its own with the same source;
// a second verb that is no cue, or one in the body, does neither.
func TestHeadlinePredicates(t *testing.T) {
	const body = "\n\nThe council met on Monday to review the budget for the docks.\n"
	cases := []headlineCase{
		{"title case, comma",
			"Ortega Slams Ferry Plan, Praises Rail Bill." + body,
			[]string{"Slams=Ferry Plan", "Praises=Rail Bill"}, nil},
		{"sentence case, comma",
			"Mayor Ortega slams ferry plan, praises rail bill." + body,
			[]string{"slams=ferry plan", "praises=rail bill"}, nil},
		{"and in title case",
			"Senator Quill Backs Vance And Denounces Ruiz." + body,
			[]string{"Denounces=Ruiz"}, []string{"Backs=Vance And Denounces Ruiz"}},
		{"comma before a closing mark",
			"Pellham declares ‘victory,’ ignores losses." + body,
			[]string{"declares=‘victory,’", "ignores=losses"}, nil},
		{"second verb is no cue",
			"Ortega slams ferry plan, swims in harbor." + body,
			[]string{"slams=ferry plan, swims in harbor"}, []string{"swims=in harbor"}},
		{"past tense in sentence case is a lede listing objects",
			"Mayor Ortega rejected the fees, claims of waste and delays." + body,
			nil, []string{"claims=of waste and delays"}},
		{"body sentence keeps its object",
			"Docks Budget Review." + "\n\nThe mayor at the time, Ortega, slams the plan, praises the bill and leaves." + body,
			nil, []string{"praises=the bill and leaves"}},
	}
	runHeadlineCases(t, cases)
}

// TestHeadlineShortObject checks a headline's present-tense verb with a
// short object: a one-word object running to the headline's end is the
// content, and a rare verb's short object stands ("Ortega chides Vance");
// the same in running text, or a past-tense verb, reports nothing.
func TestHeadlineShortObject(t *testing.T) {
	const body = "\n\nThe council met on Monday to review the budget for the docks.\n"
	cases := []headlineCase{
		{"one-word object",
			"Absent Ortega derides debate; " + body,
			[]string{"derides=debate"}, nil},
		{"one-word object after a fronted phrase",
			"With new ad, Pellham escalates feud." + body,
			[]string{"escalates=feud"}, nil},
		{"rare verb, short object",
			"Ortega chides Lisbon and praises Vance at rally." + body,
			[]string{"chides=Lisbon", "praises=Vance"}, nil},
		{"past tense in a headline",
			"Ortega derided debate." + body,
			nil, []string{"derided=debate"}},
		{"running text",
			"Docks Budget Review.\n\nOn the radio, the old mayor Ortega derides debate.\n",
			nil, []string{"derides=debate"}},
	}
	runHeadlineCases(t, cases)
}

type headlineCase struct {
	name, in string
	want     []string // "cue=content", each present
	absent   []string // "cue=content", none present
}

func runHeadlineCases(t *testing.T, cases []headlineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{Published: "2025-09-04"})
			checkInvariants(t, c.in, r)
			got := map[string]bool{}
			for _, q := range r.Quotes {
				if q.Cue != nil {
					got[q.Cue.Text+"="+strings.TrimRight(q.Text, ".")] = true
				}
			}
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("missing %q; got %v", w, got)
				}
			}
			for _, w := range c.absent {
				if got[w] {
					t.Errorf("unexpected %q; got %v", w, got)
				}
			}
		})
	}
}
