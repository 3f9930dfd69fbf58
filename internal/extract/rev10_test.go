package extract

import "testing"

// TestRev10 holds the review's cases for this session's lanes: a name
// after an inverted cue is its speaker, a short fronted clause with an
// irregular past is a content, and a venue noun in -s that is no plural
// ends the venue.
func TestRev10(t *testing.T) {
	cases := []struct {
		name, in, content, mention string
	}{
		{"name after an inverted cue", "Not a chance, replied Ida Fenn.", "Not a chance", "Ida Fenn"},
		{"name after an inverted writing cue", "A total disaster, wrote Ida Fenn.", "A total disaster", "Ida Fenn"},
		{"object after the cue is no speaker", "Another delegate, Ann Roe of Vell, explained the reason for the delay.", "the reason for the delay", "Another delegate, Ann Roe of Vell"},
		{"venue noun in -us", "The dean said at the Vell campus that the fees will rise.", "that the fees will rise", "The dean"},
		{"short clause with an irregular past", "The town grew, Fenn said.", "The town grew", "Fenn"},
		{"short clause with an irregular past and a role", "Prices rose, the mayor said.", "Prices rose", "the mayor"},
		{"unknown noun speaking, then a participle", "The warden spoke on Monday, saying the lake is low.", "the lake is low", "The warden"},
		{"unknown noun replying, then a participle", "The ferryman replied at once, insisting the boat was safe.", "the boat was safe", "The ferryman"},
		{"venue noun in -ss", "The dean said at the Vell press that the fees will rise.", "that the fees will rise", "The dean"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{})
			for _, q := range r.Quotes {
				if q.Text == c.content {
					if got := mentionText(q); got != c.mention {
						t.Errorf("mention %q, want %q", got, c.mention)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", c.content, r.Quotes)
		})
	}
}

// TestDashSummaryPreposed: a dash after a postposed cue sums up the
// clause before it, whichever layout reads the cue.
func TestDashSummaryPreposed(t *testing.T) {
	for _, in := range []string{
		"The town grew, Ida Fenn said -- a claim that others dispute.",
		"The town grew, the census office said — a claim that others dispute.",
	} {
		for _, q := range extract(in, Meta{}).Quotes {
			if q.Text == "a claim that others dispute" {
				t.Errorf("%q: the dash summary read as content", in)
			}
		}
	}
}

// TestNoSpeakerForEvents: a participle after a verb that is no speaking
// gets no subject the lexicons do not know.
func TestNoSpeakerForEvents(t *testing.T) {
	for _, in := range []string{
		"The hall erupted at once, showing its anger.",
		"The storm struck on Monday, leaving the lake low.",
	} {
		for _, q := range extract(in, Meta{}).Quotes {
			if m := mentionText(q); m == "The hall" || m == "The storm" {
				t.Errorf("%q: %q speaks", in, m)
			}
		}
	}
}
