package extract

import "testing"

// Helpers shared by the test files of several mechanisms: case types and
// the checks that run them. Helpers one file uses stay in that file.

// fixrevCase is one sentence checked for the contents it must and must
// not give, and for source mentions and cues it must not give.
type fixrevCase struct {
	name        string
	in          string
	want        []string // contents that must appear
	notWant     []string // contents that must not appear
	notMentions []string // source mentions that must not appear
	notCues     []string // cue texts that must not appear
}

func checkFixrev(t *testing.T, cases []fixrevCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			checkContents(t, r, c.want, c.notWant)
			for _, q := range r.Quotes {
				for _, m := range c.notMentions {
					if q.Mention != nil && q.Mention.Text == m {
						t.Errorf("unexpected source %q for %q", m, q.Text)
					}
				}
				for _, cue := range c.notCues {
					if q.Cue != nil && q.Cue.Text == cue {
						t.Errorf("unexpected cue %q for %q", cue, q.Text)
					}
				}
			}
		})
	}
}

// speakerCase names the speaker (and optionally title) expected for the
// quote whose text holds content.
type speakerCase struct {
	name, in, content, speaker, title string
	kind                              SpeakerKind // checked when set
}

func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, true)
			if q.Speaker.Name != c.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker.Name, c.speaker)
			}
			if c.title != "" && q.Speaker.Title != c.title {
				t.Errorf("title %q, want %q", q.Speaker.Title, c.title)
			}
			if c.kind != "" && q.Speaker.Kind != c.kind {
				t.Errorf("kind %q, want %q", q.Speaker.Kind, c.kind)
			}
		})
	}
}

// pairCase is a sentence and the (content, source mention) pairs its
// quotes must have.
type pairCase struct {
	name string
	in   string
	want [][2]string
}

// checkPairCases runs checkQuotePairs on each case as a subtest.
func checkPairCases(t *testing.T, cases []pairCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// probe15Case is one sentence and the single attribution it must give.
type probe15Case struct{ in, content, source string }

func checkProbe15(t *testing.T, cs []probe15Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// probe16Case is one sentence and the single attribution it must give:
// content, source and cue.
type probe16Case struct{ in, content, source, cue string }

func checkProbe16(t *testing.T, cs []probe16Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// probe17Case is one sentence and the single attribution it must give:
// content, source and cue ("" source: none).
type probe17Case struct{ in, content, source, cue string }

func checkProbe17(t *testing.T, cs []probe17Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// checkProbe17None checks that nothing is attributed in each sentence.
func checkProbe17None(t *testing.T, ins []string) {
	t.Helper()
	for _, in := range ins {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// probe18Case is one sentence and the single attribution it must give:
// content, source and cue ("" cue: any).
type probe18Case struct{ in, content, source, cue string }

func checkProbe18(t *testing.T, cs []probe18Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// starts18Case is one sentence and the single attribution it must give:
// content, source and cue ("" cue: any).
type starts18Case struct{ in, content, source, cue string }

func checkStarts18(t *testing.T, cs []starts18Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// wire21Case is one sentence and the single attribution it must give:
// content, source and resolved speaker.
type wire21Case struct{ in, content, source, speaker string }

func checkWire21(t *testing.T, cs []wire21Case) {
	t.Helper()
	for _, c := range cs {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 {
			t.Errorf("%q: got %d attributions, want 1", c.in, len(r.Quotes))
			continue
		}
		q, m := r.Quotes[0], ""
		if q.Mention != nil {
			m = q.Mention.Text
		}
		if q.Text != c.content || m != c.source || q.Speaker.Name != c.speaker {
			t.Errorf("%q: got %q / %q / %q, want %q / %q / %q", c.in, q.Text, m, q.Speaker.Name, c.content, c.source, c.speaker)
		}
	}
}
