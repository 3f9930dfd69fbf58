package extract

import "testing"

// TestAttrSource: the source the extractor names for a content, in
// sentences where a nearer noun phrase is not the speaker.
func TestAttrSource(t *testing.T) {
	cases := []struct {
		name, in, want, src string
	}{
		{"prepositional phrase before the verb", `The mayor's closest allies have in the past said that the plan would fail.`,
			`that the plan would fail`, "The mayor's closest allies"},
		{"relative pronoun before a prepositional phrase", `The council heard from Ann Roe, who in the past has argued that the tax is unfair.`,
			`that the tax is unfair`, "who"},
		{"subject of a raising cue with its own verb", `The governor appeared to imply that the vote would be delayed.`,
			`that the vote would be delayed`, "The governor"},
		{"agent of asked", `Asked by a reporter whether the plant would close, the mayor shook his head.`,
			`whether the plant would close`, "a reporter"},
		{"report after a reason why", `That is why critics say the mayor wants to close the plant.`,
			`the mayor wants to close the plant`, "critics"},
		{"long between auxiliary and cue", `The advisers have long insisted they thought the race would be close.`,
			`they thought the race would be close`, "The advisers"},
		{"opening place and time before a participle's subject", `At a town hall in Ames, Iowa, on Sunday, the senator spoke for an hour, saying that the farm bill had failed.`,
			`that the farm bill had failed`, "the senator"},
		{"duration between cue and that", `The campaign has said for months that it sees no reason to change course.`,
			`that it sees no reason to change course`, "The campaign"},
		{"floating quantifier before the cue", `The two ministers both urged that the border stay open.`,
			`that the border stay open`, "The two ministers"},
		{"participle after a cleft", `It was at the rally that the senator spoke for an hour, insisting that the mill would reopen.`,
			`that the mill would reopen`, "the senator"},
		{"participle closing a later clause", `The unions held a march downtown, and the mayor gave a short speech, saying that the mill would reopen.`,
			`that the mill would reopen`, "the mayor"},
		{"wire dateline before a participle's subject", `Denver (AFP) – The governor toured the flooded towns on Monday, saying that more rain was coming.`,
			`that more rain was coming`, "The governor"},
		{"participle after an opening clause with its own report", `When the host said the plan was dead, the senator laughed, insisting that the bill would pass.`,
			`that the bill would pass`, "the senator"},
		{"participle after a relative aside with its own report", `Senator Ann Roe, who has endorsed the mayor, spoke briefly, stressing that the mill would reopen.`,
			`that the mill would reopen`, "Senator Ann Roe"},
		{"opening participle after a subordinator", `After suggesting on Monday that the plant would close, the mayor kept a low profile.`,
			`that the plant would close`, "the mayor"},
		{"subject closed by a parenthesis", `The two senators (and their aides) said they believe the mill will close.`,
			`they believe the mill will close`, "The two senators (and their aides)"},
		{"long subject before say and a pronoun clause", `Large majorities of the voters in six states going to the polls on Tuesday said they support the ban.`,
			`they support the ban`, "Large majorities of the voters in six states going to the polls on Tuesday"},
		{"relative pronoun before an inner say", `The strike offered new arguments to farmers who say the tariffs will ruin them.`,
			`the tariffs will ruin them`, "who"},
		{"attitude inside an infinitive say", `Farm voters were more likely to say they believe the mayor is honest.`,
			`they believe the mayor is honest`, "Farm voters"},
		{"attitude inside a saying participle", `The mayor struck a calm tone, saying she understood the anger of the farmers.`,
			`she understood the anger of the farmers`, "The mayor"},
		{"unquoted block after a colon cue", "The mayor spoke at noon.\n\nIn her column, Ann Roe writes:\n\nThe levee is old and the county has known it for years.\nNobody acted.\n\nThe council meets Monday.",
			"The levee is old and the county has known it for years.\nNobody acted.", "Ann Roe"},
		{"relative clause on an inverted source", `The plant will stay open, said a senior official who was briefed on the talks.`,
			`The plant will stay open`, "a senior official who was briefed on the talks"},
		{"venue after a noun-phrase object", `The mayor praised the firefighters in a statement on Friday.`,
			`the firefighters`, "The mayor"},
		{"time clause after a noun-phrase object", `The mayor praised the firefighters after they saved the mill.`,
			`the firefighters`, "The mayor"},
		{"example after an according-to source", `The levy is likely to pass, according to two recent polls, including one by the county.`,
			`The levy is likely to pass`, "two recent polls, including one by the county"},
		{"coordinated cue in a later clause", `The unions held a march downtown, but the mayor stayed home and said that the mill would reopen.`,
			`that the mill would reopen`, "the mayor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got []string
			for _, q := range r.Quotes {
				if q.Text == c.want {
					if q.Mention == nil || q.Mention.Text != c.src {
						t.Errorf("%q: source %v, want %q", c.want, q.Mention, c.src)
					}
					return
				}
				got = append(got, q.Text)
			}
			t.Errorf("missing %q; got %q", c.want, got)
		})
	}
}
