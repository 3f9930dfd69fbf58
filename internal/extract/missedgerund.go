package extract

// missedGerunds: "Clinton attacked Trump, saying he would …, and
// reminded …" — a participial report before the sentence's first
// attribution is lost when a later cue took the sentence, since the
// participle search runs only after that cue. Search the whole sentence
// again and keep the participles that clash with no attribution found.
func (f *finder) missedGerunds(si, n0 int) {
	if len(f.attrs) == n0 || !f.sentShaped(si, shGerund) {
		return // no attribution in the sentence, the ordinary search ran; or no word in -ing
	}
	d := f.d
	s := f.sents[si]
	// Cheap test first: a word in -ing after punctuation or a preposition.
	from := -1
	for k := s.ts + 1; k < s.te; k++ {
		if d.word(k) && d.shaped(k, shGerund) && (d.toks[k-1].kind != tkWord || f.prepGerund(k)) {
			from = k
			break
		}
	}
	if from < 0 {
		return
	}
	n := len(f.attrs)
	f.gerunds(si, from)
	var into []int
	for i := n; i < len(f.attrs); i++ {
		g := &f.attrs[i]
		clash := false
		cs, ce := int(d.toks[g.cueS].s), int(d.toks[g.cueE-1].e)
		var inner []int
		for j := n0; j < n; j++ {
			a := &f.attrs[j]
			if g.inherit != j && f.innerOfParticiple(a, g) {
				inner = append(inner, j)
				continue
			}
			if a.cueS == g.cueS || spansOverlap(a.frags, g.frags) || spansOverlap(a.frags, [][2]int{{cs, ce}}) {
				clash = true
				break
			}
			if a.cueS >= 0 && a.cueS >= g.cueE && int(d.toks[a.cueS].s) < g.frags[len(g.frags)-1][1] {
				clash = true // the participle's words would run over a later cue
				break
			}
		}
		if clash {
			if into == nil {
				into = identityFrom(n0, len(f.attrs))
			}
			into[i-n0] = -1 // a participle after it that took its source keeps none
		} else if len(inner) > 0 {
			if into == nil {
				into = identityFrom(n0, len(f.attrs))
			}
			for _, j := range inner {
				into[j-n0] = -1 // the participle reports the inner clause
			}
		}
	}
	if into != nil {
		f.compactFrom(n0, into)
	}
}

// spansOverlap says whether any piece of x overlaps any piece of y.
func spansOverlap(x, y [][2]int) bool {
	for _, a := range x {
		for _, b := range y {
			if a[0] < b[1] && b[0] < a[1] {
				return true
			}
		}
	}
	return false
}
