package extract

import "strings"

// modalName says whether the capitalised modal at k is a name: a modal
// takes a bare verb, so before a past or -s reporting cue ("“…,” Will
// wrote", "May says") it can only be the speaker.
func (d *doc) modalName(k int) bool {
	if !modalNames[d.lw(k)] || d.toks[k].quote != 0 || !d.word(k+1) || d.toks[k+1].cap {
		return false
	}
	if n, _ := d.cueMatch(k + 1); n == 0 {
		return false
	}
	w := d.lw(k + 1)
	return isPast(w) || strings.HasSuffix(w, "s") && !sVerbEnd(w)
}
