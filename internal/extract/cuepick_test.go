package extract

import "testing"

// TestRelativeInnerSayKeepsOuter checks that a "said" inside a relative
// clause of an outer report's content ("what she said were …", "in which
// aides said …") does not take the content: the outer cue keeps it whole.
func TestRelativeInnerSayKeepsOuter(t *testing.T) {
	cases := []struct {
		name, in, cue, content string
	}{
		{"free relative what", "The senator proposed new rules that would end what she said were hidden charges.",
			"proposed", "new rules that would end what she said were hidden charges"},
		{"preposition and which", "The governor cited a report in which aides said the bridge was unsafe.",
			"cited", "a report in which aides said the bridge was unsafe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			for _, q := range r.Quotes {
				if q.Text != c.content {
					continue
				}
				if q.Cue == nil || q.Cue.Text != c.cue {
					t.Errorf("cue %+v, want %q", q.Cue, c.cue)
				}
				return
			}
			t.Fatalf("no quote is exactly %q: %+v", c.content, r.Quotes)
		})
	}
}

// TestInnerSayStillMoves checks that an inner "said" with a clause of its
// own, not a relative one, still takes the content from the outer cue.
func TestInnerSayStillMoves(t *testing.T) {
	in := "Headline\n\nThe mayor jokingly offered the man a job, then said he would welcome advice from anyone."
	r := extract(in, Meta{Published: "2025-09-04"})
	checkInvariants(t, in, r)
	for _, q := range r.Quotes {
		if q.Text == "he would welcome advice from anyone" && q.Cue != nil && q.Cue.Text == "said" {
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
		{"noun head", "Subsequent estimates put the cost of the bridge near nine million dollars.",
			"Subsequent estimates", "put", "the cost of the bridge near nine million dollars"},
		{"participle with a day", "A survey from Lakeside College released Monday found the mayor trailing by six points.",
			"A survey from Lakeside College released Monday", "found", "the mayor trailing by six points"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			for _, q := range r.Quotes {
				if q.Text != c.content {
					continue
				}
				if q.Cue == nil || q.Cue.Text != c.cue {
					t.Errorf("cue %+v, want %q", q.Cue, c.cue)
				}
				if q.Mention == nil || q.Mention.Text != c.src {
					t.Errorf("mention %+v, want %q", q.Mention, c.src)
				}
				return
			}
			t.Fatalf("no quote is exactly %q: %+v", c.content, r.Quotes)
		})
	}
}
