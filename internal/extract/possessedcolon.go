package extract

// colonVoiceNouns name what a party says when they head "Their argument:
// …", "Carrier's message: …", "Clinton's response was: …".
var colonVoiceNouns = setOf("message response argument reaction answer verdict warning plea advice conclusion explanation reply retort demand goal pitch rationale excuse")

// possessedColons: a sentence opening with a possessor, a noun of what is
// said and a colon ("Their argument: Only a new Senate can act.",
// "Carrier's message: Moving jobs south is the plan.") gives the rest of
// the sentence to the possessor, as PolNeAR marks it (train: 4 of 4 such
// sentences in running text; the one with a report of its own after the
// colon, "His final assessment: “…,” he said.", is left to that report).
// A title line is left to the headline layouts.
func (f *finder) possessedColons() {
	d := f.d
	for si := range f.sents {
		s := f.sents[si]
		if s.para == 0 || !d.hasColon(s.ts+1, s.te-1) {
			continue
		}
		pe := f.possessorEnd(s)
		if pe < 0 {
			continue
		}
		n := pe
		for n < pe+2 && d.word(n) && !d.toks[n].cap && !colonVoiceNouns[d.lw(n)] {
			n++ // "Their main argument", "His final verdict"
		}
		if !d.word(n) || !colonVoiceNouns[d.lw(n)] {
			continue
		}
		c := n + 1
		if d.in(c, wcBeForm) {
			c++ // "Clinton's response was: …"
		}
		if !d.is(c, ":") {
			continue
		}
		sp, ok := f.contentSpan(c+1, s.te)
		if !ok || f.claimed(sp) {
			continue
		}
		a := attr{cueS: n, cueE: c + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: s.ts, srcE: pe, coreE: pe, inherit: -1}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = c, c
		a.conf = 0.5
		f.attrs = append(f.attrs, a)
	}
}

// possessorEnd returns the token after a possessor opening sentence s
// ("Their", "Carrier's", "Mrs. Clinton's"), or -1.
func (f *finder) possessorEnd(s sent) int {
	d := f.d
	k := s.ts
	if d.word(k) && d.in(k, wcPossPronoun) {
		return k + 1
	}
	for k < s.te && k < s.ts+4 && d.capWord(k) {
		k++
	}
	if k > s.ts && k < s.te && d.toks[k].kind == tkPoss {
		return k + 1
	}
	return -1
}
