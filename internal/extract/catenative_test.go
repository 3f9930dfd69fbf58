package extract

import "testing"

// TestCatenativeChain covers an aspectual or try-type verb before a
// report verb: the chain is the cue, its subject the source, and the
// report verb is judged by the lexicon (its finite forms for a bare
// verb after "to"). Verbs that report nothing, and chains inside a
// quotation, make no attribution of their own.
func TestCatenativeChain(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"kept + gerund", "The harbor master kept insisting that the pier was safe.",
			[][2]string{{"that the pier was safe", "The harbor master"}}},
		{"started + gerund", "The councilwoman started insisting that the audit was rigged.",
			[][2]string{{"that the audit was rigged", "The councilwoman"}}},
		{"began to", "The ferry captain began to argue that the tolls were too high.",
			[][2]string{{"that the tolls were too high", "The ferry captain"}}},
		{"went on to, finite form", "The treasurer went on to deny that the fund had a gap.",
			[][2]string{{"that the fund had a gap", "The treasurer"}}},
		{"stopped short of", "The chairwoman stopped short of calling the audit a fraud.",
			[][2]string{{"the audit a fraud", "The chairwoman"}}},
		{"bare verb unseen, finite form known", "The treasurer went on to question whether the fund had a gap.",
			[][2]string{{"whether the fund had a gap", "The treasurer"}}},
		{"plural subject before attempt", "The harbor board members attempt to question the audit.",
			[][2]string{{"the audit", "The harbor board members"}}},
		{"attempt as a noun", "The mayor made a third attempt to deny that the fund had a gap.", nil},
		{"no report verb", "The crew kept working through the night.", nil},
		{"raising verb", "The harbor board tried to appear calm about the storm.", nil},
		{"intransitive", "Voters began to arrive at noon.", nil},
		{"try to fix", "The senator tried to fix the roof.", nil},
		{"in a quotation", "“We kept insisting that the pier was safe,” the captain said.",
			[][2]string{{"“We kept insisting that the pier was safe,”", "the captain"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestCatenativeCue checks the cue span: the chain from the catenative
// verb through the report verb.
func TestCatenativeCue(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"kept insisting", "The harbor master kept insisting that the pier was safe.", "that the pier was safe", "The harbor master", "kept insisting"},
		{"went on to deny", "The treasurer went on to deny that the fund had a gap.", "that the fund had a gap", "The treasurer", "went on to deny"},
		{"no verb after", "The harbor master kept the pier open.", "", "", "kept"},
	})
}

// TestFiniteForms covers the spellings asked of the lexicon for a bare
// verb.
func TestFiniteForms(t *testing.T) {
	cases := map[string][]string{
		"deny":    {"denied", "denies"},
		"portray": {"portrayed", "portrays", "portrayes", "portrayyed"},
		"argue":   {"argued", "argues"},
		"rebut":   {"rebuted", "rebuts", "rebutes", "rebutted"},
		"hop":     {"hopped", "hops"},
		"slam":    {"slammed", "slams"},
		"a":       nil,
	}
	for in, want := range cases {
		fs, n := finiteForms(in)
		var got []string
		for _, f := range fs[:n] {
			got = append(got, string(f.spell(nil)))
		}
		if len(got) != len(want) {
			t.Errorf("finiteForms(%q) = %v, want %v", in, got, want)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("finiteForms(%q) = %v, want %v", in, got, want)
				break
			}
		}
	}
}
