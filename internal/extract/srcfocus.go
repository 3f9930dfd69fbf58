package extract

// mentionOpeners are adverbs and linking words that can open a clause
// before its subject but are not part of the subject: "even Obama
// noted", "then Trump said", "Ever since Sanders announced", "including
// Mr. Trump's assertion". On train PolNeAR leaves them out of the
// mention almost always ("then" 21 of 21, "since" 18 of 18, "now" 13 of
// 13, "including" 10 of 10, "even" 28 of 36).
var mentionOpeners = setOf("even then soon certainly whereas alongside including since now perhaps also still")

// openerTrim moves a mention start s past such an opener, as long as a
// word of the mention is left before its end e. It returns the new start.
func (f *finder) openerTrim(s, e int) int {
	d := f.d
	for s+1 < e && d.word(s) && d.toks[s].quote == 0 {
		w := d.lw(s)
		if w == "ever" && d.is(s+1, "since") && s+2 < e {
			s += 2 // "Ever since Bernie Sanders announced"
			continue
		}
		if !mentionOpeners[w] || !d.word(s+1) {
			break
		}
		s++
	}
	return s
}

// accordingDash says whether token k is a spaced hyphen or dash after
// the source of "according to" that starts a comment on the figures
// ("according to the Tax Policy Center - half a point of GDP"): PolNeAR
// ends the source before it (4 of 5 on train). An em dash already ends
// it in accordingTo.
func (f *finder) accordingDash(a *attr, k int) bool {
	d := f.d
	return k > a.cueE+1 && isDashTok(d, k) && d.toks[k].quote == 0 && !d.is(k, "—")
}
