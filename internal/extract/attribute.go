package extract

import "strings"

// attr is one attribution found in the token stream, before speakers
// are resolved.
type attr struct {
	frags      [][2]int // content pieces, code points
	srcS, srcE int      // source mention tokens [srcS, srcE); srcS < 0 when implicit
	coreE      int      // end of the mention's head phrase, before any apposition
	cueS, cueE int      // cue tokens
	entry      cueEntry
	sent       int
	conf       float64
	inherit    int // attribution whose speaker this one takes, or -1
	venueS     int // tokens [venueS, venueE) where the venue may be stated
	venueE     int
	strong     bool // content is a quotation closed by a comma: “…,” X said
}

// prepositions that open a venue or time phrase between a cue and its content.
var venuePreps = setOf("on at in during after following alongside with to via from before late early last this while amid over")

const mergeOrphans = true

// Cue precision needed for "X verb content" without "that", a colon or
// a quotation, and for such contents under four words; set on PolNeAR
// train while keeping the seed figures.
const (
	tunePre   = 0.4
	tuneNamed = 0.25
	tuneShort = 0.6
)

const keepOrphans = false

// finder carries the state of one pass over a document.
type finder struct {
	d     *doc
	segs  []qseg
	sents []sent
	attrs []attr
	taken []bool // sentences consumed as a second fragment
}

// contentSpan turns tokens [a, b) into a code-point span, dropping
// surrounding punctuation that stands outside quotation marks.
func (f *finder) contentSpan(a, b int) ([2]int, bool) {
	d := f.d
	for a < b && d.toks[a].kind == tkPunct && d.toks[a].quote == 0 {
		a++
	}
	for b > a && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkSQ) && d.toks[b-1].quote == 0 {
		b--
	}
	words := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tkWord {
			words++
		}
	}
	if words < 2 && !(words == 1 && f.isOpen(a) && f.isClose(b-1)) {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[a].s), int(d.toks[b-1].e)}, true
}

func (f *finder) words(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if f.d.toks[k].kind == tkWord {
			n++
		}
	}
	return n
}

// isClose says whether token k is the closing mark of a quote.
func (f *finder) isClose(k int) bool {
	if k < 0 || k >= len(f.d.toks) {
		return false
	}
	t := &f.d.toks[k]
	return t.kind == tkDQ && t.quote > 0 && f.segs[t.quote-1].ct == k
}

func (f *finder) isOpen(k int) bool {
	if k < 0 || k >= len(f.d.toks) {
		return false
	}
	t := &f.d.toks[k]
	return t.kind == tkDQ && t.quote > 0 && f.segs[t.quote-1].ot == k
}

// skipVenue moves past venue and time phrases after a cue ("on Thursday",
// "at a news conference in Paris", "in a statement") and returns the
// next token.
func (f *finder) skipVenue(k, end int) int {
	d := f.d
	for k < end {
		w := d.lw(k)
		switch {
		case weekdays[w] >= 0 && d.word(k) && isWeekday(w):
			k++
		case timeWords[w]:
			k++
		case venuePreps[w]:
			j := k + 1
			for j < end && j-k < 8 && d.word(j) && d.toks[j].quote == 0 && !d.is(j, "that") {
				jw := d.lw(j)
				if !(determiners[jw] || d.toks[j].cap || venueNouns[jw] || isWeekday(jw) || jw == "of" || jw == "social" || jw == "media" || jw == "news" || jw == "press" || jw == "phone" || jw == "video") {
					break
				}
				j++
				if j < end && d.toks[j].kind == tkPoss {
					j++
				}
			}
			if j == k+1 {
				return k
			}
			k = j
		default:
			return k
		}
	}
	return k
}

var timeWords = setOf("today yesterday tonight earlier later again also publicly privately morning afternoon evening night week weekend month year ago recently last this next")

var whWords = setOf("which what whom whose whether how why where")

var auxVerbs = setOf("is was are were would will could should can may might must has have had does did be been")

var subordinators = setOf("before after while as when during since because though although until unless if")

// venueNouns are events and channels where words are said.
var venueNouns = setOf("statement statements conference conferences interview interviews reporters journalists media meeting summit rally speech briefing hearing debate event parade forum call post tweet video broadcast program show television radio podcast session visit trip appearance address remarks letter op-ed email town hall convention sidelines ceremony stop")

// run finds every attribution in the document.
func (f *finder) run() {
	f.taken = make([]bool, len(f.sents))
	for si := range f.sents {
		if f.taken[si] {
			continue
		}
		n0 := len(f.attrs)
		f.sentence(si)
		if len(f.attrs) == n0 {
			f.orphanQuote(si)
		}
	}
	f.chainParagraphs()
}

// chainParagraphs extends quotes that run over several paragraphs, each
// reopening the mark: the pieces before or after become fragments unless
// another attribution already claims them.
func (f *finder) chainParagraphs() {
	hasChain := false
	for _, sg := range f.segs {
		if sg.next >= 0 {
			hasChain = true
			break
		}
	}
	if !hasChain {
		return
	}
	claimed := func(sg qseg) bool {
		for _, a := range f.attrs {
			for _, fr := range a.frags {
				if fr[0] < sg.e && sg.s < fr[1] {
					return true
				}
			}
		}
		return false
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		for g := range f.segs {
			sg := f.segs[g]
			if sg.s == a.frags[0][0] {
				for p := sg.prev; p >= 0 && !claimed(f.segs[p]); p = f.segs[p].prev {
					a.frags = append([][2]int{{f.segs[p].s, f.segs[p].e}}, a.frags...)
				}
			}
			last := a.frags[len(a.frags)-1]
			if sg.e == last[1] && sg.s >= last[0] && sg.ct < 0 {
				for n := sg.next; n >= 0 && !claimed(f.segs[n]); n = f.segs[n].next {
					a.frags = append(a.frags, [2]int{f.segs[n].s, f.segs[n].e})
				}
			}
		}
	}
}

func (f *finder) sentence(si int) {
	d := f.d
	s := f.sents[si]
	// Pass 1: an attribution closing the sentence ("…, X said.") or an
	// "according to" takes the whole sentence; only a participle may follow.
	for k := s.ts; k < s.te; k++ {
		if d.toks[k].quote != 0 || d.toks[k].kind != tkWord {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < 0.1 {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		var ok bool
		if d.is(k, "according") && n >= 2 {
			ok = f.accordingTo(&a, s)
		} else {
			ok = f.inverted(&a, s) || f.postposed(&a, s)
		}
		if ok {
			f.attrs = append(f.attrs, a)
			f.gerunds(si, a.cueE)
			return
		}
	}
	if f.quoteThenVerb(si) || f.asClause(si) || f.askedClause(si) {
		return
	}
	// Pass 2: "X said (that) …", left to right, contents not overlapping.
	used := s.ts
	for k := s.ts; k < s.te; k++ {
		if d.toks[k].quote != 0 || d.toks[k].kind != tkWord || k < used {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 && f.verbThat(k) {
			// Any finite verb taking a "that" clause reports a claim:
			// "Smith asserted that …".
			n, e = 1, cueEntry{Type: CueSpeech, Prec: 0.3}
		}
		if n == 0 || e.Prec < 0.1 {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		if isGerund(d.lw(k)) && k > s.ts && d.is(k-1, ",") {
			continue // handled with the clause it belongs to
		}
		if raisingCues[d.lw(k)] || d.word(k-1) && auxVerbs[d.lw(k-1)] && d.is(k, "expected") {
			if f.raising(&a, s, used) {
				f.attrs = append(f.attrs, a)
				used = a.cueE
				for used < s.te && int(d.toks[used].s) < a.frags[len(a.frags)-1][1] {
					used++
				}
				k = used - 1
			}
			continue
		}
		if !f.preposed(&a, s) && !f.possessive(&a, s) {
			continue
		}
		f.attrs = append(f.attrs, a)
		used = a.cueE
		f.gerunds(si, a.cueE)
		// Skip past this content: later cues inside it are not new
		// attributions.
		for used < s.te && int(d.toks[used].s) < a.frags[len(a.frags)-1][1] {
			used++
		}
		k = used - 1
	}
	if len(f.attrs) > 0 && f.attrs[len(f.attrs)-1].sent == si {
		return
	}
	f.gerunds(si, s.ts)
}

// gerunds finds participle attributions (", adding that …") after token
// from, inheriting the source of the sentence's last attribution or its
// subject.
func (f *finder) gerunds(si, from int) {
	d := f.d
	s := f.sents[si]
	for k := from; k < s.te; k++ {
		if d.toks[k].quote != 0 || !d.word(k) || !isGerund(d.lw(k)) || k == s.ts || !(d.is(k-1, ",") || f.isClose(k-1) && d.is(k-2, ",")) {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < 0.3 {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		if f.gerund(&a, s) {
			f.attrs = append(f.attrs, a)
			k = a.cueE
		}
	}
}

// verbThat: a lower-case past or present-tense verb directly followed by
// "that".
func (f *finder) verbThat(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || !d.is(k+1, "that") {
		return false
	}
	w := d.lw(k)
	if npStop[w] || auxVerbs[w] || len(w) < 4 || strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ss") {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")
}

// quoteThenVerb accepts any verb as the cue in “…,” NP verb. — the
// quotation ending in a comma inside its marks is evidence enough
// ("“…,” Cruz quipped.").
func (f *finder) quoteThenVerb(si int) bool {
	d := f.d
	s := f.sents[si]
	for p := s.ts + 1; p < s.te-2; p++ {
		if !f.isClose(p) || !(d.is(p-1, ",") || d.is(p-1, "?") || d.is(p-1, "!")) {
			continue
		}
		ne := d.npForward(p+1, s.te)
		if ne < 0 || ne >= s.te || !d.word(ne) || d.toks[ne].cap {
			continue
		}
		w := d.lw(ne)
		if npStop[w] || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) {
			continue
		}
		a := attr{cueS: ne, cueE: ne + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}, sent: si, srcS: p + 1, srcE: ne, coreE: ne, inherit: -1}
		if !f.tailOK(&a, ne+1, s) {
			continue
		}
		sp, ok := f.contentSpan(f.quoteStart(s, p), p+1)
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = ne+1, s.te
		a.conf = 0.6
		f.splitTail(&a, s, ne+1)
		f.attrs = append(f.attrs, a)
		return true
	}
	return false
}

// leadStart is where a content placed before its attribution begins:
// the sentence start, or after a leading participle phrase ("Boasting
// 108,000 residents, the county leans …, according to …").
func (f *finder) leadStart(s sent, lim int) int {
	d := f.d
	w := d.lw(s.ts)
	if !d.word(s.ts) || !(isGerund(w) || w == "asked") {
		return s.ts
	}
	for k := s.ts + 1; k < lim-1; k++ {
		if d.is(k, ",") && d.toks[k].quote == 0 {
			return k + 1
		}
	}
	return s.ts
}

// quoteStart is where the content of a quotation closing at token p
// begins: the sentence start, or the opening mark when a colon
// introduces the quotation ("Her verdict: “…,” she said.").
func (f *finder) quoteStart(s sent, p int) int {
	d := f.d
	sg := f.segs[d.toks[p].quote-1]
	if sg.ot > s.ts && d.is(sg.ot-1, ":") {
		return sg.ot
	}
	return f.leadStart(s, p)
}

// asClause: "As the Post observed, Republicans control 30 states." The
// content is the main clause after the comma.
func (f *finder) asClause(si int) bool {
	d := f.d
	s := f.sents[si]
	if !d.is(s.ts, "as") {
		return false
	}
	for k := s.ts + 2; k < s.te-2 && k < s.ts+14; k++ {
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < 0.2 {
			continue
		}
		a := attr{cueS: k, cueE: k + n, entry: e, sent: si, inherit: -1}
		j := f.cueStart(&a, s.ts+1)
		b := d.npBack(j, s.ts+1)
		c := f.skipVenue(a.cueE, s.te)
		if b != s.ts+1 || !d.is(c, ",") {
			return false
		}
		sp, ok := f.contentSpan(c+1, f.contentEnd(c+1, s.te))
		if !ok {
			return false
		}
		a.srcS, a.srcE, a.coreE = b, j+1, j+1
		a.cueS = j + 1
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = a.cueE, c
		a.conf = 0.75
		f.attrs = append(f.attrs, a)
		return true
	}
	return false
}

// askedClause: "Asked whether he would run, Smith said …" — the question
// put to the speaker is itself an attribution with an implicit source.
func (f *finder) askedClause(si int) bool {
	d := f.d
	s := f.sents[si]
	k := s.ts
	if d.is(k, "when") {
		k++
	}
	if !d.is(k, "asked") || k+2 >= s.te {
		return false
	}
	c := k + 1
	for c < s.te && !(d.is(c, ",") && d.toks[c].quote == 0) && !(f.isClose(c) && d.is(c-1, ",")) {
		c++
	}
	end := c
	if f.isClose(c) {
		end = c + 1
	}
	if c >= s.te-1 {
		return false
	}
	sp, ok := f.contentSpan(k+1, end)
	if !ok {
		return false
	}
	a := attr{cueS: k, cueE: k + 1, entry: cueEntry{Type: CueSpeech, Prec: 0.6}, sent: si, srcS: -1, inherit: -1}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.6
	f.attrs = append(f.attrs, a)
	return false // the rest of the sentence has its own attribution
}

// cueStart extends a cue backwards over auxiliaries and returns the
// token before them (where the source should end).
func (f *finder) cueStart(a *attr, lim int) int {
	d := f.d
	j := a.cueS - 1
	for j >= lim && j > a.cueS-4 && d.word(j) && skipBetween[d.lw(j)] {
		j--
	}
	return j
}

func (f *finder) accordingTo(a *attr, s sent) bool {
	d := f.d
	ne := d.npForwardLoose(a.cueE, s.te)
	if ne < 0 {
		return false
	}
	a.srcS, a.srcE = a.cueE, ne
	var sp [2]int
	var ok bool
	if a.cueS == s.ts || a.cueS == s.ts+1 && d.word(s.ts) && leadStop[d.lw(s.ts)] {
		sp, ok = f.contentSpan(ne, s.te)
	} else {
		sp, ok = f.contentSpan(f.leadStart(s, a.cueS), a.cueS)
	}
	if !ok {
		return false
	}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueS, ne
	a.conf = 0.8
	return true
}

// inverted: "…,” said Macron." / "…, said the spokesman."
func (f *finder) inverted(a *attr, s sent) bool {
	d := f.d
	p := a.cueS - 1
	if p <= s.ts || !(d.is(p, ",") || f.isClose(p)) || a.entry.Prec < 0.3 || isGerund(d.lw(a.cueS)) {
		return false
	}
	ne := d.npForwardLoose(a.cueE, s.te)
	a.strong = f.isClose(p) && (d.is(p-1, ",") || d.is(p-1, "?") || d.is(p-1, "!"))
	loose := false
	if ne > 0 && f.isClose(p) && d.is(p-1, ",") && ne < s.te && d.word(ne) && !d.toks[ne].cap {
		// “…,” says a source involved in the talks. — the source runs on.
		loose = true
	}
	if ne < 0 || !(loose || ne == s.te || d.is(ne, ",") || d.is(ne, ".") || d.is(ne, ";") || venuePreps[d.lw(ne)]) {
		return false
	}
	if ne == a.cueE+1 && pronouns[d.lw(a.cueE)] && !(ne == s.te || d.is(ne, ".")) {
		return false // "…, said he would" is a clause, not a source
	}
	if !loose && !f.tailOK(a, ne, s) {
		return false
	}
	if loose && !venuePreps[d.lw(ne)] {
		e := ne
		for e < s.te && d.toks[e].quote == 0 && !d.is(e, ".") && !d.is(e, ",") && !d.is(e, ";") {
			e++
		}
		ne = e
	}
	end, start := p, f.leadStart(s, p)
	if f.isClose(p) {
		end, start = p+1, f.quoteStart(s, p)
	}
	sp, ok := f.contentSpan(start, end)
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = a.cueE, ne, ne
	if d.is(ne, ",") && ne+1 < s.te && d.word(ne+1) && !isGerund(d.lw(ne+1)) && !f.isOpen(ne+1) {
		// "said Lamar Smith, a representative from Texas."
		e := ne + 1
		for e < s.te && d.toks[e].quote == 0 && !d.is(e, ".") && !d.is(e, ";") && !(d.is(e, ",") && f.isOpen(e+1)) {
			e++
		}
		for e > ne+1 && d.is(e-1, ",") {
			e--
		}
		a.srcE = e
	}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = ne, s.te
	a.conf = 0.85
	f.splitTail(a, s, a.srcE)
	if len(a.frags) == 1 && a.srcE == a.coreE {
		f.midTail(a, s, a.srcE)
	}
	return true
}

// postposed: "“…,” Macron said." / "…, the French president said."
func (f *finder) postposed(a *attr, s sent) bool {
	d := f.d
	j := f.cueStart(a, s.ts)
	b := d.npBack(j, s.ts)
	if b < 0 {
		b = f.appositionBack(j, s.ts)
	}
	if b <= s.ts {
		return false
	}
	p := b - 1
	if d.is(p, "as") && p > s.ts && (d.is(p-1, ",") || f.isClose(p-1)) {
		p-- // "…,” as Cruz said on the radio."
	}
	if !(d.is(p, ",") || f.isClose(p)) {
		return false
	}
	a.strong = f.isClose(p) && (d.is(p-1, ",") || d.is(p-1, "?") || d.is(p-1, "!"))
	if a.entry.Prec < 0.2 || !f.tailOK(a, a.cueE, s) {
		return false
	}
	end, start := p, f.leadStart(s, p)
	if f.isClose(p) {
		end, start = p+1, f.quoteStart(s, p)
	}
	sp, ok := f.contentSpan(start, end)
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	a.cueS = j + 1
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, s.te
	a.conf = 0.85
	f.splitTail(a, s, a.cueE)
	if len(a.frags) == 1 {
		f.midTail(a, s, a.cueE)
	}
	return true
}

// mentionEnd trims an apposition off a mention: for "Merz, who …, said"
// the mention is "Merz".
func (f *finder) mentionEnd(b, j int) int {
	for k := b; k <= j; k++ {
		if f.d.is(k, ",") {
			return k
		}
	}
	return j + 1
}

// appositionBack handles "X, the Y of Z, said" and "X, who …, said": the
// token before the cue is a comma closing an inserted phrase.
func (f *finder) appositionBack(j, lim int) int {
	d := f.d
	if !d.is(j, ",") && !(f.isClose(j) && d.is(j-1, ",")) {
		return -1
	}
	for k := j - 1; k > lim && j-k < 30; k-- {
		if d.is(k, ".") || d.is(k, ";") {
			return -1
		}
		if d.is(k, ",") && d.toks[k].quote == 0 {
			b := d.npBack(k-1, lim)
			if b < 0 || !d.toks[k-1].cap {
				return -1
			}
			return b
		}
	}
	return -1
}

// midTail continues a content after a parenthetical attribution:
// "In his state, Christie said, offenders are sent to treatment."
func (f *finder) midTail(a *attr, s sent, k int) {
	d := f.d
	if a.cueS >= 0 && k == a.cueE {
		k = f.skipVenue(f.afterHearer(a, k, s.te), s.te)
	}
	if k+1 >= s.te || !d.is(k, ",") || !d.word(k+1) || d.toks[k+1].quote != 0 {
		return
	}
	w := d.lw(k + 1)
	if isGerund(w) || npStop[w] || determiners[w] && !quantifiers[w] || d.toks[k+1].cap && !pronouns[w] {
		return
	}
	sp, ok := f.contentSpan(k+1, f.contentEnd(k+1, s.te))
	if !ok {
		return
	}
	a.frags = append(a.frags, sp)
	a.venueE = k
}

// splitTail joins a second quoted piece to a direct quote: “…,” he said,
// “…” in the same sentence, or “…,” he said. “…” as the next sentence.
func (f *finder) splitTail(a *attr, s sent, k int) {
	d := f.d
	first := a.frags[0]
	if !isDQ(d.r[first[0]]) && !isSQ(d.r[first[0]]) {
		return
	}
	if a.cueS >= 0 && k == a.cueE {
		k = f.skipVenue(f.afterHearer(a, k, s.te), s.te)
	}
	if k < s.te && d.is(k, ",") && k+1 < s.te && f.isOpen(k+1) {
		sg := f.segs[d.toks[k+1].quote-1]
		a.frags = append(a.frags, [2]int{sg.s, sg.e})
		a.venueE = k
		return
	}
	// Next sentence of the same paragraph, made of one quote only.
	si := a.sent + 1
	if si >= len(f.sents) || f.sents[si].para != s.para || f.taken[si] {
		return
	}
	ns := f.sents[si]
	if !f.isOpen(ns.ts) {
		return
	}
	sg := f.segs[d.toks[ns.ts].quote-1]
	last := sg.ct
	if last < 0 {
		last = ns.te - 1
	}
	if last < ns.te-2 {
		return // more text after the quote: it has its own attribution
	}
	for k := ns.ts; k < ns.te; k++ {
		if d.toks[k].quote == 0 && d.toks[k].kind == tkWord {
			return
		}
	}
	a.frags = append(a.frags, [2]int{sg.s, sg.e})
	f.taken[si] = true
}

// preposed: "Macron said (on Thursday) (that) …", "Macron added: “…”".
func (f *finder) preposed(a *attr, s sent) bool {
	d := f.d
	j := f.cueStart(a, s.ts)
	b := d.npBack(j, s.ts)
	if b < 0 {
		b = f.appositionBack(j, s.ts)
	}
	srcEnd := -1
	if b < 0 {
		b, srcEnd = f.relativeBack(j, s)
	}
	if b < 0 && d.is(j, "and") && a.entry.Prec >= 0.5 {
		// "He called the actions lawful, and said …": the clause's subject.
		b, srcEnd = f.subject(s, j)
	}
	if b < 0 || b > s.ts && whWords[d.lw(b-1)] {
		return false // "did not say which countries had agreed": an embedded question
	}
	k := f.afterHearer(a, a.cueE, s.te)
	vs := k
	k = f.skipVenue(k, s.te)
	strong := false
	switch {
	case d.is(k, "that"):
		strong = true
	case d.is(k, ":") && k+1 >= s.te:
		// "Dr. Ward stated:" with the quotation in the next paragraph.
		return f.colonNext(a, s, b, j, vs)
	case k >= s.te && d.is(k-1, ":"):
		return f.colonNext(a, s, b, j, vs) // the cue phrase took the colon
	case d.is(k, ":"):
		k++
		strong = true
	case d.is(k, ",") && k+1 < s.te && f.isOpen(k+1):
		k++
		strong = true
	case k < s.te && f.isOpen(k):
		strong = true
	}
	if !strong {
		if isGerund(d.lw(a.cueS)) && !auxVerbs[d.lw(a.cueS-1)] {
			return false // "with Merz urging more pressure": a modifier, not a report
		}
		need := tunePre
		if d.capWord(j) || d.word(j) && pronouns[d.lw(j)] {
			need = tuneNamed // a named or pronoun subject makes a weak cue likelier
		}
		if a.entry.Prec < need || k != vs && !d.is(k-1, ",") && a.entry.Prec < 0.7 {
			return false
		}
		if k < s.te && d.word(k) && !d.toks[k].cap && (venuePreps[d.lw(k)] || d.lw(k) == "of" || d.lw(k) == "about" || d.lw(k) == "for") {
			return false // "said in …" without content
		}
		if k < s.te && auxVerbs[d.lw(k)] {
			return false // "what leaders say is …": the cue sits in a relative clause
		}
		infinitive := d.is(k, "to") && a.entry.Prec >= 0.4
		if a.entry.Prec < tuneShort && !infinitive && f.words(k, f.contentEnd(k, s.te)) < 4 {
			return false
		}
	} else if a.entry.Prec < 0.1 {
		return false
	}
	end := f.contentEnd(k, s.te)
	sp, ok := f.contentSpan(k, end)
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	if srcEnd >= 0 {
		a.srcE = srcEnd
	}
	a.cueS = j + 1
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = vs, k
	a.conf = 0.75
	if strong {
		a.conf = 0.85
	}
	return true
}

// colonNext takes as content the quotation opening the paragraph after
// one that ends in "X said:".
func (f *finder) colonNext(a *attr, s sent, b, j, vs int) bool {
	d := f.d
	si := a.sent + 1
	if si >= len(f.sents) || f.taken[si] || f.sents[si].para != s.para+1 || !f.isOpen(f.sents[si].ts) {
		return false
	}
	ns := f.sents[si]
	sg := f.segs[d.toks[ns.ts].quote-1]
	a.srcS, a.srcE, a.coreE = b, j+1, f.mentionEnd(b, j)
	a.cueS = j + 1
	a.frags = [][2]int{{sg.s, sg.e}}
	a.venueS, a.venueE = vs, s.te
	a.conf = 0.8
	f.taken[si] = true
	return true
}

// raisingCues present an impression without a source: "Sanders appears
// to have a slight lead".
var raisingCues = setOf("appears appear appeared seems seem seemed")

// raising: the content is the clause around the cue, from its subject to
// its end, with the cue cut out; PolNeAR leaves the source empty.
func (f *finder) raising(a *attr, s sent, from int) bool {
	d := f.d
	b := a.cueS
	if d.word(b-1) && auxVerbs[d.lw(b-1)] {
		b-- // "is expected"
		a.cueS = b
	}
	st := b
	for st > max(s.ts, from) {
		w := d.lw(st - 1)
		if d.toks[st-1].quote == 0 && (d.is(st-1, ",") || d.is(st-1, ";") || w == "and" || w == "but" || w == "that" || w == "which" || w == "while" || w == "because" || w == "if") {
			break
		}
		st--
	}
	if st >= b || !d.is(a.cueE, "to") && !d.word(a.cueE) {
		return false
	}
	end := f.contentEnd(a.cueE, s.te)
	for i := a.cueE; i < end; i++ {
		if d.is(i, ",") && d.toks[i].quote == 0 && (d.is(i+1, "but") || d.is(i+1, "and") || d.is(i+1, "while")) {
			end = i
			break
		}
	}
	head, ok1 := f.contentSpan(st, b)
	tail, ok2 := f.contentSpan(a.cueE, end)
	if !ok2 {
		return false
	}
	if !ok1 {
		// One-word subjects ("Sanders appears …") still count.
		head = [2]int{int(d.toks[st].s), int(d.toks[b-1].e)}
	}
	a.frags = [][2]int{head, tail}
	a.entry.Type = CueThought
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.5
	return true
}

// possessive: "Comey's conclusion that …", "his claim that …" — a
// reporting noun owned by its source.
func (f *finder) possessive(a *attr, s sent) bool {
	d := f.d
	k := a.cueE
	if !d.is(k, "that") || a.cueS-1 <= s.ts {
		return false
	}
	p := a.cueS - 1
	for p > s.ts && d.word(p) && !d.toks[p].cap && !determiners[d.lw(p)] && a.cueS-p < 3 {
		p-- // "his earlier claim"
	}
	var b, e int
	switch {
	case d.toks[p].kind == tkPoss:
		b, e = d.npBack(p-1, s.ts), p
	case d.is(p, "his") || d.is(p, "her") || d.is(p, "their"):
		b, e = p, p+1
	default:
		return false
	}
	if b < 0 {
		return false
	}
	sp, ok := f.contentSpan(k, f.contentEnd(k, s.te))
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = b, e, e
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, a.cueE
	a.conf = 0.6
	return true
}

// contentEnd stops a forward content before ", adding that …" or ",
// according to …".
func (f *finder) contentEnd(k, end int) int {
	d := f.d
	for i := k; i < end-1; i++ {
		comma := d.is(i, ",") && d.toks[i].quote == 0
		closeComma := f.isClose(i) && d.is(i-1, ",")
		if !comma && !closeComma {
			if d.is(i, "and") && d.toks[i].quote == 0 && !d.is(i-1, ",") && f.coordinatedVerb(i+1) {
				// "… and said …": a second predicate of the same subject.
				// After a comma it more often joins clauses inside the
				// content, so it stays.
				return i
			}
			if (d.is(i, "and") || d.is(i, "but")) && d.is(i-1, ",") || d.is(i, "while") {
				// ", and the German government suggested …" — a comma
				// marks a new clause rather than a joint subject.
				if f.clauseAttribution(i+1, end) {
					if d.is(i-1, ",") {
						return i - 1
					}
					return i
				}
			}
			continue
		}
		cut := i
		if closeComma {
			cut = i + 1
		}
		if comma && i > k+1 && !(d.is(k, "that") && d.is(k+1, ",") && f.commasBetween(k+2, i) == 0) && f.clauseAttribution(i+1, end) {
			return cut // "…, Judge Berman said …": a new attribution takes over
		}
		w := d.lw(i + 1)
		if w == "according" && d.is(i+2, "to") {
			return cut
		}
		if isGerund(w) {
			if n, e := d.cueMatch(i + 1); n > 0 && e.Prec >= 0.3 {
				return cut
			}
		}
	}
	return end
}

// coordinatedVerb: token k starts a new predicate — a cue or a past
// tense verb, maybe after "also" or an auxiliary.
func (f *finder) coordinatedVerb(k int) bool {
	d := f.d
	for d.word(k) && (d.lw(k) == "also" || d.lw(k) == "then" || d.lw(k) == "later" || auxVerbs[d.lw(k)]) {
		k++
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.2 {
		return true
	}
	w := d.lw(k)
	return strings.HasSuffix(w, "ed") && len(w) > 4 && !npStop[w]
}

// commasBetween counts commas outside quotations in [a, b).
func (f *finder) commasBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if f.d.is(k, ",") && f.d.toks[k].quote == 0 {
			n++
		}
	}
	return n
}

// clauseAttribution says whether a new "X said …" clause starts at k:
// "…, and the German government suggested …".
func (f *finder) clauseAttribution(k, end int) bool {
	d := f.d
	for j := k + 1; j < end && j < k+10; j++ {
		if d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss {
			return false
		}
		n, e := d.cueMatch(j)
		if n == 0 || e.Prec < 0.4 {
			continue
		}
		a := attr{cueS: j}
		jb := f.cueStart(&a, k)
		return d.npBack(jb, k) == k
	}
	return false
}

// gerund: "…, adding that …" takes the source of the clause before it,
// or the subject of the sentence.
func (f *finder) gerund(a *attr, s sent) bool {
	d := f.d
	k := f.skipVenue(a.cueE, s.te)
	if d.is(k, ":") {
		k++
	}
	if a.entry.Prec < 0.3 && !d.is(k, "that") {
		return false
	}
	sp, ok := f.contentSpan(k, f.contentEnd(k, s.te))
	if !ok {
		return false
	}
	if n := len(f.attrs); n > 0 && f.attrs[n-1].sent == a.sent && f.attrs[n-1].srcS >= 0 {
		prev := &f.attrs[n-1]
		a.srcS, a.srcE = prev.srcS, prev.srcE
		a.inherit = n - 1
	} else {
		// Subject: the first name-like phrase, after a leading
		// participle clause ("Speaking in Beijing, Putin hailed …").
		st, ne := f.subject(s, a.cueS)
		if st < 0 {
			return false
		}
		a.srcS, a.srcE = st, ne
	}
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = a.cueE, k
	a.conf = 0.7
	return true
}

// relativeBack finds "a White House official who spoke anonymously
// said": the source before a relative clause. It returns the source's
// first token and its end.
func (f *finder) relativeBack(j int, s sent) (int, int) {
	d := f.d
	for k := j; k > s.ts && j-k < 14; k-- {
		if d.toks[k].kind != tkWord || d.toks[k].quote != 0 {
			return -1, -1
		}
		if (d.is(k, "who") || d.is(k, "whose")) && k < j {
			b := d.npBack(k-1, s.ts)
			if b < 0 {
				return -1, -1
			}
			return b, k
		}
	}
	return -1, -1
}

// subject returns the first source-like phrase of the sentence before
// token lim, skipping a leading participle or prepositional clause.
func (f *finder) subject(s sent, lim int) (int, int) {
	d := f.d
	st := s.ts
	if d.word(st) && (isGerund(d.lw(st)) || leadStop[d.lw(st)] || venuePreps[d.lw(st)]) {
		for st < lim && !d.is(st, ",") {
			st++
		}
		st++
	}
	if st >= lim {
		return -1, -1
	}
	ne := d.npForward(st, lim)
	if ne < 0 {
		return -1, -1
	}
	return st, ne
}

// afterHearer skips the hearer of "told": "told a cheering crowd",
// "told Finnish media". It returns the token after it.
func (f *finder) afterHearer(a *attr, k, end int) int {
	d := f.d
	if a.cueS < 0 || !tellCues[d.lw(a.cueS)] || d.is(k, "that") {
		return k
	}
	j, dets := k, 0
	for j < end && j-k < 6 && d.toks[j].quote == 0 {
		w := d.lw(j)
		if d.toks[j].kind == tkPoss {
			j++
			continue
		}
		if !d.word(j) || npStop[w] || venuePreps[w] || isWeekday(w) || timeWords[w] {
			break
		}
		if determiners[w] {
			if dets++; dets > 1 {
				break
			}
		}
		j++
	}
	return j
}

// tailOK says whether an attribution placed after its content really
// ends the sentence: only venue words, a participle clause or the full
// stop may follow ("…,” Macron told reporters, standing alongside X.").
func (f *finder) tailOK(a *attr, k int, s sent) bool {
	d := f.d
	if k == a.cueE {
		k = f.afterHearer(a, k, s.te)
	}
	// A clause with "that" after the cue is its content, not a tail.
	for j := k; j < s.te && !d.is(j, ","); j++ {
		if d.is(j, "that") && d.toks[j].quote == 0 {
			return false
		}
	}
	if a.strong {
		// “…,” X said — whatever follows is circumstance.
		return !(k < s.te && d.is(k, ":"))
	}
	if d.is(k, "to") && d.word(k+1) && !d.toks[k+1].cap && !determiners[d.lw(k+1)] {
		return false // "vows to impose …": an infinitive content
	}
	if w := d.lw(min(k, s.te-1)); k < s.te && (venuePreps[w] || isWeekday(w)) {
		return true
	}
	k0 := k
	k = f.skipVenue(k, s.te)
	if k >= s.te {
		return true
	}
	if d.is(k, ",") {
		if (d.is(k+1, "and") || d.is(k+1, "but")) && f.clauseAttribution(k+2, s.te) {
			return false // "…, records show, and experts say …"
		}
		return !(k+1 < s.te && (f.isOpen(k+1) || d.is(k+1, "that")))
	}
	if w := d.lw(k); k > k0 && (venuePreps[w] || subordinators[w]) {
		return true
	}
	return d.is(k, ".") || d.is(k, ";") || d.is(k, "!") || d.is(k, "?") || d.is(k, ")") || f.isOpen(k) || d.toks[k].kind == tkDQ
}

// orphanQuote: a sentence that is only a quotation, right after an
// attributed quote, continues that speaker.
func (f *finder) orphanQuote(si int) {
	d := f.d
	s := f.sents[si]
	if !f.isOpen(s.ts) || len(f.attrs) == 0 {
		return
	}
	sg := f.segs[d.toks[s.ts].quote-1]
	if sg.words < 4 {
		return
	}
	prev := len(f.attrs) - 1
	pa := &f.attrs[prev]
	if s.para-f.sents[pa.sent].para > 1 || si-pa.sent > 3 {
		return
	}
	if mergeOrphans && s.para-f.sents[pa.sent].para == 1 && isDQ(d.r[pa.frags[len(pa.frags)-1][1]-1]) {
		// A quote continuing in the next paragraph is one more fragment.
		pa.frags = append(pa.frags, [2]int{sg.s, sg.e})
		return
	}
	if !keepOrphans {
		return
	}
	a := attr{frags: [][2]int{{sg.s, sg.e}}, srcS: -1, cueS: -1, cueE: -1, sent: si, inherit: prev, conf: 0.5}
	a.entry = pa.entry
	f.attrs = append(f.attrs, a)
}
