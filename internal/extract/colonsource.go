package extract

// sourceOpenerColon: "According to HuffPo: “…”", "From the report:
// “…”", "More from Bush's post: “…”" — a sentence that opens with a
// source preposition and ends in a colon before a quotation names the
// quotation's source between the two. It returns the source's first
// token, or -1.
func (f *finder) sourceOpenerColon(s sent, c int) int {
	d := f.d
	k := s.ts
	if d.is(k, "more") {
		k++
	}
	switch {
	case d.is(k, "according") && d.is(k+1, "to"):
		k += 2
	case d.is(k, "from"):
		k++
	default:
		return -1
	}
	if k >= c || c-k > 8 {
		return -1
	}
	for i := k; i < c; i++ {
		if !d.word(i) && d.toks[i].kind != tkPoss {
			return -1
		}
	}
	if d.is(s.ts, "from") || d.is(s.ts+1, "from") {
		if !f.fromSource(k, c) {
			return -1
		}
	}
	return k
}

// fromDocNouns head a "From X:" phrase that names what was said or
// written, beyond the findings of docNouns.
var fromDocNouns = setOf("statement statements post posts tweet tweets letter letters memo memos speech remarks interview transcript release testimony filing op-ed essay column book blog audit review inquiry investigation complaint lawsuit ruling indictment")

// fromSource says whether the phrase [k, c) after "From" can be a
// source: a possessive ("From Bush's post"), a document or speech head
// ("From the report"), or a name that is no date ("From Reuters", not
// "From Monday" nor "From the start").
func (f *finder) fromSource(k, c int) bool {
	d := f.d
	for i := k; i < c; i++ {
		if d.toks[i].kind == tkPoss {
			return true
		}
	}
	h := d.lw(c - 1)
	if docNouns[h] || fromDocNouns[h] {
		return true
	}
	if d.is(k, "the") && k+1 < c && d.capWord(k+1) {
		k++ // "From The New York Times"
	}
	if !d.capWord(k) || d.in(k, wcNounDeterminer|wcDeterminer) {
		return false
	}
	for i := k; i < c; i++ {
		if d.in(i, wcWeekday|wcDayWord|wcTimeWord|wcDayPart) || monthWords[d.lw(i)] {
			return false
		}
	}
	return true
}
