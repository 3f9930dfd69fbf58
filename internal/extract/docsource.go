package extract

// sentDocs are things a source sends out with words on them.
var sentDocs = setOf("message messages statement statements cover ad ads letter letters email emails release releases memo note notes sign signs banner banners flyer flyers mailer mailers poster posters petition")

// docSenders: "his campaign sent out a text message to supporters saying
// “…”", "His office put out a statement saying …": the participle's
// words are the sender's, the clause subject, when the document is the
// object of the sender's verb (7 of 9 such on PolNeAR train).
func (f *finder) docSenders() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS <= 0 || a.srcE != a.cueS || a.sent < 0 || a.sent >= len(f.sents) {
			continue
		}
		g := a.cueS // the cue may open on its time: "an email Tuesday saying"
		for g+1 < a.cueE {
			if _, day := weekdays[d.lw(g)]; !day && !d.in(g, wcTimeWord) {
				break
			}
			g++
		}
		if !isGerund(d.lw(g)) {
			continue
		}
		doc := false
		for k := a.srcS; k < a.srcE && k < a.srcS+4; k++ {
			doc = doc || sentDocs[d.lw(k)] && d.toks[k].quote == 0
		}
		if !doc {
			continue
		}
		s := f.sents[a.sent]
		v := a.srcS - 1
		if v <= s.ts || !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || d.in(v, wcNPStop) || d.in(v, wcVenuePrep) {
			continue // not the object of a verb
		}
		j := v // the sender's verb, maybe with a particle: "sent out"
		if particles[d.lw(j)] {
			j--
		}
		j-- // where the subject ends
		for j > s.ts && d.word(j) && d.in(j, wcSkipBetween) {
			j--
		}
		st := d.npBack(j, s.ts)
		ne := j + 1
		if st < 0 || st >= a.srcS {
			continue
		}
		a.srcS, a.srcE, a.coreE = st, ne, ne
		a.cueS = g
		a.inherit = -1
	}
}
