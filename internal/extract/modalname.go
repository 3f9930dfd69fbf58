package extract

import "strings"

// modalName says whether the capitalised modal at k is a name: a modal
// takes a bare verb, so before a past or -s reporting cue ("“…,” Will
// wrote", "May says") it can only be the speaker.
//
// A time or date may stand between the name and its cue, as timeBack
// reads it ("Theresa May last week said", "May in March said"): no modal
// goes on to one.
func (d *doc) modalName(k int) bool {
	if !d.inLex(k, lcModalName) || d.toks[k].quote != 0 || !d.word(k+1) || d.toks[k+1].cap {
		return false
	}
	c := k + 1
	for c < k+5 && c+1 < len(d.toks) && d.word(c) && d.timeOrDate(c) {
		c++
	}
	if n, _ := d.cueMatch(c); n == 0 || !d.word(c) || d.toks[c].cap {
		return false
	}
	w := d.lw(c)
	if isPast(w) {
		return true
	}
	if !strings.HasSuffix(w, "s") || sVerbEnd(w) || c > k+1 {
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

// timeOrDate says whether word k may stand in a time or date phrase
// before a verb: "last week", "on Monday", "in early March", "in 2019".
func (d *doc) timeOrDate(k int) bool {
	w := d.lw(k)
	return d.in(k, wcTimeWord|wcWeekday|wcTimeWordS) && !d.in(k, wcPronoun) || timeQualifiers[w] || dateEdges[w] || yearWord(w) || d.toks[k].cap && monthNames[w]
}
