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

// nearestClauseSubject returns the subject of the last clause opened
// between tokens from and lim by a subordinator or a relative pronoun
// and carried on by a finite verb ("as Lee is relying …", "on which she
// had …", "the man who launched …"), or -1, -1.
func (f *finder) nearestClauseSubject(from, lim int) (int, int) {
	d := f.d
	for i := lim - 2; i >= from; i-- {
		if d.toks[i].quote != 0 || !d.word(i) {
			continue
		}
		w := d.lw(i)
		if (w == "who" || w == "which") && f.finiteAt(i+1) {
			return i, i + 1
		}
		if !clauseSubs[w] && w != "which" {
			continue
		}
		if e := d.npForward(i+1, lim); e > i+1 && e < lim && !f.unfinishedGrade(i+1, e) && (f.finiteAt(e) || e == i+2 && pronouns[d.lw(i+1)] && d.toks[e].kind == tkPoss) {
			return i + 1, e // "as Lee is relying", "on which she's"
		}
	}
	return -1, -1
}

// placeholderSource: a subject that came out as a placeholder the
// mention drops — a bare article, an opening subordinator, and for a
// participle an expletive "it" — gives way to the subject of the nearest
// clause with a finite verb ("The criticism comes as Lee is relying on
// …, mentioning", "It is a plan on which she's …, stressing", "The
// worry grew when Lee lamented … and criticized …"), or after an opening
// clause to the main one ("Since announcing …, Lee has been …"). An
// expletive "it" before a plain cue stays unsaid, as PolNeAR marks it
// (expletiveIt). On train this changes 6 predictions, all now right.
func (f *finder) placeholderSource(a *attr) {
	d := f.d
	if a.srcS < 0 || a.srcE <= a.srcS || a.cueS < a.srcE {
		return
	}
	opener := a.srcE == a.srcS+1 && clauseSubs[d.lw(a.srcS)]
	if !isGerund(d.lw(a.cueS)) {
		if !opener && !f.bareArticle(a) {
			return
		}
	} else if !opener && !f.expletiveIt(a) && !f.bareArticle(a) {
		return
	}
	st, ne := f.nearestClauseSubject(a.srcE, a.cueS)
	if st < 0 && opener {
		s := f.sents[a.sent]
		if a.cueS == a.srcE {
			st, ne = f.leadClauseSubject(s, s.te)
		} else {
			st, ne = f.subject(s, a.cueS)
		}
	}
	if st > a.srcS {
		a.srcS, a.srcE, a.coreE, a.inherit = st, ne, ne, -1
	}
}
