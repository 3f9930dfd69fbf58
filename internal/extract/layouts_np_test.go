package extract

import "testing"

// TestNPObjects covers attributions whose content is the noun phrase a
// cue takes as object. Which participles take one is learned (npgen), so
// the cases use participles the table passes with room to spare.
func TestNPObjects(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"time after object", "Mayor Ann Holt endorsed Carl Diaz on Friday.", "Carl Diaz", "Mayor Ann Holt", "endorsed"},
		{"bare weekday", "The union endorsed Nora Webb Tuesday.", "Nora Webb", "The union", "endorsed"},
		{"poll share", "About two-thirds of the voters support the new school levy.", "the new school levy", "About two-thirds of the voters", "support"},
		{"participle modifier", "Donors gave $2 million to a group backing Senator Paul Reyes.", "Senator Paul Reyes", "a group", "backing"},
		{"relative who", "Farmers who support the tariff plan have met in Ames.", "the tariff plan", "who", "support"},
		{"nested", "The poll found that most farmers support the tariff plan.", "", "", "support"},
		{"venue after object", "Governor Lee praised the rescue crews at a news conference in Dover.", "the rescue crews", "Governor Lee", "praised"},
		{"name list", "The council endorsed Mayor Ann Holt, Judge Carl Diaz and Sheriff Nora Webb on Monday.", "Mayor Ann Holt, Judge Carl Diaz and Sheriff Nora Webb", "The council", "endorsed"},
		{"coordinated participles", "Many held signs supporting the strike or blasting the board.", "the board", "signs", "blasting"},
		{"object after as", "Senator Ray Holt slammed the budget as too timid.", "the budget as too timid", "Senator Ray Holt", "slammed"},
		{"infinitive", "Governor Ray Holt refused to endorse Ann Lee on Friday.", "Ann Lee", "Governor Ray Holt", "refused to endorse"},
		{"noun use", "The mayor thanked residents for their support during the storm.", "", "", "support"},
		{"passive with agent", "Carl Diaz was endorsed by the union.", "Carl Diaz", "the union", "endorsed"},
		{"with circumstance", "The talks ended, with Ana Ruiz backing a new round of sanctions.", "", "", "backing"},
		{"clause object", "The governor and his aides see the deal is done.", "the deal is done", "The governor and his aides", "see"}, // a clause, not the noun "the deal"
	})
}

// cueObjectCase: in, as an article's body, yields content from mention
// with cue; "" content: no attribution with this cue; "" mention: none.
type cueObjectCase struct {
	name, in         string
	content, mention string
	cue              string
}

// checkCueObjects checks the attribution each case's cue makes.
func checkCueObjects(t *testing.T, cases []cueObjectCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got *Quote
			for i, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = &r.Quotes[i]
				}
			}
			if c.content == "" {
				if got != nil {
					t.Fatalf("unexpected attribution %q (cue %q)", got.Text, c.cue)
				}
				return
			}
			if got == nil {
				t.Fatalf("no attribution with cue %q in %+v", c.cue, r.Quotes)
			}
			if got.Text != c.content {
				t.Errorf("content %q, want %q", got.Text, c.content)
			}
			switch {
			case c.mention == "" && got.Mention != nil:
				t.Errorf("mention %q, want none", got.Mention.Text)
			case c.mention != "" && (got.Mention == nil || got.Mention.Text != c.mention):
				t.Errorf("mention %+v, want %q", got.Mention, c.mention)
			}
		})
	}
}

// TestNPStages checks the variants npgen measures the layout with: off
// (another layout reads "endorsed" without the trim), as learned, and
// every phrase firing ("delivered" is in the lexicon, too seldom right to add
// attributions).
func TestNPStages(t *testing.T) {
	text := "Headline\n\nIntro.\n\nMayor Ann Holt endorsed Carl Diaz on Friday. The auditor delivered a blunt report."
	cues := func(np NPStage) map[string]string {
		got := map[string]string{}
		for _, q := range extractNP(text, Meta{}, np).Quotes {
			if q.Cue != nil {
				got[q.Cue.Text] = q.Text
			}
		}
		return got
	}
	for _, c := range []struct {
		np                  NPStage
		endorsed, delivered string
	}{
		{NPOn, "Carl Diaz", ""},
		{NPOff, "Carl Diaz on Friday", ""},
		{NPLearn, "Carl Diaz", "a blunt report"},
	} {
		got := cues(c.np)
		if got["endorsed"] != c.endorsed || got["delivered"] != c.delivered {
			t.Errorf("stage %d: endorsed %q, delivered %q; want %q, %q", c.np, got["endorsed"], got["delivered"], c.endorsed, c.delivered)
		}
	}
}
