package extract

// subjectVerbs are finite report verbs that a subject phrase ending in a
// noun or participle cue can carry: "Subsequent estimates put the figure
// at …", "A poll released Wednesday found …", "FEC reports show …".
var subjectVerbs = setOf("put puts show shows showed find finds found reveal reveals revealed describe describes described suggest suggests suggested indicate indicates indicated")

// subjectCue: when a cue ends right before a finite report verb that opens
// its content, the cue was part of that verb's subject (a noun head or a
// participle modifier), and PolNeAR marks the verb as the cue and the
// whole phrase as the source.
func (f *finder) subjectCue() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || len(a.frags) != 1 || lyAdverb(d.lw(a.cueE-1)) || !d.word(a.cueE-1) || d.is(a.cueE-1, "to") || d.in(a.cueE-1, wcSayVerb) {
			// an adverb cue ("reportedly"), "looking to" or a verb of
			// saying ("He said shows like that …") is no subject
			continue
		}
		k := d.tokFrom(a.frags[0][0])
		if k != a.cueE || !subjectVerbs[d.lw(k)] || !d.word(k+1) || d.toks[k].quote != 0 || int(d.toks[k+1].s) >= a.frags[0][1] {
			continue
		}
		b := a.cueS
		if a.srcS >= 0 && a.srcE == a.cueS {
			b = a.srcS
		}
		a.srcS, a.srcE, a.coreE = b, k, f.mentionEnd(b, k-1)
		a.cueS, a.cueE = k, k+1
		a.frags[0][0] = int(d.toks[k+1].s)
	}
}
