package extract

import "strings"

// presentThird says whether token v is a present third-person verb that
// resumes a clause after an aside closes ("the bridge, which opened in
// 1990, needs repairs", "the ruling, which …, shows the need"): a
// lower-case word in -s that is no function word, not followed by a
// cue ("…, which …, officials say" is a new report) nor by a comma or
// the sentence's end (a plural noun closing a list).
func (f *finder) presentThird(v int) bool {
	d := f.d
	if !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || d.in(v, wcNPStop) {
		return false
	}
	w := d.lw(v)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	if v+1 >= len(d.toks) || !d.word(v+1) && !f.isOpen(v+1) {
		return false
	}
	if d.cueAt(v+1) > 0 {
		return false
	}
	// A weak cue is the clause's own verb ("…, shows the need"); a
	// confident one opens a new report ("…, who lost, says …").
	n, e := d.cueMatch(v)
	return n == 0 || e.Prec < weakVerbPrec
}

// weakVerbPrec is the cue precision below which a present verb after an
// aside is read as the clause's predicate rather than a new report.
const weakVerbPrec = 0.3
