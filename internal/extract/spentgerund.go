package extract

// Time spent on a report: "Clinton spent much of the run-up portraying
// Sanders as …", "he spent more time mocking Bush", "who spent much of
// his speech defending his record". The participle after the time
// "spend" takes is the report, its subject the verb's; PolNeAR marks the
// verb through the participle as the cue. On PolNeAR train a word in
// -ing there is marked 22 times in 104, and 6 times in 8 where the cue
// lexicon reads it at a precision of 0.3 or more; the lexicon gates the
// participle as after a comma, so that "spent the weekend working the
// convention" stays unread.

// spendForms take a stretch of time and a participle.
var spendForms = setOf("spend spends spent spending")

// spentMaxGap is how many words the time phrase may hold: "much of the
// run-up to the Nevada caucuses" is seven.
const spentMaxGap = 8

// spentGerund says whether the participle at k follows a form of
// "spend" and its time phrase, with no punctuation between: "spent
// Tuesday looking past New York".
func (f *finder) spentGerund(k int) bool {
	return f.spentVerb(k) >= 0
}

// spentVerb returns the form of "spend" whose time phrase the
// participle at k follows, or -1.
func (f *finder) spentVerb(k int) int {
	d := f.d
	for j := k - 1; j >= 0 && j >= k-1-spentMaxGap; j-- {
		if d.toks[j].quote != 0 || !d.word(j) && d.toks[j].kind != tkPoss {
			return -1
		}
		if d.tagged(j, tcSpendForm) {
			if j == k-1 {
				return -1 // the time phrase must stand between
			}
			return j
		}
		if isGerund(d.lw(j)) || d.in(j, wcSubordinator) {
			return -1
		}
	}
	return -1
}

// spentSource gives a participle read after a spent time phrase the
// subject of "spend" as its source ("Sanders spent much of his campaign
// railing against …": Sanders, not his campaign) and the verb as its
// cue's start. It says whether it found the subject.
func (f *finder) spentSource(a *attr, s sent) bool {
	j := f.spentVerb(a.cueS)
	if j < 0 {
		return false
	}
	b := attr{cueS: j, cueE: a.cueE, sent: a.sent, srcS: -1, inherit: -1}
	if !f.npSource(&b, s) {
		return false
	}
	a.cueS, a.srcS, a.srcE, a.coreE, a.inherit = j, b.srcS, b.srcE, b.coreE, b.inherit
	return true
}
