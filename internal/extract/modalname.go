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
	if isPast(w) {
		return true
	}
	if !strings.HasSuffix(w, "s") || sVerbEnd(w) {
		return false
	}
	// "May" with a finite verb after the -s form is the month before a
	// plural noun: "May reports said demand eased". After a relative
	// pronoun the verb is the clause the name reports ("which Will
	// claims affirmed …"), and "Will" is no month.
	n := d.lw(k + 2)
	month := d.is(k, "may") && d.word(k+2) && (isPast(n) || auxVerbs[n])
	return !month || k > 0 && (d.is(k-1, "which") || d.is(k-1, "that") || d.is(k-1, "what"))
}
