package extract

// clipParenAsides: "The governor (who said the budget was balanced)
// declined to take questions". A cue inside parentheses reports only
// what the parentheses hold: the content ends at the ")" that closes
// them, not in the main clause after it. A ")" matched by a "(" inside
// the content ("said the fund (set up in 2019) had run dry") is no
// close. A mention that reaches back over the "(" starts after it.
func (f *finder) clipParenAsides() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.cueS < 1 {
			continue
		}
		s := f.sents[a.sent]
		open := -1
		for j := a.cueS - 1; j >= s.ts; j-- {
			if d.is(j, ")") {
				break
			}
			if d.is(j, "(") {
				open = j
				break
			}
		}
		if open < 0 {
			continue
		}
		if a.srcS >= 0 && a.srcS <= open && a.srcE > open+1 && a.srcE <= a.cueS {
			// "two officials (one of them said …)": the mention starts inside too
			a.srcS = open + 1
			if a.coreE <= a.srcS {
				a.coreE = a.srcE
			}
		}
		h, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
		if h < a.cueE {
			continue
		}
		depth := 0
		for j := h; j < e; j++ {
			if d.is(j, "(") {
				depth++
			} else if d.is(j, ")") {
				if depth == 0 {
					if j > h {
						a.frags[0][1] = int(d.toks[j-1].e)
					}
					break
				}
				depth--
			}
		}
	}
}
