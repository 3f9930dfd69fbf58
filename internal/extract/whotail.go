package extract

// objectRelCue: "“…,” said Ann Lee, who likened the levy to theft". A
// relative clause on an inverted source whose cue takes a plain object
// (no "that" clause, no quotation) is a report in PolNeAR for cues of
// middling precision too, but not for a wish or a side ("who supports
// Clinton") nor for a passive ("who is regarded as a hawk"), which names
// no report the source made.
func (f *finder) objectRelCue(who, c int, a *attr) bool {
	d := f.d
	if a.entry.Prec >= 0.5 {
		return true
	}
	if a.entry.Prec < 0.3 {
		return false
	}
	for i := a.cueS; i < a.cueE; i++ {
		if stanceVerbs[d.lw(i)] {
			return false
		}
	}
	for i := who + 1; i < c; i++ {
		if passiveAux[d.lw(i)] {
			return false
		}
	}
	return true
}

// passiveAux: forms of "be" that, between "who" and a participle, make
// the clause passive.
var passiveAux = setOf("is was are were been being")

// trimWhoMentions: "Mr. Dunn, who estimated that …, said …". When the
// "who" of a non-restrictive clause inside a source mention is itself
// the source of a report, PolNeAR ends the outer mention before the
// clause's comma, as relativeCue does for inverted sources. A clause
// that reports nothing stays in the mention.
func (f *finder) trimWhoMentions() {
	d := f.d
	for i := range f.attrs {
		w := f.attrs[i].srcS
		if w < 1 || f.attrs[i].srcE != w+1 || !d.is(w, "who") || !d.is(w-1, ",") {
			continue
		}
		for j := range f.attrs {
			o := &f.attrs[j]
			if j != i && o.srcS >= 0 && o.srcS < w-1 && o.srcE > w {
				o.srcE = w - 1
				o.coreE = min(o.coreE, o.srcE)
			}
		}
	}
}
