package extract

import "testing"

// TestGoesOnLimits checks that the rules letting a content go on past a
// boundary (goeson.go, leadsub.go) do not run it into the writer's words
// or split a sentence at an abbreviation before a quoted name.
func TestGoesOnLimits(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		// A clause ending in quoted words stops at its attribution.
		{"venue phrase after a clause ending in quoted words",
			"The tax is \"a disaster for farmers,\" Grant said, in a letter to members.",
			[]string{"The tax is \"a disaster for farmers,\""}, nil},
		{"venue phrase after a time word",
			"The bridge \"will not last a decade,\" Lopez said Monday, in an interview with the radio station.",
			[]string{"The bridge \"will not last a decade,\""}, nil},
		{"venue phrase after a hearer",
			"The budget is \"a fantasy,\" Patel told reporters, in a briefing on Friday.",
			[]string{"The budget is \"a fantasy,\""}, nil},
		{"subordinate clause after the attribution",
			"The court \"got it wrong,\" Ruiz said, as the crowd cheered outside.",
			[]string{"The court \"got it wrong,\""}, nil},
		{"though clause after a venue",
			"The law is \"badly written,\" Ruiz wrote in a memo, though his staff disagreed.",
			[]string{"The law is \"badly written,\""}, nil},
		{"a second verb of the source after and",
			"The levy is \"a mistake,\" Grant said, and warned that the board would fight it.",
			[]string{"The levy is \"a mistake,\""}, nil},
		{"a that clause after the attribution goes on",
			"Voters mostly recall the \"mess,\" Mills wrote, that the old council left behind in the harbor.",
			[]string{"Voters mostly recall the \"mess,\" Mills wrote, that the old council left behind in the harbor"}, nil},
		{"an infinitive after the attribution goes on",
			"It would be \"far cheaper,\" the engineer argued, to rebuild the pier from scratch.",
			[]string{"It would be \"far cheaper,\" the engineer argued, to rebuild the pier from scratch"}, nil},
		{"a relative after a preposition goes on",
			"She calls the meetings \"open doors,\" she told staff, at which anyone may raise a complaint.",
			[]string{"She calls the meetings \"open doors,\" she told staff, at which anyone may raise a complaint"}, nil},
		{"to before a hearer is no infinitive",
			"The port is \"in trouble,\" Grant said, to reporters outside the hall.",
			[]string{"The port is \"in trouble,\""}, nil},
		// A capitalised quotation after an abbreviation's stop starts a
		// sentence only when it holds one.
		{"a quoted name after U.S. stays in the clause",
			"The minister said the U.S. \"Green Card\" rules would change next year.",
			[]string{"the U.S. \"Green Card\" rules would change next year"}, nil},
		{"a quoted brand after Inc. stays in the clause",
			"Officials said Globex Inc. \"Gold Star\" loans were sold to retirees.",
			[]string{"Globex Inc. \"Gold Star\" loans were sold to retirees"}, nil},
		{"a quoted name with a comma after U.S. keeps the attribution",
			"Brown, who ran the U.S. \"Office of Rural Health,\" said the figures were wrong.",
			[]string{"the figures were wrong"}, nil},
		{"a quoted sentence after a state abbreviation still starts one",
			"\"Taxes are too high,\" Moore said at a fair in Erie, Pa. \"Families cannot pay them.\"",
			[]string{"\"Taxes are too high,\" Moore said at a fair in Erie, Pa. \"Families cannot pay them.\""}, nil},
		// A weak cue right after the subject of "but" opens a report.
		{"but with a plural noun subject and a weak cue",
			"The governor said she backed the deal, but teachers claim it will cut their pay.",
			[]string{"she backed the deal"}, nil},
		{"but with a quantified subject and a weak cue",
			"The chief said the new rota works well, but many nurses think it leaves wards short.",
			[]string{"the new rota works well"}, nil},
		// A name followed by ", a/the ROLE and …" is an appositive.
		{"a two-part appositive after a name",
			"The chief said the report was written by Mark Dunn, an engineer and the brother of a senator.",
			[]string{"the report was written by Mark Dunn"}, nil},
		{"a role with the after a name",
			"The aide said the letter reached Paul Grey, the chairman of the board and a former banker.",
			[]string{"the letter reached Paul Grey"}, nil},
		{"a list after a plain noun still goes on",
			"The clerk said the town lacks money, the staff and the land for a new school.",
			[]string{"the town lacks money, the staff and the land for a new school"}, nil},
		// A whole quotation ends at its attribution.
		{"a clause of the writer after a whole quotation",
			"\"Prices will fall,\" the trader said, that much was plain to all of us.",
			[]string{"\"Prices will fall,\""}, nil},
		{"a modal clause of the writer after a whole quotation",
			"\"Nobody saw it coming,\" he said, would be a fair summary of the night.",
			[]string{"\"Nobody saw it coming,\""}, nil},
		{"a quotation after and with its own attribution is not hers",
			"\"The vote is close,\" he said, and \"Go home,\" the guards replied.",
			[]string{"\"The vote is close,\""}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
