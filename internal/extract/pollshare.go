package extract

// shareHeads name a part of those polled: "a majority of voters", "two-thirds
// of Republicans", "about half".
var shareHeads = setOf("majority majorities plurality half third thirds quarter quarters two-thirds three-quarters one-third one-quarter one-half")

// pollShareSubject says whether the source phrase [b, j] counts a share
// of those polled: "64 percent", "About three-quarters", "Only about 4
// in 10 Republican voters in each state", "a majority of members".
// PolNeAR marks what such a share supports, wants or thinks as its
// attitude whatever the verb, so a weak cue suffices after it.
func (f *finder) pollShareSubject(b, j int) bool {
	d := f.d
	if b < 0 || j < b || j-b > 14 {
		return false
	}
	if d.in(b, wcPossPronoun) {
		return false // "His 32% support gives him …": a noun, no verb
	}
	for i := b; i <= j; i++ {
		if d.toks[i].quote != 0 || d.toks[i].kind == tkPoss {
			return false // "McCain's 62 percent support": a noun
		}
		w := d.lw(i)
		switch {
		case d.shareWord(i):
			return true
		case (w == "in" || w == "of") && i+1 <= j && isCardinal(d.lw(i+1)) && i > b && isCardinal(d.lw(i-1)):
			return true // "4 in 10", "nine out of 10"
		}
	}
	return false
}

// pollShareBefore says whether a poll share is the subject right before
// the cue at [k, e) and an object follows it: "About three-quarters
// support …", not "a majority of white support, which …".
func (f *finder) pollShareBefore(k, e int, s sent) bool {
	d := f.d
	j := k - 1
	if j < s.ts || !d.word(j) && !d.is(j, "%") || e >= s.te || !d.word(e) || d.in(e, wcWhWord) {
		return false
	}
	b := d.npBack(j, s.ts)
	if b < 0 {
		b = d.shareBack(j, s.ts)
	}
	return f.pollShareSubject(b, j)
}
