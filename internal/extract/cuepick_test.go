package extract

import (
	"strings"
	"testing"
)

// TestRelativeInnerSayKeepsOuter checks that a "said" inside a relative
// clause of an outer report's content ("what she said were …", "in which
// aides said …") does not take the content: the outer cue keeps it whole.
func TestRelativeInnerSayKeepsOuter(t *testing.T) {
	cases := []struct {
		name, in, cue, content string
	}{
		{"free relative what", "The chancellor called for a law to scrap what he said was a needless parking fee.",
			"called for", "a law to scrap what he said was a needless parking fee"},
		{"preposition and which", "The governor cited a report in which aides said the bridge was unsafe.",
			"cited", "a report in which aides said the bridge was unsafe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false); q.Cue == nil || q.Cue.Text != c.cue {
				t.Errorf("cue %+v, want %q", q.Cue, c.cue)
			}
		})
	}
}

// TestInnerSayStillMoves checks that an inner "said" with a clause of its
// own, not a relative one, still takes the content from the outer cue.
func TestInnerSayStillMoves(t *testing.T) {
	in := "Headline\n\nAfter the final whistle, the coach promised the fans a parade, then said his players had earned a rest."
	r := extract(in, Meta{Published: "2025-09-04"})
	checkInvariants(t, in, r)
	for _, q := range r.Quotes {
		if q.Text == "his players had earned a rest" && q.Cue != nil && q.Cue.Text == "said" {
			return
		}
	}
	t.Fatalf("no inner said quote: %+v", r.Quotes)
}

// TestSubjectCue checks that a noun or participle cue standing right
// before a finite report verb gives way to that verb: the whole phrase
// before it is the source.
func TestSubjectCue(t *testing.T) {
	cases := []struct {
		name, in, src, cue, content string
	}{
		{"noun head", "Staff estimates show the harbor deficit climbing past twelve billion.",
			"Staff estimates", "show", "the harbor deficit climbing past twelve billion"},
		{"participle with a day", "A memo from the Transit Board leaked Tuesday showed ferry ridership falling sharply.",
			"A memo from the Transit Board leaked Tuesday", "showed", "ferry ridership falling sharply"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false)
			if q.Cue == nil || q.Cue.Text != c.cue {
				t.Errorf("cue %+v, want %q", q.Cue, c.cue)
			}
			if mentionText(q) != c.src {
				t.Errorf("mention %+v, want %q", q.Mention, c.src)
			}
		})
	}
}

// TestCueAdverbOfInfinitive checks that an adverb closing an infinitive
// in the source ("authorized to speak publicly") stays out of the cue,
// while one between the subject and the cue stays in it.
func TestCueAdverbOfInfinitive(t *testing.T) {
	for _, c := range []struct{ in, cue string }{
		{"A guard who was not allowed to talk openly said the gate had jammed.", "said"},
		{"The coach has repeatedly said the pitch was fine.", "has repeatedly said"},
		{"The coach privately said the pitch was fine.", "privately said"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][2] != c.cue {
			t.Errorf("%q: got %q, want cue %q", c.in, got, c.cue)
		}
	}
}

// TestCueAdverbAfterConjunction checks that adverbs after "but" or
// "and" stay in the cue even when an infinitive stands before the
// conjunction: they belong to the second verb, not the infinitive.
func TestCueAdverbAfterConjunction(t *testing.T) {
	in := "The ferry captain declined to comment but later publicly said the ramp had failed."
	for _, q := range bodyQuotes(in) {
		if q[0] == "the ramp had failed" {
			if q[2] != "later publicly said" {
				t.Errorf("cue %q, want %q", q[2], "later publicly said")
			}
			return
		}
	}
	t.Errorf("no content %q: %q", "the ramp had failed", bodyQuotes(in))
}

// TestAsideThatHearer checks that a "that" after an object pronoun opens
// the content only when the pronoun is the cue's hearer: in "said Ray had
// told him that …" the pronoun belongs to the reported clause.
func TestAsideThatHearer(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"Moss said the keeper had warned him that the dam was cracked.", "the keeper had warned him that the dam was cracked"},
		{"Moss explained to them that the dam was cracked.", "that the dam was cracked"},
	} {
		got := bodyQuotes(c.in)
		if len(got) == 0 || got[0][0] != c.content {
			t.Errorf("%q: got %q, want content %q", c.in, got, c.content)
		}
	}
}

// TestApposedColonLabel checks a speaker label with an apposition before
// a colon: the whole label is the mention, the name the speaker, and a
// place with its country is no label.
func TestApposedColonLabel(t *testing.T) {
	r := extract("Rain fell.\n\nIda Vell, port spokeswoman: “The cranes will stay idle.”", Meta{})
	if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != "Ida Vell, port spokeswoman" || r.Quotes[0].Speaker.Name != "Ida Vell" {
		t.Errorf("label with apposition: got %+v", quoteSummary(r))
	}
	if got := bodyQuotes("Bergen, Norway: “The cranes will stay idle.”"); len(got) != 0 {
		t.Errorf("place label: got %q, want nothing", got)
	}
}

// TestSplitQuoteAfterDash checks that a quotation resumed after a dash
// that follows its attribution is one content, as after a comma.
func TestSplitQuoteAfterDash(t *testing.T) {
	in := "“The nets held,” the skipper said – “until the second squall.”"
	got := bodyQuotes(in)
	if len(got) != 1 || got[0][0] != in {
		t.Errorf("%q: got %q", in, got)
	}
}

// TestOneReadingPerCue checks that one cue gives one attribution even
// when two passes end its object in different places.
func TestOneReadingPerCue(t *testing.T) {
	got := bodyQuotes("Three clerks who were not allowed to discuss the rota publicly said the desk was shut.")
	n := 0
	for _, q := range got {
		if strings.HasSuffix(q[2], "discuss") {
			n++
		}
	}
	if n > 1 {
		t.Errorf("%d readings of \"discuss\": %q", n, got)
	}
}
