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
	return k
}
