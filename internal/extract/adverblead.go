package extract

// leadTimeSubs open a time clause or phrase that can stand between a
// verb of saying and its content clause: "said after meeting the mayor,
// he felt better", "said while campaigning in Iowa, she met …". The
// clause dates the content's event as often as the saying; PolNeAR
// starts the content after its comma ("explained after winning his home
// state …, he would have to take …", "said when I announced …, I’m not
// going to …").
var leadTimeSubs = setOf("while before after since until upon once following")

// adverbialLead returns the first token of the content clause after a
// time clause that opens at k and ends at a comma ("before leaving
// office, he would …"), or -1. The comma must come within a dozen words,
// with no quotation, colon or "that" before it, and a subject with a
// verb of its own must follow it.
func (f *finder) adverbialLead(k, end int) int {
	d := f.d
	if k+3 >= end || !d.word(k) || d.toks[k].quote != 0 || d.toks[k].cap || !leadTimeSubs[d.lw(k)] {
		return -1
	}
	c := -1
	for j := k + 1; j < end && j-k <= 12; j++ {
		if d.toks[j].quote != 0 || d.is(j, ":") || d.is(j, ";") || d.is(j, "that") || isDashTok(d, j) {
			return -1
		}
		if d.is(j, ",") {
			c = j + 1
			break
		}
	}
	if c < 0 || c == k+2 || c+1 >= end || !d.word(c) || d.toks[c].quote != 0 {
		return -1
	}
	if !(subjPronoun(d.lw(c)) || d.in(c, wcDeterminer) || d.toks[c].cap) {
		return -1
	}
	for j := c + 1; j < end && j-c <= 5; j++ {
		if !d.word(j) || d.toks[j].quote != 0 {
			return -1
		}
		if w := d.lw(j); d.in(j, wcAuxVerb) || isPast(w) && !d.toks[j].cap {
			return c
		}
	}
	return -1
}
