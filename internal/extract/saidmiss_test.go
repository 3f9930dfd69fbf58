package extract

import "testing"

// TestSaidmiss covers plain speech cues whose layout did not fire.
func TestSaidmiss(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "second quotation with its own closing attribution",
			text: `"The old mill is closing," she said, but after the long vote, "we will rebuild it," said Marlow, who runs the town council.`,
			want: []string{`"The old mill is closing,"`, `"we will rebuild it,"`},
		},
		{
			name: "participle before a later report",
			text: `The mayor gave the council some credit during the hearing, saying it should be thanked for the new budget, but she suggested the plan is no cure for the deficit.`,
			want: []string{`it should be thanked for the new budget`, `the plan is no cure for the deficit`},
		},
		{
			name: "paragraph opened with a closing mark",
			text: "The panel met on Monday.\n\n” … the budget is simply not enough for the schools,” she said.",
			want: []string{"” … the budget is simply not enough for the schools,”"},
		},
		{
			name: "bare role before the name after an inverted cue",
			text: `"We will keep the library open all winter," said longtime board member Ruth Allard, a retired teacher.`,
			want: []string{`"We will keep the library open all winter,"`},
		},
		{
			name: "relative that before a saying verb and a quotation",
			text: `Volunteers handed out buttons that said, "Keep the park open."`,
			want: []string{`"Keep the park open."`},
		},
		{
			name: "preposed report before a closing attribution",
			text: `The mayor said the new budget was worth the wait but added, “We lost a whole year,” the mayor said.`,
			want: []string{`the new budget was worth the wait`, `“We lost a whole year,”`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			checkContents(t, r, c.want, c.notWant)
		})
	}
}

// TestSaidmissParticipleSource: the participle's source is the subject
// before it, not a later report's.
func TestSaidmissParticipleSource(t *testing.T) {
	r := extract(`The mayor gave the council some credit during the hearing, saying it should be thanked for the new budget, but she suggested the plan is no cure for the deficit.`, Meta{})
	for _, q := range r.Quotes {
		if q.Text == "it should be thanked for the new budget" && (q.Mention == nil || q.Mention.Text != "The mayor") {
			t.Errorf("participle source = %+v, want The mayor", q.Mention)
		}
	}
}

// TestSaidmissThatSource: the relative pronoun is the source.
func TestSaidmissThatSource(t *testing.T) {
	r := extract(`Volunteers handed out buttons that said, "Keep the park open."`, Meta{})
	for _, q := range r.Quotes {
		if q.Text == `"Keep the park open."` && (q.Mention == nil || q.Mention.Text != "that") {
			t.Errorf("source = %+v, want that", q.Mention)
		}
	}
}
