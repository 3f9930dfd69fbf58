package extract

import "testing"

// TestWithAbsolute: a participle cue after "with NP" (an absolute phrase)
// takes that noun phrase as its source, not the sentence's subject, and
// its content stops before a second "and NP V-ing" phrase.
func TestWithAbsolute(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"named subject", "The two parties clashed in the hall, with Dora Quist calling for a halt to new docks.",
			[][2]string{{"a halt to new docks", "Dora Quist"}}},
		{"quantified subject", "The hearing ran late, with each trustee questioning the other's figures.",
			[][2]string{{"the other's figures", "each trustee"}}},
		{"not the clause subject", "The session closed with Ivo Marsh asking the board whether the pier would reopen.",
			[][2]string{{"whether the pier would reopen", "Ivo Marsh"}}},
		{"second absolute phrase", "The guild split, with Ansel Brook calling for a levy on ferries and other members backing a toll.",
			[][2]string{{"a levy on ferries", "Ansel Brook"}, {"a toll", "other members"}}},
		{"coordinated object kept", "The guild split, with Ansel Brook calling for a levy on ferries and barges.",
			[][2]string{{"a levy on ferries and barges", "Ansel Brook"}}},
		// Must not fire: no participle cue, a rare participle, or a "with"
		// that takes an object before a participle of another kind.
		{"no cue", "The mill kept running, with the workers hauling timber all night.", nil},
		{"rare participle", "The town raised its fees, with the clerks underlining the shortfall in the budget.", nil},
		{"with an object", "The dock is busy with crates waiting on the quay.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestCausativeObject: the object of a causative verb ("led", "forced",
// "left", …) right before "to" and a report cue is that report's speaker.
func TestCausativeObject(t *testing.T) {
	cases := []struct {
		name, in string
		want     [][2]string
	}{
		{"named object", "The audit led Mara Oduya to announce her departure.",
			[][2]string{{"her departure", "Mara Oduya"}}},
		{"titled object", "Two defeats will force Rep. Tomas Ek to acknowledge a grim choice.",
			[][2]string{{"a grim choice", "Rep. Tomas Ek"}}},
		{"lone quantifier", "The outage left many to wonder whether the grid was safe.",
			[][2]string{{"whether the grid was safe", "many"}}},
		// Must not fire: the infinitive is no report, or the verb is not
		// causative.
		{"no report verb", "The flood forced the villagers to leave their farms.", nil},
		{"purpose infinitive", "He left the choir to join a rival band.", nil},
		{"not causative", "The mayor hired Lena Fisk to announce the results.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
