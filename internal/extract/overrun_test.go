package extract

import "testing"

// TestOverrun checks that a content ends before a comment clause whose
// own subject and cue take what follows ("…, something she opposed"),
// or a relative clause with its own speech cue (", which Lee called …"),
// and runs on where the clause has no cue, reports a belief or is an
// aside closed by a dash or a comma.
func TestOverrun(t *testing.T) {
	cases := []cueContentCase{
		{"something after a comma",
			"Mayor Ida Fenn has singled out the new tax on boats, something her deputy criticized last spring.",
			"has singled out", "the new tax on boats"},
		{"something that, with a named subject",
			"Oren Tal said that the quarry would reopen, something that Bo Lark mocked.",
			"said", "that the quarry would reopen"},
		{"a comment noun after a dash",
			"Ida Fenn said that the council wants a new bridge — a costly plan Bo Lark has criticized for years.",
			"said", "that the council wants a new bridge"},
		{"no cue in the clause",
			"Ida Fenn said that the council wants a new bridge, something the town has needed for years.",
			"said", "that the council wants a new bridge, something the town has needed for years"},
		{"an aside between dashes",
			"Ida Fenn says the council's plan to ban all boats -- a position the mayor has since criticized -- and its fees on docks hurt the town.",
			"says", "the council's plan to ban all boats -- a position the mayor has since criticized -- and its fees on docks hurt the town"},
		{"a relative clause with its own speech cue",
			"Ida Fenn said the ferry would need a new captain, which Bo Lark called a waste of money.",
			"said", "the ferry would need a new captain"},
		{"a belief in the relative clause",
			"Ida Fenn said she had thanked Bo Lark, whom she considers a mentor.",
			"said", "she had thanked Bo Lark, whom she considers a mentor"},
		{"an aside closed by a comma",
			"Ida Fenn said that the ferry plan, which critics have called hasty, was a mistake.",
			"said", "that the ferry plan, which critics have called hasty, was a mistake"},
	}
	checkCueContents(t, cases)
}

// TestObjectAppendix checks that a short object content stops before the
// narrator's participle clause or dash comment, and that clauses, lists
// and asides keep their words.
func TestObjectAppendix(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"participle clause after an object", "The governor challenged those tariffs, lobbying for a regional trade pact in factory towns across Ohio and eventually pushing the pact through the legislature.",
			[]string{"those tariffs"}, nil},
		{"participle with a following phrase", "The pastor welcomed the merger, joining two other elders in becoming its chief advisers.",
			[]string{"the merger"}, nil},
		{"adverb before the participle", "Lee remembered Carter, smiling warmly as he recounted their long years together.",
			[]string{"Carter"}, nil},
		{"determiner after a spaced dash", "The minister on Monday predicted a narrow win in the vote - a result based on early counts that pushed rival parties to concede.",
			[]string{"a narrow win in the vote"}, nil},
		// Must not fire.
		{"a that-clause keeps its participle", "The ministry said that prices fell sharply, leaving many growers in debt across the region.",
			[]string{"that prices fell sharply, leaving many growers in debt across the region"}, nil},
		{"an aside before the clause's predicate", "The mayor said that the old pier, leaning badly after the storm, would be torn down.",
			[]string{"that the old pier, leaning badly after the storm, would be torn down"}, nil},
		{"a finite clause after the dash", "The critics condemned the new stadium - the council must now decide what comes next.",
			[]string{"the new stadium - the council must now decide what comes next"}, nil},
		{"a pair of dashes sets off an aside", "Officials blamed the outage - an event that left thousands without power - on a faulty relay in the substation.",
			nil, []string{"the outage"}},
		{"an object over four words keeps its clause", "Several senators reaffirmed their support for the treaty, underscoring divisions over a deal that has never won a majority.",
			[]string{"their support for the treaty, underscoring divisions over a deal that has never won a majority"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestObjectAppendixShape checks the guards of objectAppendix on token
// level: a gerund object, an adjective list and a participle the lexicon
// knows as a cue leave the content whole.
func TestObjectAppendixShape(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"backed the levy, lobbying for a pact", true},
		{"backed skipping lunch, lobbying for a pact", false},
		{"called him a warm, loving and honest man", false},
		{"backed the levy, saying it was fair", false},
		{"backed the levy, lobbying for it, won the vote", false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			d := newDoc(c.in)
			f := &finder{d: d}
			got := f.objectAppendix(1, len(d.toks)) >= 0
			if got != c.want {
				t.Errorf("objectAppendix(%q) cut = %v, want %v", c.in, got, c.want)
			}
		})
	}
}
