package extract

import "testing"

// TestSourceSpanShares checks source mentions the second source-spans
// pass adjusted.
func TestSourceSpanShares(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"hyphenated number opens a share", "Intro.\n\nThirty-seven percent of the orchard owners we surveyed said the frost ruined their crop.",
			"the frost ruined their crop", "Thirty-seven percent of the orchard owners we surveyed"},
		{"teen number opens a share", "Intro.\n\nFifteen percent of the farmers said the levy was unfair.",
			"the levy was unfair", "Fifteen percent of the farmers"},
		{"party tag before an apposition", "Intro.\n\n“Riders deserve a fare freeze,” Rep. Tom Okafor, D-Iowa, a former bus driver, said.",
			"Riders deserve a fare freeze", "Rep. Tom Okafor, D-Iowa, a former bus driver"},
		{"age and place before the cue", "Intro.\n\nJo Park, 41, of Dayton said the levy was unfair.",
			"the levy was unfair", "Jo Park, 41, of Dayton"},
		{"city and state inside a relative clause", "Intro.\n\nBo Tran, 30, of Akron, Ohio, who was polled, said the levy was unfair.",
			"the levy was unfair", "Bo Tran, 30, of Akron, Ohio, who was polled"},
		{"dotted state inside a relative clause", "Intro.\n\nBo Tran, who lives in Durham, N.C., said the levy was unfair.",
			"the levy was unfair", "Bo Tran, who lives in Durham, N.C."},
		{"contact clause subject", "Intro.\n\nBus fares rose twice, a point Tom Okafor repeated on the radio.",
			"a point", "Tom Okafor"},
		{"contact clause after a fact", "Intro.\n\nThe vote was close, a fact Ann Bell conceded on Monday.",
			"a fact", "Ann Bell"},
		{"state after a postposed city", "Intro.\n\n“The levy is unfair,” said Ann Lee of Dayton, Ohio, at the fair.",
			"The levy is unfair", "Ann Lee of Dayton, Ohio"},
		// After a cue other than "said" only stateTail adds the state.
		{"state after a city past a non-said cue", "Intro.\n\n“The bridge toll is a mistake,” grumbled Wes Pratt of Toledo, Ohio, at the hearing.",
			"The bridge toll is a mistake", "Wes Pratt of Toledo, Ohio"},
		{"two-word state after a city past a non-said cue", "Intro.\n\n“The bridge toll is a mistake,” grumbled Wes Pratt of Keene, New Hampshire, at the hearing.",
			"The bridge toll is a mistake", "Wes Pratt of Keene, New Hampshire"},
		{"two-word state after a city", "Intro.\n\nThe levy is unfair, said Bo Tran of Nashua, New Hampshire.",
			"The levy is unfair", "Bo Tran of Nashua, New Hampshire"},
	})
}

// TestHeadlineWordCut checks that a title-case headline's function words
// end the mention there.
func TestHeadlineWordCut(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Tenant Groups Who Lost Their Homes Warn Of Another Bad Winter.\n\nBody text.", "Tenant Groups"},
		{"Mayor Lee Says The Ferry Will Run Again.\n\nBody text.", "Mayor Lee"},
	}
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		checkInvariants(t, c.in, r)
		got := ""
		for _, q := range r.Quotes {
			if q.Mention != nil {
				got = q.Mention.Text
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: mention %q, want %q", c.in, got, c.want)
		}
	}
}
