package extract

// joinLeadQuote carries an attribution on into the next sentence of its
// paragraph when that sentence is a short lead-in and a quotation that
// closes the paragraph: "“It was a long night,” Ms. Reyes said. Now,
// “the real work begins.”" is one attribution in two pieces in PolNeAR
// (14 of 16 new spans exact on train). The lead-in must hold no cue, no
// colon ("Then, the punch line: “…”" quotes anew) and no "that" (a
// clause of its own, or "But that's not …" answering the speaker), and
// the quotation must be more than a title. joinQuoteSentence handles a
// quotation that makes up the whole next sentence.
func (f *finder) joinLeadQuote() {
	d := f.d
	n := len(f.attrs)
	for i := 0; i < n; i++ {
		a := &f.attrs[i]
		if a.srcS < 0 || a.sent < 0 || a.sent+1 >= len(f.sents) || len(a.frags) == 0 {
			continue
		}
		s, ns := f.sents[a.sent], f.sents[a.sent+1]
		if ns.para != s.para || ns.ts >= ns.te {
			continue
		}
		nsS := int(d.toks[ns.ts].s)
		if a.frags[len(a.frags)-1][1] > nsS {
			continue
		}
		o := f.leadInQuote(ns)
		if o < 0 || f.lastInSentence(i) != i {
			continue
		}
		sg := f.segs[d.toks[o].quote-1]
		if sg.ct < 0 || sg.next >= 0 || sg.words < 3 {
			continue
		}
		// The quotation closes the paragraph.
		pte := d.paras[ns.para].te
		k := sg.ct + 1
		for k < pte && d.toks[k].kind == tkPunct && d.toks[k].quote == 0 {
			k++
		}
		if k != pte || f.claimedBy(i, nsS, sg.e) {
			continue
		}
		a.frags = append(a.frags, [2]int{nsS, sg.e})
	}
}

// leadInQuote is the opening mark of a quotation after a lead-in of at
// most a dozen unquoted words without a cue, a colon or "that" at the
// start of s, or -1.
func (f *finder) leadInQuote(s sent) int {
	d := f.d
	for k := s.ts + 1; k < s.te && k-s.ts <= 12; k++ {
		if f.isOpen(k) {
			return k
		}
		if d.toks[k].quote != 0 || d.is(k, ":") || d.is(k, "that") {
			return -1
		}
		if nc, e := d.cueMatch(k); nc > 0 && e.Prec >= 0.3 {
			return -1
		}
	}
	return -1
}

// lastInSentence is the attribution of sentence attrs[i].sent whose
// content ends last: a later one there is nearer to the next sentence.
func (f *finder) lastInSentence(i int) int {
	best, end := i, f.attrs[i].frags[len(f.attrs[i].frags)-1][1]
	for j := range f.attrs {
		b := &f.attrs[j]
		if j == i || b.sent != f.attrs[i].sent || len(b.frags) == 0 {
			continue
		}
		if e := b.frags[len(b.frags)-1][1]; e > end {
			best, end = j, e
		}
	}
	return best
}

// trimRunOnQuote ends a content reported before it at a quoted sentence
// that closes with its own full stop when plain narration follows: "She
// tells the crowd that after all these years, “It is time.” She also
// …" ran on into the next sentence, which a quotation opened inside the
// sentence kept from being split off (6 of 6 on train). A closing
// attribution after the quotation stays: the source must come first.
func (f *finder) trimRunOnQuote() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS < 0 || len(a.frags) == 0 || int(d.toks[a.srcS].s) >= a.frags[0][0] {
			continue
		}
		fr := &a.frags[len(a.frags)-1]
		fs, fe := d.tokFrom(fr[0]), d.tokFrom(fr[1])
		for k := fs + 1; k+1 < fe; k++ {
			t := &d.toks[k]
			if t.kind != tkDQ || t.quote == 0 || f.segs[t.quote-1].ct != k || !d.capWord(k+1) {
				continue
			}
			if !(d.is(k-1, ".") || d.is(k-1, "?") || d.is(k-1, "!")) {
				continue
			}
			rest := true
			for j := k + 1; j < fe && rest; j++ {
				rest = d.toks[j].quote == 0 && !(j > k+1 && f.isOpen(j))
			}
			if rest {
				fr[1] = int(d.toks[k].e)
				break
			}
		}
	}
}

// unspokenReport says whether a is a thought, plan or finding told in
// the writer's words, with the source first ("Brill fears the pier has
// lost its charm.", "The survey found that …"): a quotation after it is
// the speaker's own new sentence, not more of that content, unlike after
// a verb of saying or writing (on train, 1 of 6 such joins after other
// cues matched the gold, against 10 of 14 after saying verbs).
func (f *finder) unspokenReport(a *attr) bool {
	d := f.d
	if a.srcS < 0 || len(a.frags) == 0 || a.entry.Type == CueSpeech || a.entry.Type == CueWriting {
		return false
	}
	st := a.frags[0][0]
	return int(d.toks[a.srcS].s) < st && !isDQ(markStart(d.r, st)) && !isSQ(markStart(d.r, st))
}
