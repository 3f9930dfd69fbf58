package extract

import "strings"

// afterReportSubject: "Farmers say …, and the union has sued the
// county, saying …": a clause with its own subject follows the report's
// content, and the participle at lim closes that clause, not the report.
// It returns the later subject's first token and end, or -1, -1.
func (f *finder) afterReportSubject(prev attr, lim int) (int, int) {
	if len(prev.frags) == 0 || prev.cueE > lim {
		return -1, -1
	}
	return f.laterClauseSubject(prev.cueE, lim)
}

// nearSubs open a clause whose subject a following coordinated verb or
// participle shares.
var nearSubs = setOf("when as while whereas")

// finiteAt says whether token k opens a finite verb phrase: an auxiliary
// or a past tense, after an optional adverb ("had gathered", "loudly
// pushed").
func (f *finder) finiteAt(k int) bool {
	d := f.d
	if d.word(k) && !d.toks[k].cap && (strings.HasSuffix(d.lw(k), "ly") && len(d.lw(k)) > 4) {
		k++
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	w := d.lw(k)
	if beForms[w] {
		// "when they were young": a state, no act the next verb shares;
		// a progressive ("as she is leaning on …") is one.
		return d.word(k+1) && isGerund(d.lw(k+1)) || d.word(k+2) && lyAdverb(d.lw(k+1)) && isGerund(d.lw(k+2))
	}
	return auxVerbs[w] || isPast(w)
}

// gradeWords after "the" leave a noun phrase unfinished: the word after
// them is the head's adjective, not a verb ("as the most qualified
// person …", a role after a verb's object). On train "as/while the
// most/more/least/best" is followed by an adjective in all 12 cases.
var gradeWords = setOf("most more least best")

// unfinishedGrade says whether the noun phrase [s, e) ends in "the" and
// a gradeWord.
func (f *finder) unfinishedGrade(s, e int) bool {
	d := f.d
	return e-2 >= s && d.is(e-2, "the") && gradeWords[d.lw(e-1)]
}

// spanLater returns the token after a time span opening the sentence at
// st without a comma, "A few minutes later they …", "Two days ago
// Lee …", when a subject follows it before lim; or st.
func (f *finder) spanLater(st, lim int) int {
	d := f.d
	k := st
	if d.is(k, "a") && d.is(k+1, "few") {
		k += 2
	} else if d.word(k) && (isNumberWord(d.lw(k)) || d.is(k, "several")) {
		k++
	} else {
		return st
	}
	if !d.word(k) || !(durationNouns[d.lw(k)] || shortDurations[d.lw(k)]) || !d.word(k+1) || !laterWords[d.lw(k+1)] {
		return st
	}
	k += 2
	if d.is(k, ",") {
		k++
	}
	if k >= lim || !d.word(k) || d.toks[k].quote != 0 {
		return st
	}
	return k
}

// shortDurations add spans under a day to durationNouns: "a few
// minutes later".
var shortDurations = setOf("minutes hours moments")
