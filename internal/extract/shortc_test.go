package extract

import "testing"

// TestShortContents checks contents that used to stop too early: the
// comma after an adverbial clause that opens the content is not the end.
func TestShortContents(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"if clause then main clause",
			"He said if the council agrees, the mayor will sign the bill next week.",
			[]string{"if the council agrees, the mayor will sign the bill next week"}, nil},
		{"that when clause then main clause",
			"The governor said that when the budget passes, the state will cut taxes for farmers.",
			[]string{"that when the budget passes, the state will cut taxes for farmers"}, nil},
		{"despite phrase then main clause",
			"The mayor said that despite the long delays, the city remains a good place for new business.",
			[]string{"that despite the long delays, the city remains a good place for new business"}, nil},
		{"appositive after a plain clause still goes",
			"The senator said voters back the new law, a measure that passed the chamber last spring.",
			[]string{"voters back the new law"}, nil},
		{"a new clause after but still ends it",
			"The mayor is ''not a fighter,'' said Jones, but she has won every vote this year.",
			[]string{"The mayor is ''not a fighter,''"}, nil},
		{"contrast with a weak verb stays in a said clause",
			"The mayor said the plan helps the city, even if its details are not yet understood.",
			[]string{"the plan helps the city, even if its details are not yet understood"}, nil},
		{"contrast with a quoted cue word stays",
			"The mayor said she rejects the offer, because \"I do not see what it adds.\"",
			[]string{"she rejects the offer, because \"I do not see what it adds.\""}, nil},
		{"contrast with its own report still ends it",
			"The mayor said she supports the plan, but several aides said it costs too much.",
			[]string{"she supports the plan"}, nil},
		{"although clause with its own report stays inside the that clause",
			"Prosecutors argued that although the hacker confessed, he showed no remorse.",
			[]string{"that although the hacker confessed, he showed no remorse"}, nil},
		{"while clause with its own report stays inside the that clause",
			"The mayor said that while the contractor admitted the error, he never paid the fine.",
			[]string{"that while the contractor admitted the error, he never paid the fine"}, nil},
		{"although clause after a plain clause still ends it",
			"The mayor said the bridge is safe, although engineers said it needs repairs.",
			[]string{"the bridge is safe"}, nil},
		{"according to takes both clauses joined by and",
			"The fund paid for new roofs in the county, and it has helped farmers rebuild their barns, according to the annual report.",
			[]string{"The fund paid for new roofs in the county, and it has helped farmers rebuild their barns"}, nil},
		{"an abbreviation in a subject's relative clause does not close it",
			"He argued the group, which has been the target of a U.S.-led campaign for two years, is in retreat.",
			[]string{"the group, which has been the target of a U.S.-led campaign for two years, is in retreat"}, nil},
		{"a quoted predicate after a subject's relative clause continues it",
			"She argued the levy, which is widely backed by farmers, \"won't raise a dollar\" without new inspectors.",
			[]string{"the levy, which is widely backed by farmers, \"won't raise a dollar\" without new inspectors"}, nil},
		{"a quotation after a state abbreviation starts the next sentence",
			"“The plan is weak,” Lee said at a rally in Albany, N.Y. “It leaves farmers without help.”",
			[]string{"“The plan is weak,” Lee said at a rally in Albany, N.Y. “It leaves farmers without help.”"}, nil},
		{"a lower-case quotation after an abbreviation stays in the sentence",
			"His office said the U.S. “does not have the money” to help.",
			[]string{"the U.S. “does not have the money” to help"}, nil},
		{"a list after the comma is no appositive",
			"The mayor said they differ on taxes, the new stadium and the future of the old harbor.",
			[]string{"they differ on taxes, the new stadium and the future of the old harbor"}, nil},
		{"an appositive joined without a determiner still goes",
			"The mayor said the deal was signed by Ann Hale, a banker and former adviser to the governor of the state.",
			[]string{"the deal was signed by Ann Hale"}, nil},
		{"a quotation followed by the writer's phrase stays whole",
			"“We will win,” she said, in a speech to farmers.",
			[]string{"“We will win,”"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
