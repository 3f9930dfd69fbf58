package extract

// colonObjectMax bounds the object before the colon: longer ones ("a few
// relevant facts: “…”", "the attacks on Twitter: “…”") keep it in the
// content on train.
const colonObjectMax = 3

// colonObjectQuotes: a content that opens with a short object, a colon
// and a quotation ("apologized for what happened: “…”", "addressed the
// supporters again: “…”") is the quotation alone; PolNeAR leaves the
// object with the cue (train: 5 of 5 such contents of one to three words
// with no verb of their own; with a verb, "was thinking: “…”", the clause
// is the content).
func (f *finder) colonObjectQuotes() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 {
			continue
		}
		fr := a.frags[0]
		k := d.tokFrom(fr[0])
		if k >= len(d.toks) || int(d.toks[k].s) != fr[0] {
			continue
		}
		if c := f.objectColon(k); c > k && f.isOpen(c+1) {
			if sg := f.segs[d.toks[c+1].quote-1]; sg.s < fr[1] {
				a.frags[0] = [2]int{sg.s, max(fr[1], sg.e)}
			}
		}
	}
}

// objectColon returns the colon ending a short object phrase that opens
// at k, or -1: lower-case words with no auxiliary, "that" or cue among
// them.
func (f *finder) objectColon(k int) int {
	d := f.d
	for j := k; j < len(d.toks) && j <= k+colonObjectMax; j++ {
		if d.is(j, ":") {
			return j
		}
		if !d.word(j) || d.toks[j].quote != 0 || d.toks[j].cap || d.in(j, wcAuxVerb|wcBeForm) || d.is(j, "that") {
			return -1
		}
		if n, _ := d.cueMatch(j); n > 0 {
			return -1
		}
	}
	return -1
}
