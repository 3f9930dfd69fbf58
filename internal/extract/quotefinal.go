package extract

// finalQuotes gives a quotation that closes its sentence after a comma or
// a colon, and that no layout took, to the nearest speech cue before it:
// "A woman asked for a photo and Clinton said, “…”" (the first cue took
// the words up to "said"), "She announced on her page, in capital
// letters, “…”". The cue's own layout must read the quotation as its
// content.
func (f *finder) finalQuotes() {
	d := f.d
	// The readings before this pass are indexed; the ones it adds start
	// at their quotation, in text order, so the furthest end among them
	// tells whether a later quotation is claimed.
	x := &f.idx
	x.build(f.attrs)
	added := -1
	for _, sg := range f.segs {
		o := sg.ot
		if sg.ct < 0 || o < 2 || sg.words < 3 || !(d.is(o-1, ",") || d.is(o-1, ":")) {
			continue
		}
		si, sc := f.sentOf(o), f.sentOf(sg.ct)
		if si < 0 || sc < 0 || o-2 <= f.sents[si].ts {
			continue
		}
		s := f.sents[si]
		// Only punctuation may follow the closing mark in its sentence.
		end := f.sents[sc].te
		rest := false
		for k := sg.ct + 1; k < end && !rest; k++ {
			if k == sg.ct+1 && d.toks[k].cap && endsSentence(d.r[sg.e-2]) {
				break // the splitter kept the next sentence: “… unite.” Cruz was …
			}
			rest = d.word(k) || d.toks[k].kind == tkDQ
		}
		if rest || x.overlaps([2]int{sg.s, sg.e}) || added > sg.s {
			continue
		}
		tried := 0
		for k := o - 2; k > s.ts && tried < 2; k-- {
			if d.toks[k].quote != 0 || d.is(k, ";") {
				break
			}
			if !d.word(k) || d.toks[k].cap || isGerund(d.lw(k)) && !sayingGerunds[d.lw(k)] {
				continue
			}
			n, e := d.cueMatch(k)
			if n == 0 || e.Prec < 0.3 || k+n > o-1 || f.nounCue(k, n) {
				continue
			}
			tried++
			a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
			next := si + 1
			taken := next < len(f.taken) && f.taken[next]
			ok := f.preposed(&a, s)
			if ok && tried == 1 && a.srcS >= 0 && len(a.frags) == 1 && a.frags[0][0] < sg.s && a.frags[0][1] >= sg.e-1 {
				// "Beck joked, again using an accent, “…”": the aside
				// between the cue and the quotation is circumstance.
				a.frags[0] = [2]int{sg.s, sg.e}
			}
			if ok && a.srcS >= 0 && len(a.frags) == 1 && a.frags[0][0] == sg.s {
				f.attrs = append(f.attrs, a)
				added = max(added, a.frags[0][1])
				break
			}
			if next < len(f.taken) {
				f.taken[next] = taken
			}
		}
	}
}

func endsSentence(r rune) bool { return r == '.' || r == '!' || r == '?' }
