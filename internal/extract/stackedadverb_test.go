package extract

import "testing"

// TestStackedAdverb checks that a manner adverb after an adverb that may
// stand between a source and its cue ("also largely ignored", "only
// briefly explained") is read into the cue, as after an auxiliary, and
// that a hedge or an "-ly" adjective there is not.
func TestStackedAdverb(t *testing.T) {
	cases := []struct {
		name, in, content, cue, mention string
	}{
		{"also then a manner adverb", "Ann Bell also largely ignored the ferry budget.", "the ferry budget", "also largely ignored", "Ann Bell"},
		{"only then a manner adverb", "Ed Moss only briefly explained the new toll.", "the new toll", "only briefly explained", "Ed Moss"},
		{"auxiliary, adverb, manner adverb", "The guild has also loudly opposed the toll.", "the toll", "has also loudly opposed", "The guild"},
		// must not fire: the word is left out of the cue
		{"hedge", "Ed Moss also apparently criticized the new toll.", "the new toll", "criticized", "Ed Moss"},
		{"adjective in -ly", "Ann Bell also early criticized the new toll.", "the new toll", "criticized", "Ann Bell"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, c.in, c.content, false)
			if q.Cue == nil || q.Cue.Text != c.cue {
				t.Errorf("cue %+v, want %q", q.Cue, c.cue)
			}
			if got := mentionText(q); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
		})
	}
}
