package extract

import "strings"

// colonParagraph gives the quotation that makes up a paragraph to the
// attribution of a sentence closing the paragraph before with a colon
// when the cue stands earlier in it: "Trump issued the following
// statement:", "The committee said about its platform:", "The Times
// confirmed that observation, reporting:". colonNext only handles a cue
// right before the colon.
func (f *finder) colonParagraph() {
	d := f.d
	n := len(f.attrs)
	for si := 1; si < len(f.sents); si++ {
		ns, ps := f.sents[si], f.sents[si-1]
		if ns.para != ps.para+1 || !f.isOpen(ns.ts) || !d.is(ps.te-1, ":") {
			continue
		}
		sg := f.segs[d.toks[ns.ts].quote-1]
		if sg.ct < 0 && sg.next < 0 {
			continue
		}
		if f.claimedBy(-1, sg.s, sg.e) {
			continue
		}
		src := -1
		for i := 0; i < n; i++ {
			if f.attrs[i].sent == si-1 && f.attrs[i].srcS >= 0 {
				src = i
			}
		}
		var a attr
		if src >= 0 {
			p := f.attrs[src]
			a = attr{srcS: p.srcS, srcE: p.srcE, coreE: p.coreE, cueS: p.cueS, cueE: p.cueE, entry: p.entry, sent: si, inherit: src}
		} else {
			k := f.statementCue(ps)
			if k < 0 {
				continue
			}
			st, ne := f.subject(ps, k)
			if st < 0 || ne > k {
				continue
			}
			a = attr{srcS: st, srcE: ne, coreE: ne, cueS: k, cueE: k + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, inherit: -1}
		}
		a.frags = [][2]int{{sg.s, sg.e}}
		for g := sg.next; g >= 0 && !f.claimedBy(-1, f.segs[g].s, f.segs[g].e); g = f.segs[g].next {
			a.frags = append(a.frags, [2]int{f.segs[g].s, f.segs[g].e})
		}
		a.venueS, a.venueE = a.cueE, a.cueE
		a.conf = 0.7
		f.attrs = append(f.attrs, a)
	}
}

// statementCue finds "issued/released/put out (the following / a)
// statement" in a sentence: the verb token, or -1.
func (f *finder) statementCue(s sent) int {
	d := f.d
	for k := s.ts + 1; k+1 < s.te; k++ {
		if !(d.is(k, "statement") || d.is(k, "tweet") || d.is(k, "message")) {
			continue
		}
		for v := k - 1; v > s.ts && v >= k-4; v-- {
			switch d.lw(v) {
			case "issued", "released", "posted", "sent", "tweeted", "wrote", "put", "published":
				return v
			}
		}
	}
	return -1
}

// bareCueParagraph: "Iowa State University's Dianne Bystrom agreed.
// “Mainstream Republicans are running out of time …”" — a sentence that is
// only a subject, a reporting verb and its circumstance introduces the
// quotation that makes up the rest of its paragraph.
func (f *finder) bareCueParagraph() {
	d := f.d
	n := len(f.attrs)
	for si := 0; si+1 < len(f.sents); si++ {
		s, ns := f.sents[si], f.sents[si+1]
		if ns.para != s.para || !f.isOpen(ns.ts) || !(d.is(s.te-1, ".") || strings.HasSuffix(d.lw(s.te-1), ".")) {
			continue
		}
		has := false
		for i := 0; i < n && !has; i++ {
			has = f.attrs[i].sent == si
		}
		if has {
			continue
		}
		sg := f.segs[d.toks[ns.ts].quote-1]
		if sg.ct < 0 || sg.next >= 0 || f.claimedBy(-1, sg.s, sg.e) {
			continue
		}
		// The quotation runs to the end of the paragraph.
		k := sg.ct + 1
		for k < len(d.toks) && d.toks[k].kind == tkPunct && d.toks[k].quote == 0 {
			k++
		}
		if k < len(d.toks) {
			if i := f.sentOf(k); i >= 0 && f.sents[i].ts <= k && k < f.sents[i].te && f.sents[i].para == s.para {
				continue
			}
		}
		for c := s.ts + 1; c < s.te-1; c++ {
			nc, e := d.cueMatch(c)
			if nc == 0 || e.Prec < 0.3 || d.toks[c].quote != 0 {
				continue
			}
			j := c - 1
			for j > s.ts && d.word(j) && d.in(j, wcSkipBetween) {
				j--
			}
			b := d.npBack(j, s.ts)
			if b != s.ts || f.skipVenue(c+nc, s.te) < s.te-1 {
				break
			}
			a := attr{srcS: b, srcE: j + 1, coreE: f.mentionEnd(b, j), cueS: c, cueE: c + nc, entry: e, sent: si, inherit: -1}
			a.frags = [][2]int{{sg.s, sg.e}}
			a.venueS, a.venueE = c+nc, s.te
			a.conf = 0.7
			f.attrs = append(f.attrs, a)
			break
		}
	}
}

// presentVerbColon: "The email goes on to say: “…”" — a present-tense
// verb (not an auxiliary) whose phrase ends in the colon, with a
// reporting verb before the colon.
func (f *finder) presentVerbColon(v, c int) bool {
	d := f.d
	w := d.lw(v)
	if !d.word(v) || d.toks[v].cap || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || auxVerbs[w] || npStop[w] {
		return false
	}
	if v == c-1 {
		return true // "Article 33 affirms: “…”": the verb itself introduces the quotation
	}
	for k := v + 1; k < c; k++ {
		if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.3 {
			return true
		}
	}
	return false
}

// dashLabelQuote: a roundup item "Topic of the day - Ann Hale: “…”" (or
// "- More from Hale: “…”") gives the quotation to the name between the
// dash and the colon. It goes before the cue layouts, which would read a
// verb of the topic line as the cue ("Pollsters agree - Ann Hale: …").
func (f *finder) dashLabelQuote(si int) bool {
	d := f.d
	s := f.sents[si]
	if si == 0 || f.sents[si-1].para != s.para {
		// An upper-case topic may have been skipped as a dateline
		// ("IOWA POLLS NOT NECESSARILY WRONG - Ann Hale: …").
		s.ts = d.paras[s.para].ts
	}
	if !d.hasColon(s.ts+2, s.te-1) {
		return false
	}
	c := -1
	for k := s.ts + 2; k < s.te-1; k++ {
		if d.is(k, ":") && d.toks[k].quote == 0 {
			c = k
			break
		}
	}
	if c < 0 || !f.isOpen(c+1) || f.segs[d.toks[c+1].quote-1].words < 3 {
		return false
	}
	x := c - 1
	for x > s.ts && c-x <= 8 && (d.capWord(x) || d.is(x, "and") || d.is(x, "from") && d.is(x-1, "more")) {
		x--
	}
	if x <= s.ts+1 || x == c-1 || d.toks[x].kind != tkPunct || !isDashRune(d.r[d.toks[x].s]) || d.toks[x].quote != 0 {
		return false
	}
	b := x + 1
	if d.is(b, "more") && d.is(b+1, "from") {
		b += 2
	}
	if b >= c || !d.capWord(b) || !d.capWord(c-1) {
		return false
	}
	sg := f.segs[d.toks[c+1].quote-1]
	a := attr{cueS: c, cueE: c + 1, entry: cueEntry{Type: CueWriting, Prec: 0.5}, sent: si, srcS: b, srcE: c, coreE: c, inherit: -1}
	a.frags = [][2]int{{sg.s, sg.e}}
	a.venueS, a.venueE = c, c
	a.conf = 0.6
	f.attrs = append(f.attrs, a)
	return true
}
