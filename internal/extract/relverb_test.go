package extract

import "testing"

// TestRelClauseOwnVerb checks that a reporting verb that is the relative
// clause's own verb, right after "who" and its auxiliaries, does not cut
// the clause off the subject of the sentence's cue.
func TestRelClauseOwnVerb(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "auxiliary before the clause's verb",
			in:   "A nurse who has accused former Governor Tom Hale of fraud said Monday that she was fired.",
			want: [][2]string{{"that she was fired", "A nurse who has accused former Governor Tom Hale of fraud"}}},
		{name: "plural head and told",
			in:   "Two farmers who have accused Senator Ann Bell of lying told reporters that the dam leaks.",
			want: [][2]string{{"that the dam leaks", "Two farmers who have accused Senator Ann Bell of lying"}}},
	})
}
