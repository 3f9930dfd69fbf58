package extract

import "strings"

// Desire and intention cues the learned lexicon cannot hold.

// wouldContracted says whether the word at k is a subject pronoun with
// "would" contracted onto it: "we’d", "they'd".
func (d *doc) wouldContracted(k int) bool {
	if !d.word(k) {
		return false
	}
	w := d.lw(k)
	if !strings.HasSuffix(w, "’d") && !strings.HasSuffix(w, "'d") {
		return false
	}
	p, ok := contractedPronoun(w)
	return ok && subjectPronouns[p]
}
