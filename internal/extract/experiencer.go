package extract

// seemCues are the words of a perception cue whose holder PolNeAR marks
// in an opening "To X," ("To the party's leaders, it must have seemed
// like a smart move"; "For the establishment, these wins are being
// interpreted as a sign …").
var seemCues = setOf("seem seems seemed appear appears appeared interpreted")

// experiencerSources gives a perception cue with no source the holder
// named by the sentence's opening "To X," or "For X," phrase.
func (f *finder) experiencerSources() {
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS >= 0 || a.cueS < 0 || a.sent < 0 || a.sent >= len(f.sents) || !f.seemCue(a) {
			continue
		}
		s := f.sents[a.sent]
		if b, e := f.openingHolder(s.ts, a.cueS); b >= 0 {
			a.srcS, a.srcE, a.coreE = b, e, e
		}
	}
}

// seemCue says whether the cue of a holds a perception verb.
func (f *finder) seemCue(a *attr) bool {
	for k := a.cueS; k < a.cueE; k++ {
		if seemCues[f.d.lw(k)] {
			return true
		}
	}
	return false
}

// openingHolder finds "To X," or "For X," opening the sentence at ts
// before token lim, X a noun phrase naming people rather than a time or
// a share ("For years,", "For all the talk,"). It returns X's tokens, or
// -1, -1.
func (f *finder) openingHolder(ts, lim int) (int, int) {
	d := f.d
	if !(d.is(ts, "to") || d.is(ts, "for")) || !d.toks[ts].cap || d.toks[ts].quote != 0 {
		return -1, -1
	}
	b := ts + 1
	c := -1
	for k := b; k < lim && k < b+12; k++ {
		if d.is(k, ",") {
			c = k
			break
		}
		if d.toks[k].quote != 0 || !d.word(k) && d.toks[k].kind != tkPoss {
			return -1, -1
		}
		w := d.lw(k)
		if isNumberWord(w) || timeNouns[w] || durationNouns[w] || quantifiers[w] && w != "many" || w == "all" || w == "much" || w == "example" || w == "instance" {
			return -1, -1
		}
	}
	if c <= b || !(d.capWord(b) || phraseDeterminer(d.lw(b))) || !d.headOK(c-1) && !d.capWord(c-1) {
		return -1, -1
	}
	return b, c
}
