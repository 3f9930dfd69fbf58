package extract

// Faulted nominal cues: "Cruz faced criticism for unreported loans",
// "the committee is facing sharp criticism over its tactics", "Clinton
// faced questions about what had gone wrong", "it was drawing complaints
// that it was underfunded". The clause's subject receives criticism,
// accusations or questions whose holders go unnamed; PolNeAR marks what
// they are about as the content, with no source. With its holder named
// ("criticism from rivals") the phrase is received.go's; a raised
// question is its raiser's (nominal.go).

// faultNouns map the received nouns that fault their object to the
// words that open it: "criticism for", "accusations of", "questions
// about", "complaints that".
var faultNouns = map[string]string{
	"criticism":   "for over",
	"backlash":    "for over",
	"scrutiny":    "for over",
	"accusations": "of that",
	"allegations": "of that",
	"questions":   "about over",
	"doubts":      "about over",
	"complaints":  "about over that",
}

// faultPrep says whether w opens what the fault noun n is for.
func faultPrep(n, w string) bool {
	ps, ok := faultNouns[n]
	return ok && containsWord(ps, w)
}

// faultedNominals adds the attributions of fault nouns after a receive
// verb, where no other layout read the phrase.
func (f *finder) faultedNominals() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		// Only a fault noun opens the phrase: its tokens are listed
		// (scanwords.go), and most sentences hold none.
		for _, k := range d.scanned(swFaultNoun, s.ts+1, s.te-2) {
			k := int(k)
			if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !d.word(k+1) || !faultPrep(d.lw(k), d.lw(k+1)) {
				continue
			}
			v := f.faultVerbBefore(k, s)
			if v < 0 || f.cueTaken(v, k+2) || f.inContent(k, n0) {
				continue
			}
			c := k + 2
			if d.is(k+1, "that") {
				c = k + 1 // "drew complaints that it was underfunded"
			}
			sp, end, ok := f.faultObject(c, s)
			if !ok || f.holderAfter(k+2, end) || d.is(end-1, "to") || d.is(end-1, "of") {
				continue // "over Obama's decision to, along with …": cut short
			}
			a := attr{cueS: v, cueE: c, sent: si, srcS: -1, srcE: -1, coreE: -1, inherit: -1, frags: [][2]int{sp}, conf: 0.5}
			a.entry = cueEntry{Type: CueThought, Prec: 0.6}
			a.venueS, a.venueE = end, s.te
			f.attrs = append(f.attrs, a)
		}
	}
}

// faultVerbBefore returns the receive verb before the fault noun at k
// ("faced criticism", "drew intense criticism", "has endured criticism"),
// or -1.
func (f *finder) faultVerbBefore(k int, s sent) int {
	d := f.d
	j := k - 1
	for n := 0; n < 2 && j > s.ts && d.word(j) && !d.toks[j].cap && !receiveVerbs[d.lw(j)] && !receivingForms[d.lw(j)] && !enduredForms[d.lw(j)] && !d.in(j, wcNPStop); n++ {
		j-- // "sharp", "intense", "public"
	}
	if j <= s.ts || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 {
		return -1
	}
	if w := d.lw(j); enduredForms[w] || receivingForms[w] && d.in(j-1, wcBeForm) {
		return j
	}
	if !receiveVerbs[d.lw(j)] || d.is(j, "has") || d.is(j, "had") || d.is(j, "wins") || d.is(j, "won") {
		return -1 // "has criticism for", "won praise": no fault received
	}
	if p := d.lw(j - 1); p == "to" || modalVerbs[p] {
		return -1
	}
	return j
}

// enduredForms take a fault noun as receive verbs do; "facing" needs no
// "be" before it ("With Lee facing accusations of fraud, …").
var enduredForms = setOf("endured endures facing")

// holderAfter says whether the phrase [k, end) names the holders after
// all ("criticism for the move from two senators").
func (f *finder) holderAfter(k, end int) bool {
	for i := k; i < end; i++ {
		if f.d.is(i, "from") || f.d.is(i, "by") {
			return true
		}
	}
	return false
}

// faultObject returns the content starting at token c and the token after
// it: a clause after "that", "whether" or a wh-word ("questions about
// whether he will run"), else the noun phrase object.
func (f *finder) faultObject(c int, s sent) ([2]int, int, bool) {
	d := f.d
	if w := d.lw(c); w == "that" || w == "whether" || whWords[w] {
		e := f.contentEnd(c, s.te)
		sp, ok := f.contentSpan(c, e)
		return sp, e, ok
	}
	return f.npObjectSpan(c, s, false)
}
