package extract

import "testing"

// A reporting verb that modifies a noun ("think tank", "talk show") is
// part of the noun, not a cue; after a pronoun it is the verb again.
func TestCueCompoundNoun(t *testing.T) {
	tests := []struct {
		name, text, source, cue string
	}{
		{"think tank in apposition", "Ann Lee, a founder of the center-left think tank Civic Ground, said the bill would pass.", "Ann Lee, a founder of the center-left think tank Civic Ground", "said"},
		{"think tank as subject", "The think tank said the bill would pass.", "The think tank", "said"},
		{"pronoun keeps the verb", "We think tanks cost too much.", "We", "think"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := Extract(tc.text, Meta{}).Quotes
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
			}
			q := qs[0]
			if q.Mention == nil || q.Mention.Text != tc.source {
				t.Errorf("source = %+v, want %q", q.Mention, tc.source)
			}
			if q.Cue == nil || q.Cue.Text != tc.cue {
				t.Errorf("cue = %+v, want %q", q.Cue, tc.cue)
			}
		})
	}
}
