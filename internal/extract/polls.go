package extract

// pollIn says whether a is read off an "in" phrase headed by a poll ("In
// a poll released Sunday, 8 percent said …"): its clause is the poll's
// finding whole, a "said" inside it included.
func (f *finder) pollIn(a *attr) bool {
	d := f.d
	return a.cueE == a.cueS+1 && d.is(a.cueS, "in") && a.srcS >= 0 && a.srcS < a.srcE && f.pollHeaded(a.srcS, a.srcE)
}

// pollHeaded says whether a poll word stands in tokens [b, e).
func (f *finder) pollHeaded(b, e int) bool {
	for k := b; k < e; k++ {
		if pollWords[f.d.lw(k)] {
			return true
		}
	}
	return false
}

// pollAside: "In the new poll, conducted March 11-13, 40 percent …" —
// a dating participle set off by commas after the poll belongs to its
// source (2 of 2 on PolNeAR train). Given the comma c after the poll, it
// returns the aside's closing comma, or -1.
func (f *finder) pollAside(c, te int) int {
	d := f.d
	if !datingParticiples[d.lw(c+1)] {
		return -1
	}
	for k := c + 2; k < te && k < c+10; k++ {
		switch {
		case d.is(k, ","):
			if k == c+2 {
				return -1
			}
			return k
		case d.toks[k].quote != 0 || !d.word(k) && !d.is(k, "-") && !d.is(k, "."):
			return -1
		}
	}
	return -1
}
