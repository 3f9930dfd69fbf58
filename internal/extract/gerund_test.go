package extract

import "testing"

// TestGerund checks participle and gerund reports: a reporting participle
// after "by/after/while/before" reports for the clause's subject at the
// ordinary cue gate, while one naming a plain action reports nothing.
func TestGerund(t *testing.T) {
	cases := []contentSourceCase{
		{"by reminding that",
			"Ms. Ortiz opened her speech by reminding the crowd that the levy had passed twice.",
			"that the levy had passed twice", "Ms. Ortiz"},
		{"after hinting that",
			"The governor drew jeers after hinting that the ferry route could close.",
			"that the ferry route could close", "The governor"},
		{"by proposing",
			"The senator upset farmers by proposing to cut the grain subsidy.",
			"to cut the grain subsidy", "The senator"},
		{"by mocking",
			"The mayor angered the union by mocking its leaders on the radio.",
			"its leaders on the radio", "The mayor"},
		{"by thanking",
			"The mayor closed the meeting by thanking the volunteers for their work.",
			"the volunteers for their work", "The mayor"},

		// A plain action after the preposition reports nothing.
		{"by driving",
			"He reached the coast by driving through the night.",
			"through the night", ""},
		{"after hearing",
			"The council adjourned after hearing from three farmers.",
			"from three farmers", ""},
		{"while walking",
			"She broke her wrist while walking the dog.",
			"the dog", ""},
		{"by buying",
			"The firm grew by buying smaller rivals.",
			"smaller rivals", ""},
		{"by benching",
			"The coach annoyed fans by benching the star striker.",
			"the star striker", ""},

		// An opening participle reports for the subject after its comma.
		{"opening reflecting on",
			"Reflecting on her years in office, the mayor thanked her staff.",
			"her years in office", "the mayor"},
		{"opening discussing",
			"Discussing the new budget on Monday, the treasurer praised the staff.",
			"the new budget", "the treasurer"},
		{"opening plain action",
			"Walking to the podium, the mayor waved.",
			"to the podium", ""},
		{"opening experiencing",
			"Experiencing heavy turbulence, the pilot landed early.",
			"heavy turbulence", ""},
		{"opening compiling",
			"Compiling the data, the clerk found errors.",
			"the data", ""},

		// A released document's participle reports for the releaser.
		{"ads attacking",
			"The group ran ads attacking the mayor on taxes.",
			"the mayor on taxes", "The group"},
		{"report detailing",
			"The firm released a report detailing its losses.",
			"its losses", "The firm"},
		{"ads featuring",
			"The station aired ads featuring the mascot.",
			"the mascot", ""},
		{"reports using",
			"The clerk filed the reports using a new system.",
			"a new system", ""},
	}
	checkContentSources(t, cases)
}

// TestWeakGerund covers a participle whose learned precision is low
// but which a "that" clause follows after a comma or a dash: gerund
// reads it with the clause's subject. Evidence participles and a
// participle with no clause are left alone.
func TestWeakGerund(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"comma", "The mayor delayed the vote, betting that the crews would back down.",
			[][2]string{{"that the crews would back down", "The mayor"}}},
		{"dash", "The mayor cut the ribbon — proclaiming that the pier was open to all.",
			[][2]string{{"that the pier was open to all", "The mayor"}}},
		{"determiner that", "The crews rebuilt the pier, creating that sense of calm.", nil},
		{"evidence", "The rowers lost again, showing that their depth matters.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
