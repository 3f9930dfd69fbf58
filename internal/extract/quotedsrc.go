package extract

import "strings"

// quoteCutBack shortens an inverted source whose tail [from, e) runs
// into a quotation at e: "said Ann Bell, a plaintiff who waited in an
// “endless line”". The tail stops mid-phrase there, and PolNeAR ends
// such a source before the clause that holds the quotation (5 of 6
// such tails on train): before a non-restrictive ", who"/", whose",
// else before the last "who", "and" or ", going on …" participle. It
// returns where the source ends and whether the tail holds such a
// clause (from, false when it does not).
func (f *finder) quoteCutBack(from, e int) (int, bool) {
	d := f.d
	clause := func(k int) bool {
		return d.word(k) && d.toks[k].quote == 0 && (d.is(k, "who") || d.is(k, "whose"))
	}
	for k := from + 1; k < e; k++ {
		if clause(k) && d.is(k-1, ",") {
			return k - 1, true
		}
	}
	for k := e - 1; k > from; k-- {
		if !d.word(k) || d.toks[k].quote != 0 {
			continue
		}
		if clause(k) || d.is(k, "and") || d.is(k-1, ",") && len(d.lw(k)) > 4 && strings.HasSuffix(d.lw(k), "ing") {
			for k > from && d.is(k-1, ",") {
				k--
			}
			return k, true
		}
	}
	return from, false
}

// accordingTitle says whether the quotation opening at token k, inside an
// "according to" source, is the title of a work the source names:
// "according to “The Long Road,” by Ben Holt", "according to his book
// “The Art of Winning.”" (4 of 4 such quotations on train are marked
// inside the source). It opens right after "to", a possessive or a
// lower-case noun, starts with a capital, closes in the sentence and is
// at most 15 words. It returns the token after the closing mark, or -1.
func (f *finder) accordingTitle(a *attr, k int, s sent) int {
	d := f.d
	if !f.isOpen(k) || !(k == a.cueE || d.toks[k-1].kind == tkPoss || d.word(k-1) && !d.toks[k-1].cap) {
		return -1
	}
	sg := f.segs[d.toks[k].quote-1]
	if sg.ct < 0 || sg.ct >= s.te || sg.words > 15 || !(d.word(k+1) && d.toks[k+1].cap) {
		return -1
	}
	return sg.ct + 1
}
