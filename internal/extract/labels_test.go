package extract

import (
	"strings"
	"testing"
)

// TestTranscriptLabels checks transcript labels at paragraph starts: a
// label is a speaker when it recurs, also as the surname of a longer
// label, and a one-off label line without a transcript stays out.
func TestTranscriptLabels(t *testing.T) {
	cases := []struct {
		name, in, want, src string
		found               bool
	}{
		{"surname of a full label", "Dana Ortiz: We spent the whole week on the road and it showed in the numbers.\n\nOrtiz: Nobody in that room believed the budget would pass this year.",
			"Nobody in that room believed the budget would pass this year", "Ortiz", true},
		{"upper-case surname", "PAULA KERR: Why not hold the vote now?\n\nKERR: You said back in May that the council would vote before the summer recess.",
			"You said back in May that the council would vote before the summer recess", "KERR", true},
		{"nested report stays in the answer", "PAULA KERR: Why not hold the vote now?\n\nKERR: Frankly, you know, I just think the budget vote matters more than any other.",
			"Frankly, you know, I just think the budget vote matters more than any other", "KERR", true},
		{"one-off label", "Ortiz: Nobody in that room believed the budget would pass this year.",
			"Nobody in that room believed the budget would pass this year", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text != c.want {
					continue
				}
				if !c.found {
					t.Fatalf("unexpected %q", q.Text)
				}
				if q.Mention == nil || q.Mention.Text != c.src {
					t.Errorf("source of %q: got %v, want %q", q.Text, q.Mention, c.src)
				}
				return
			}
			if c.found {
				t.Errorf("missing %q; got %v", c.want, keys(contents(r)))
			}
		})
	}
}

// TestDashLabels checks roundup items whose source stands between a dash
// and a colon: after a two-word topic, and after an upper-case topic that
// looks like a dateline.
func TestDashLabels(t *testing.T) {
	cases := []struct{ name, in, want, src string }{
		{"two-word topic", "Engineers agree - Ann Hale: “The levee is in good shape this spring.”",
			"“The levee is in good shape this spring.”", "Ann Hale"},
		// Deep in a long article, where long paragraphs have their
		// datelines skipped.
		{"upper-case topic", "The county met.\n\nThe river rose.\n\n" +
			"LEVEE HOLDS, RIVER FALLS - Ann Hale and Tom Roe: “" + longLevee + "”\n\nThe rain stopped.\n\nThe roads opened.\n\nThe schools opened.",
			"“" + longLevee + "”", "Ann Hale and Tom Roe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLabelled(t, c.in, c.want, c.src)
		})
	}
}

// longLevee is a quotation long enough (over 60 tokens with its label)
// for its paragraph to be read as body prose.
const longLevee = "The levee is in good shape this spring, and the crews that walked it " +
	"every morning for the past three weeks found no new seepage along the north bank, " +
	"no cracks in the concrete wall near the pumping station, and no soft ground under " +
	"the new gravel road that the county built last fall with money from the state."

// TestHeadlineQuoteLabel checks headlines whose label before the colon
// is longer than a name: the quotation after it is the opening name's
// (the mention may run on over a lower-case verb and its object).
func TestHeadlineQuoteLabel(t *testing.T) {
	cases := []struct{ name, head, want, src string }{
		{"name on topic", "Hale on the Levee Report After the Storm: ‘It Will Hold.’", "‘It Will Hold.’", "Hale"},
		{"name and verb", "Ann Hale heckles Roe supporters: ‘Do your job.’", "‘Do your job.’", "Ann Hale"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.head + "\n\nThe county met on Monday to talk about the levee.\n\nThe river rose again."
			r := extract(text, Meta{Published: "2025-09-04"})
			checkInvariants(t, text, r)
			for _, q := range r.Quotes {
				if q.Text == c.want {
					if q.Mention == nil || !strings.HasPrefix(q.Mention.Text, c.src) {
						t.Errorf("source: got %v, want %q", q.Mention, c.src)
					}
					return
				}
			}
			t.Errorf("missing %q; got %v", c.want, keys(contents(r)))
		})
	}
}

// TestColonSubjectQuote checks a prose sentence ending in a colon and a
// quotation that no cue layout takes: the quotation is the subject's.
func TestColonSubjectQuote(t *testing.T) {
	cases := []struct{ name, in, want, src string }{
		{"letter makes a case", "Hale’s letter makes a plain case: “The levee will not hold another spring.”",
			"“The levee will not hold another spring.”", "Hale’s letter"},
		{"numbered article", "Section 12 forbids it outright: “No county may build on the flood plain.”",
			"“No county may build on the flood plain.”", "Section 12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLabelled(t, c.in, c.want, c.src)
		})
	}
}

// checkLabelled checks that the body in yields the quote want with the
// mention src.
func checkLabelled(t *testing.T, in, want, src string) {
	t.Helper()
	r := extractBody(t, in)
	for _, q := range r.Quotes {
		if q.Text == want {
			if q.Mention == nil || q.Mention.Text != src {
				t.Errorf("source: got %v, want %q", q.Mention, src)
			}
			return
		}
	}
	t.Errorf("missing %q; got %v", want, keys(contents(r)))
}

// TestLabelExchange checks that a question and its answer under
// upper-case labels are a transcript though neither name recurs, and that
// a run of place labels without a question is not.
func TestLabelExchange(t *testing.T) {
	got := bodyQuotes("HALVERSON: Will the levy pass this spring?\n\nOKAFOR: Only if the farmers back it.")
	if len(got) != 2 || got[0][1] != "HALVERSON" || got[1][1] != "OKAFOR" || got[1][0] != "Only if the farmers back it" {
		t.Errorf("got %q, want two turns under HALVERSON and OKAFOR", got)
	}
	for _, in := range []string{
		"LIMA: Heavy rain closed the coastal road overnight.\n\nQUITO: The airport reopened after the ash cloud passed.",
		"HALVERSON: Will the levy pass this spring?",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// TestHeadlineRubrics: a rubric before a headline's colon speaks
// no words; an outlet's editorial still does.
func TestHeadlineRubrics(t *testing.T) {
	cases := []struct{ in, source string }{
		{"Fact Check: Did the Levy Really Double?\n\nThe levy rose by a tenth.", ""},
		{"Analysis: Did the Levy Really Double?\n\nThe levy rose by a tenth.", ""},
		{"Globe editorial: 'Fix the Buses Now.'\n\nThe city's buses are late.", "Globe editorial"},
	}
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if c.source == "" {
			if len(r.Quotes) != 0 {
				t.Errorf("%q: got %+v, want nothing", c.in, r.Quotes)
			}
			continue
		}
		if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != c.source {
			t.Errorf("%q: got %+v, want source %q", c.in, r.Quotes, c.source)
		}
	}
}
