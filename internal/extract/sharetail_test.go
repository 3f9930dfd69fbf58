package extract

import "testing"

// TestShareTails: a poll share's "say" report ends at its first comma;
// a comma inside the subject, before "and that", or after a speaker
// that is no share leaves the content whole.
func TestShareTails(t *testing.T) {
	cases := []struct {
		text    string
		want    []string
		notWant []string
	}{
		{`Nearly half of the farmers said they would sell the land, however that share has fallen since May.`,
			[]string{`they would sell the land`},
			[]string{`they would sell the land, however that share has fallen since May`}},
		{`About 40 percent of the riders say the fares are “too steep,” though most still ride daily.`,
			[]string{`the fares are “too steep,”`}, nil},
		{`A third of the tenants said they had not been told, a higher share than last year.`,
			[]string{`they had not been told`}, nil},
		{`Forty percent of the riders were certain they would pay the higher fare, and the fares rose anyway.`,
			[]string{`they would pay the higher fare`}, nil},
		{`Nearly six in 10 of the drivers said they had renewed their permits in May, with similar shares among the cyclists.`,
			[]string{`they had renewed their permits in May`}, nil},
		{`About 61 percent of the members said they would vote yes compared to four in 10 last year.`,
			[]string{`they would vote yes`}, nil},
		// must not fire
		{`About a third of the owners said that while they disliked the fee, they would pay it.`,
			[]string{`that while they disliked the fee, they would pay it`}, nil},
		{`Most of the members said it was not, and that the council had a duty to act.`,
			[]string{`it was not, and that the council had a duty to act`}, nil},
		{`Half of the growers said the drought, coupled with the heat, had ruined the crop.`,
			nil, []string{`the drought`}},
		{`The majority leader said he would call the nominee, though he had not yet done so.`,
			[]string{`he would call the nominee, though he had not yet done so`}, nil},
		{`The mayor said she would sign the bill, however long the debate ran.`,
			[]string{`she would sign the bill, however long the debate ran`}, nil},
	}
	for _, c := range cases {
		checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
	}
}
