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

// cueContentCase: the quote whose cue is cue must have this content.
type cueContentCase struct {
	name, in, cue, content string
}

func checkCueContents(t *testing.T, cases []cueContentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					if q.Text != c.content {
						t.Errorf("content %q, want %q", q.Text, c.content)
					}
					return
				}
			}
			t.Errorf("no quote with cue %q: %+v", c.cue, r.Quotes)
		})
	}
}
