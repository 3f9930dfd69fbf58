package extract

// Stance nouns opening their sentence: "Support for the levy has grown
// among renters", "Opposition to the pipeline has united the valley".
// The noun phrase is the subject, with no possessor or determiner: the
// stance of unnamed people toward its object. PolNeAR marks the noun
// and its preposition as the cue and the object as the content, with no
// source; on PolNeAR train all 7 sentences opening so are marked.
// "Enthusiasm for …" (marked 0 times in 1) and a noun after a
// determiner ("The support of McCain is …", a possessed one) are left to
// the other layouts.

// leadStanceNouns map a stance noun that may open its sentence to the
// preposition that opens its object.
var leadStanceNouns = map[string]string{
	"support":    "for",
	"opposition": "to",
}

// stanceLeads adds the attributions of stance nouns opening their
// sentence that no other layout read.
func (f *finder) stanceLeads() {
	d := f.d
	for si := range f.sents {
		k := f.sents[si].ts
		// Only the sentence's first token is read: a capitalised noun
		// of the map with its preposition after it.
		if k+2 >= f.sents[si].te || !d.word(k) || d.toks[k].quote != 0 || !d.toks[k].cap {
			continue
		}
		if !d.tagged(k, tcLeadStance) {
			continue
		}
		if p, ok := leadStanceNouns[d.lw(k)]; !ok || !d.is(k+1, p) || d.toks[k+1].quote != 0 {
			continue
		}
		f.stanceLead(k, si)
	}
}

// stanceLead reads the stance noun at k, the first token of sentence
// si, and appends its attribution.
func (f *finder) stanceLead(k, si int) {
	s := f.sents[si]
	if f.cueTaken(k, k+2) || f.inContent(k, len(f.attrs)) {
		return
	}
	// The object ends where the sentence's verb starts, as a relative
	// subject's does ("voters who support Sanders are …").
	end, why := f.npObjectEnd(k+2, s.te, true)
	if why == npPunct || end >= s.te || !f.d.word(end) || f.d.toks[end].cap {
		return // the phrase must be the subject of a verb after it
	}
	sp, ok := f.npSpan(k+2, end)
	if !ok {
		return
	}
	a := attr{cueS: k, cueE: k + 2, sent: si, srcS: -1, srcE: -1, coreE: -1, inherit: -1}
	a.entry = cueEntry{Type: CueThought, Prec: 0.5}
	a.setPlainContent(sp)
	f.attrs = append(f.attrs, a)
}
