package extract

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
// a quotation, and for such contents under four words (compared with
// the shrunk precision); set on PolNeAR train, where recall is the gap,
// while keeping the seed floor.
const (
	tunePre   = 0.3
	tuneNamed = 0.15
	tuneShort = 0.4
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
	f.dashBylines()
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
	// Which segments some attribution already covers, computed once:
	// the pieces added below are unclaimed by construction.
	claimedSeg := make([]bool, len(f.segs))
	for _, a := range f.attrs {
		for _, fr := range a.frags {
			g := f.segAt(fr[0])
			if g > 0 && f.segs[g-1].e > fr[0] {
				g--
			}
			for ; g < len(f.segs) && f.segs[g].s < fr[1]; g++ {
				claimedSeg[g] = true
			}
		}
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		if g := f.segAt(a.frags[0][0]); g < len(f.segs) && f.segs[g].s == a.frags[0][0] {
			for p := f.segs[g].prev; p >= 0 && !claimedSeg[p]; p = f.segs[p].prev {
				a.frags = append([][2]int{{f.segs[p].s, f.segs[p].e}}, a.frags...)
				claimedSeg[p] = true
			}
		}
		last := a.frags[len(a.frags)-1]
		for g := f.segAt(last[0]); g < len(f.segs) && f.segs[g].s < last[1]; g++ {
			sg := f.segs[g]
			if sg.e == last[1] && sg.ct < 0 {
				for n := sg.next; n >= 0 && !claimedSeg[n]; n = f.segs[n].next {
					a.frags = append(a.frags, [2]int{f.segs[n].s, f.segs[n].e})
					claimedSeg[n] = true
				}
			}
		}
	}
}

func (f *finder) sentence(si int) {
	d := f.d
	s := f.sents[si]
	if !f.speakerLabel(si) {
		f.recurringLabel(si)
	}
	if f.asPassive(si) || f.inPoll(si) {
		return
	}
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
			n := len(f.attrs)
			f.gerunds(si, a.cueE)
			if len(f.attrs) == n {
				f.laterReports(si, &f.attrs[n-1])
			}
			return
		}
	}
	if f.headlineColon(si) || f.saidFirst(si) || f.quoteThenVerb(si) || f.asClause(si) || f.askedClause(si) {
		return
	}
	// Pass 2: "X said (that) …", left to right, contents not overlapping.
	used := s.ts
	for k := s.ts; k < s.te; k++ {
		if d.toks[k].quote != 0 || d.toks[k].kind != tkWord || k < used {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 && f.verbQuote(k, s) {
			// "Silverman interjected, “…”": any verb introducing a quotation.
			n, e = 1, cueEntry{Type: CueSpeech, Prec: 0.5}
		}
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
		if d.toks[k].quote != 0 || !d.word(k) || !isGerund(d.lw(k)) || k == s.ts || !(d.is(k-1, ",") || f.isClose(k-1) && d.is(k-2, ",") || isDashTok(d, k-1) && d.toks[k-1].quote == 0) {
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

// raisingCues present an impression without a source: "Sanders appears
// to have a slight lead".
var raisingCues = setOf("appears appear appeared seems seem seemed")

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
