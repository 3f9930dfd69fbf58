package extract

import "testing"

// TestShareClauseSubject covers a poll share that opens its clause with
// its group and a postmodifier before a weak attitude cue: the whole
// share is the source. A share inside a finding ("found that …"), a
// quantity ("two and a half years") and a share with a clause of its own
// ("who …", "would be") give no such reading; a lone name is the
// content only after a share, a lone pronoun never.
func TestShareClauseSubject(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"share head with modifier", "Intro.\n\nNearly three-quarters favor a cap on rents.",
			[][2]string{{"a cap on rents", "Nearly three-quarters"}}},
		{"group and place", "Intro.\n\nRoughly 55 percent of renters in four suburbs oppose rezoning the lakefront.",
			[][2]string{{"rezoning the lakefront", "Roughly 55 percent of renters in four suburbs"}}},
		{"group, place and participle", "Intro.\n\nAbout two-thirds of Green Party members in all nine counties voting Monday support closing the mine.",
			[][2]string{{"closing the mine", "About two-thirds of Green Party members in all nine counties voting Monday"}}},
		{"share over a modifier's noun", "Intro.\n\nMajorities across every age bracket favor longer library hours.",
			[][2]string{{"longer library hours", "Majorities across every age bracket"}}},
		{"lone name", "Intro.\n\nAbout 7 in 10 young renters backed Okafor.",
			[][2]string{{"Okafor", "About 7 in 10 young renters"}}},
		{"inside a finding", "Intro.\n\nThe tally found that about 60 percent of nurses in both wards favored the new shifts.",
			[][2]string{{"that about 60 percent of nurses in both wards favored the new shifts", "The tally"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
	for _, in := range []string{
		"Intro.\n\nSome three and a half months since the council launched its review, the ferry ran again.",
		"Intro.\n\nAbout 40 percent of the cabins along the ridge lost heat overnight.",
		"Intro.\n\nAbout 35 percent of tenants in the tower would be upset by a rent hike.",
		"Intro.\n\nLocal farmers preferred Okafor.",
		"Intro.\n\nAbout 7 in 10 young renters backed him.",
		"Intro.\n\nOnly a third of the pupils in the district who sat the exam passed it.",
	} {
		if r := extractBody(t, in); len(r.Quotes) != 0 {
			t.Errorf("%q: want no attribution, got %+v", in, r.Quotes)
		}
	}
}
