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
	return f.pollShareSubject(f.shareSubjectBack(b, j, s), j)
}

// shareSubjectBack returns the start of the subject ending at token j:
// b, the phrase npBack or shareBack found, unless b opens no clause, is
// no poll share, and a poll share that opens the clause runs through it
// ("About half of voters in both states favor …"). b may be -1.
func (f *finder) shareSubjectBack(b, j int, s sent) int {
	if b >= 0 && (f.d.subjectStart(b, s.ts) || f.pollShareSubject(b, j)) {
		return b
	}
	if sb := f.shareClauseBack(j, s); sb >= 0 && (b < 0 || sb < b) {
		return sb
	}
	return b
}

// shareClauseBack finds a poll share that opens the clause and runs, with
// its group and a postmodifier, up to token j, the subject of the cue after
// it: "Nearly three-quarters support …", "About 6 in 10 young men backed
// …", "Some 60 percent of voters in both states favor …". npBack stops at
// the postmodifier and shareBack wants a number at j. It returns the
// share's first token, or -1.
func (f *finder) shareClauseBack(j int, s sent) int {
	d := f.d
	if j < s.ts || !d.word(j) {
		return -1
	}
	b := j
	for b > s.ts && j-b < 14 && d.toks[b-1].quote == 0 && (d.word(b-1) || d.is(b-1, "%")) && !d.in(b-1, wcClauseOpener) {
		b--
	}
	if !d.subjectStart(b, s.ts) || d.is(b-1, "that") {
		return -1 // "found that 28 percent backed …": the poll's finding, whole
	}
	if b-2 >= s.ts && d.is(b-1, "and") && isCardinal(d.lw(b-2)) {
		return -1 // "three and a half years": a quantity, no share
	}
	c := b
	for c < j && shareMods[d.lw(c)] && !isCardinal(d.lw(c)) {
		c++ // "About", "Only about", "More than"
	}
	switch {
	case c+1 <= j && isCardinal(d.lw(c)) && percentWord(d.lw(c+1)):
		c++ // "60 percent"
	case percentWord(d.lw(c)) && d.lw(c)[0] >= '0' && d.lw(c)[0] <= '9':
		// "60%"
	case c+2 <= j && isCardinal(d.lw(c)) && (d.is(c+1, "in") || d.is(c+1, "of")) && isCardinal(d.lw(c+2)):
		c += 2 // "6 in 10"
	case c+3 <= j && isCardinal(d.lw(c)) && d.is(c+1, "out") && d.is(c+2, "of") && isCardinal(d.lw(c+3)):
		c += 3 // "nine out of 10"
	case (d.is(c, "a") || d.is(c, "the")) && c+1 <= j && shareHeads[d.lw(c+1)]:
		c++ // "a majority"
	case shareHeads[d.lw(c)]:
	default:
		return -1
	}
	for i := c + 1; i <= j; i++ {
		if d.in(i, wcWhWord|wcAuxVerb|wcSubordinator) || d.is(i, "who") || d.is(i, "that") || d.strongCue(i) {
			return -1 // "60 percent of those who said …", "38% would be scared": a clause of its own
		}
	}
	return b
}

// shareName: "About 6 in 10 young men backed Ruiz." — the one name a poll
// share supports or prefers is its attitude's whole content, as PolNeAR
// marks it, though a single word is too short a content elsewhere.
func (f *finder) shareName(b, j, k, end int, s sent) ([2]int, bool) {
	d := f.d
	for end > k+1 && (d.is(end-1, ".") || d.is(end-1, ";")) {
		end--
	}
	if end != k+1 || !d.capWord(k) || d.toks[k].quote != 0 || d.in(k, wcPronoun) || end < s.te && !d.is(end, ".") && !d.is(end, ";") && !d.is(end, ",") {
		return [2]int{}, false
	}
	if !f.pollShareSubject(b, j) {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[k].s), int(d.toks[k].e)}, true
}
