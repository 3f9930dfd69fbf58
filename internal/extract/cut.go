package extract

import "strings"

// invertedResume finds where a content interrupted by an inverted
// attribution goes on: "The plan, said Smith, would cost billions", "Any
// reading of his acts, said Lee, an expert on Russia, would see …". Only
// a head without a verb of its own is an unfinished clause (PolNeAR then
// spans both pieces as one content). ne is the token after the source's
// name; the result is the comma after which the clause resumes, or -1.
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
		if f.predicateStart(i+1) || i > ne && d.capWord(i+1) && f.hasVerb(i+1, s.te) {
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
