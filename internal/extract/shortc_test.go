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
			"Ticket prices look ''reasonable for a final,'' one fan told us, but the queues stretched for miles.",
			[]string{"Ticket prices look ''reasonable for a final,''"}, nil},
		{"contrast with a weak verb stays in a said clause",
			"The mayor said the plan helps the city, even if its details are not yet understood.",
			[]string{"the plan helps the city, even if its details are not yet understood"}, nil},
		{"contrast with a quoted cue word stays",
			"The mayor said she rejects the offer, because \"the numbers never added up.\"",
			[]string{"she rejects the offer, because \"the numbers never added up.\""}, nil},
		{"contrast with its own report still ends it",
			"The mayor said she supports the plan, but several aides said it costs too much.",
			[]string{"she supports the plan"}, nil},
		{"although clause with its own report stays inside the that clause",
			"The union claims that although the board announced the cuts, no jobs have been lost yet.",
			[]string{"that although the board announced the cuts, no jobs have been lost yet"}, nil},
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
			"Analysts believe the treaty, which followed a U.N.-backed summit in the spring, will hold for now.",
			[]string{"the treaty, which followed a U.N.-backed summit in the spring, will hold for now"}, nil},
		{"a quoted predicate after a subject's relative clause continues it",
			"Critics argue the rebate, which few shoppers bother to use, \"isn't worth the paperwork\" for small stores.",
			[]string{"the rebate, which few shoppers bother to use, \"isn't worth the paperwork\" for small stores"}, nil},
		{"a quotation after a party and state tag starts the next sentence",
			"“The bill is dead,” said Rep. Ann Lowe, D-N.M. “We will start over in the fall.”",
			[]string{"“The bill is dead,” said Rep. Ann Lowe, D-N.M. “We will start over in the fall.”"}, nil},
		{"a lower-case quotation after an abbreviation stays in the sentence",
			"Ms. Park warned that troops from the U.N. “may never leave” the border town.",
			[]string{"that troops from the U.N. “may never leave” the border town"}, nil},
		{"a list after the comma is no appositive",
			"A poll shows voters worry about crime, the price of fuel and the cost of rent in the capital.",
			[]string{"voters worry about crime, the price of fuel and the cost of rent in the capital"}, nil},
		{"an appositive joined without a determiner still goes",
			"Investigators believe the leak came from Maria Sousa, an engineer and longtime critic of the airline's safety record.",
			[]string{"the leak came from Maria Sousa"}, nil},
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
