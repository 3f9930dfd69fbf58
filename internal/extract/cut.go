package extract

import "strings"

// invertedResume finds where a content interrupted by an inverted
// attribution goes on: "The plan, said Smith, would cost billions", "Any
// reading of his acts, said Lee, an expert on Russia, would see …". Only
// a head without a verb of its own is an unfinished clause (PolNeAR then
// spans both pieces as one content). A present verb resumes it right
// after the source or its "who" clause ("The new plan, said Lee, looks
// like the old one", "…, said Lee, who chairs the panel, needs work").
// ne is the token after the source's name; the result is the comma after which the clause resumes, or -1.
func (f *finder) invertedResume(start, end, ne int, s sent) int {
	d := f.d
	if !d.is(ne, ",") || start >= end || f.isClose(end-1) || f.hasVerb(start, end) {
		return -1
	}
	for i := ne; i < s.te-1; i++ {
		if d.toks[i].quote != 0 || d.is(i, ";") || d.is(i, ":") || d.is(i, ".") {
			return -1
		}
		if !d.is(i, ",") {
			continue
		}
		if f.predicateStart(i+1) || i > ne && d.capWord(i+1) && f.hasVerb(i+1, s.te) || (i == ne || d.is(ne+1, "who")) && f.presentThird(i+1) {
			return i
		}
	}
	return -1
}

// predicateStart says whether token k opens a predicate: an auxiliary
// or modal ("would", "is", "doesn't") or a past form.
func (f *finder) predicateStart(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	w := d.lw(k)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
	return auxVerbs[w] || w == "do" || w == "ca" || w == "wo" || pastTense(w)
}

// midEnd is contentEnd for the piece after a parenthetical attribution
// ("Biden, Rubio said, had served for years and passed many bills"): the
// piece is a predicate of the head's subject, so a verb after "and" is
// a second predicate of that subject, not of the source.
func (f *finder) midEnd(k, end int) int {
	d := f.d
	e := f.contentEnd(k, end)
	for e < end-1 && (d.is(e, "and") || d.is(e, "but")) && !d.is(e-1, ",") && f.coordinatedVerb(e+1) && !f.coordinatedCue(e+1) {
		e = f.contentEnd(e+1, end)
	}
	return e
}
