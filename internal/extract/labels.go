package extract

import "unicode"

// paraLabelLast returns the last word of a speaker label of one to four
// capitalised words opening paragraph pi ("Chris Matthews:", "KATE
// BOULDUAN:", after an opening quotation mark too), or -1.
func (f *finder) paraLabelLast(pi int) int {
	d := f.d
	p := &d.paras[pi]
	k := p.ts
	if k < p.te && d.toks[k].kind == tkDQ {
		k++
	}
	if c := f.labelColon(k, p.te, 4); c >= 0 {
		return c - 1
	}
	return -1
}

// labelKin says whether the label whose last word is last names the same
// speaker as another paragraph's label: a transcript writes the full name
// once and the surname after ("Luciana Lopez:" … "Lopez:", "KATE
// BOULDUAN:" … "BOULDUAN:").
func (f *finder) labelKin(last int) bool {
	d := f.d
	own := int(d.toks[last].para)
	for pi := range d.paras {
		if pi == own {
			continue
		}
		if l := f.paraLabelLast(pi); l >= 0 && d.lw(l) == d.lw(last) {
			return true
		}
	}
	return false
}

// headlineQuoteLabel: a headline "Ann Hale on the Levee Report: ‘It Will
// Hold.’" or "Ann Hale Scolds the Council: ‘Do Your Job.’" gives the
// quotation after its colon to the name opening it. The label may be too
// long or hold a verb, which headlineColon refuses; the quotation must
// make up all the rest of the headline. A label with a reporting verb
// ("Ann Hale Praises the Crews: …") is left to the sentence layouts,
// which may take the verb's object as the content: the late call (late
// set) adds the quotation only when no layout claimed it.
func (f *finder) headlineQuoteLabel(si int, late bool) bool {
	d := f.d
	s := f.sents[si]
	if s.para != 0 || si > 0 || !d.capWord(s.ts) {
		return false
	}
	p := &d.paras[0]
	c := -1
	for k := s.ts + 1; k < p.te && k < s.ts+12; k++ {
		if d.is(k, ":") {
			c = k
			break
		}
		if d.toks[k].quote != 0 {
			return false
		}
	}
	if c < 0 {
		return false
	}
	verb := false
	for k := s.ts; k < c && !verb; k++ {
		n, e := d.cueMatch(k)
		verb = n > 0 && e.Prec >= 0.3
	}
	if verb != late {
		return false
	}
	sp, ok := f.contentSpan(c+1, p.te)
	if !ok || !isOpenMark(markStart(d.r, sp[0])) || !isCloseMark(markEnd(d.r, sp[1])) || late && f.claimed(sp) {
		return false
	}
	// The speaker: the capitalised words before "on" or a reporting verb.
	e := s.ts + 1
	for e < c && d.capWord(e) && !d.is(e, "on") {
		if n, _ := d.cueMatch(e); n > 0 {
			break
		}
		e++
	}
	if e == c {
		return false // a label of names only is headlineColon's
	}
	a := attr{cueS: c, cueE: c + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: s.ts, srcE: e, coreE: e, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = c, c
	a.conf = 0.5
	f.attrs = append(f.attrs, a)
	return true
}

// isOpenMark and isCloseMark: quotation marks that open or close a
// quotation, double or single.
func isOpenMark(r rune) bool  { return r == '“' || r == '‘' || r == '"' || r == '\'' }
func isCloseMark(r rune) bool { return r == '”' || r == '’' || r == '"' || r == '\'' }

// colonSubjectQuote: a sentence of plain prose that ends in a colon and a
// quotation no layout took ("Article 9 affirms: “…”", "The ad ends with a
// voice saying: “…”", "His letter makes a blunt case: “…”") gives the
// quotation to the sentence's subject.
func (f *finder) colonSubjectQuote() {
	d := f.d
	for si := range f.sents {
		s := f.sents[si]
		if !d.hasColon(s.ts+2, s.te-1) {
			continue
		}
		c := -1
		for k := s.ts + 2; k < s.te-1; k++ {
			if d.toks[k].quote != 0 {
				break // a title or quotation before the colon: a roundup line
			}
			if d.is(k, ":") {
				c = k
				break
			}
		}
		if c < 0 || !f.isOpen(c+1) {
			continue
		}
		sg := f.segs[d.toks[c+1].quote-1]
		if sg.ct < 0 || sg.words < 3 || f.claimed([2]int{sg.s, sg.e}) || f.wordsAfter(sg.ct+1, s.te) {
			continue
		}
		st, ne := f.subject(s, c)
		for st >= 0 && ne < c && (d.is(ne, "from") || d.is(ne, "of")) {
			if e := d.npForward(ne+1, c); e > ne+1 {
				ne = e // "a paper from the Brookings Institution"
			} else {
				break
			}
		}
		if st >= 0 && ne < c && d.capWord(ne-1) && unicode.IsDigit(d.r[d.toks[ne].s]) {
			ne++ // "Article 33 affirms"
		}
		// A verb follows the subject, not a determiner or a preposition:
		// "After the vote the mood was grim:" reports nothing ("she is
		// sure that …:" does).
		if st < 0 || ne >= c || !d.word(ne) || d.toks[ne].cap || d.in(ne, wcNPStop|wcDeterminer|wcVenuePrep) && !d.in(ne, wcBeForm|wcAuxVerb) {
			continue
		}
		a := attr{cueS: ne, cueE: c, entry: cueEntry{Type: CueSpeech, Prec: 0.4}, sent: si, srcS: st, srcE: ne, coreE: ne, inherit: -1}
		a.frags = [][2]int{{sg.s, sg.e}}
		a.venueS, a.venueE = c, c
		a.conf = 0.5
		f.attrs = append(f.attrs, a)
	}
}

// wordsAfter says whether a word or quotation mark stands in [k, end).
func (f *finder) wordsAfter(k, end int) bool {
	for ; k < end; k++ {
		if f.d.word(k) || f.d.toks[k].kind == tkDQ {
			return true
		}
	}
	return false
}
