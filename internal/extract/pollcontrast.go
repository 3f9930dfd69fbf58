package extract

import "strings"

// shareContrastLinks may join a poll share's report to the next share:
// "…, while 9 percent …", "…, compared with 41 percent …".
var shareContrastLinks = setOf("while and whereas compared versus vs vs.")

// shareContrast: "42% say they are liberal, 34% conservative", "26
// percent say they have not been paying attention, compared with 11
// percent of …". When the content at k reports what a poll share says,
// a comma before another share closes it: the next share is the
// narrator's contrast, not part of what the first one said (PolNeAR
// train: all 11 such contents end at that comma, none runs on).
func (f *finder) shareContrast(k, i, end int) bool {
	d := f.d
	if k < 2 || !shareSayCues[d.lw(k-1)] {
		return false
	}
	j := i + 1
	if shareContrastLinks[d.lw(j)] {
		if d.is(j, "compared") && (d.is(j+1, "with") || d.is(j+1, "to")) {
			j++
		}
		j++
	}
	for j < end && j < i+5 && d.word(j) && shareMods[d.lw(j)] {
		j++ // "only", "about", "nearly"
	}
	if j >= end || d.toks[j].quote != 0 || !f.shareAt(j, end) {
		return false
	}
	for m := j + 1; m < end && !d.is(m, ","); m++ {
		if n, e := d.cueMatch(m); n > 0 && e.Prec >= tunePre {
			return false // "…, 27 percent of those polled said …": left to clauseAttribution
		}
	}
	return f.shareSubjectBefore(k - 1)
}

// shareSubjectBefore says whether the subject ending before the cue at c
// counts a poll share, through "of" phrases: "18 percent of the rowers".
func (f *finder) shareSubjectBefore(c int) bool {
	d := f.d
	s := f.sents[f.sentOf(c)]
	j := c - 1
	if j < s.ts || !d.word(j) && !d.is(j, "%") {
		return false
	}
	b := d.npBack(j, s.ts)
	if b < 0 {
		b = d.shareBack(j, s.ts)
	}
	for n := 0; n < 2 && b > s.ts+1 && d.is(b-1, "of"); n++ {
		nb := d.npBack(b-2, s.ts)
		if nb < 0 {
			nb = d.shareBack(b-2, s.ts)
		}
		if nb < 0 {
			break
		}
		b = nb
	}
	return f.pollShareSubject(b, j)
}

// shareSayCues are the plain verbs of saying after a poll share.
var shareSayCues = setOf("say says said saying")

// shareAt says whether a percentage opens at token j: "34%", "11
// percent", "76%-21%".
func (f *finder) shareAt(j, end int) bool {
	d := f.d
	w := d.lw(j)
	if percentWord(w) || strings.Contains(w, "%") && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return j+1 < end && isCardinal(w) && percentWord(d.lw(j+1))
}
