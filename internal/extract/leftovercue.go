package extract

// leftoverCues gives a confident cue that no layout read a second
// chance as "X said …" over its whole sentence. A sentence's first
// layout may have taken a report inside an aside ("Trump - who
// previously said he would … - said at a rally that …") and cut the
// sentence there, leaving the main verb's report unread.
func (f *finder) leftoverCues() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for k := s.ts + 1; k < s.te; k++ {
			if d.toks[k].quote != 0 || !d.word(k) || isGerund(d.lw(k)) {
				continue
			}
			n, e := d.cueMatch(k)
			if n == 0 || e.Prec < leftoverPrec || d.in(k, wcRaisingCue) || d.is(k, "according") || f.nounCue(k, n) || f.passiveAgent(k, n) {
				continue
			}
			if f.cueOwner(si, k, len(f.attrs)) != nil || f.inContent(k, len(f.attrs)) || f.cueInSource(si, k, n0) {
				continue
			}
			a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
			if !f.preposed(&a, s) || f.phrasalCue(&a) || f.perceivedObject(&a) || f.claimed(a.frags[0]) {
				continue
			}
			f.attrs = append(f.attrs, a)
		}
	}
}

// leftoverPrec is the cue precision a leftover cue needs.
const leftoverPrec = 0.5

// cueInSource says whether token k lies in the source mention of one of
// the first n attributions of sentence si.
func (f *finder) cueInSource(si, k, n int) bool {
	for i := range f.attrs[:n] {
		a := &f.attrs[i]
		if a.sent == si && a.srcS >= 0 && a.srcS <= k && k < a.srcE {
			return true
		}
	}
	return false
}
