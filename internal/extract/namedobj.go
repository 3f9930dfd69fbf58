package extract

// cueObjects are the pronoun objects that may close a learned naming cue
// ("calling it", "called her").
var cueObjects = setOf("it him her them")

// namedObjects moves the pronoun object of a naming cue into its content:
// PolNeAR marks "it “disqualifying”" as what "calling" says (75 spans
// start at the pronoun on train, 4 after it), while the lexicon learned
// "calling it" as a cue from the few spans that left it out.
func (f *finder) namedObjects() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		p := a.cueE - 1
		if a.cueS < 0 || p <= a.cueS || len(a.frags) == 0 || !cueObjects[d.lw(p)] || !d.in(p-1, wcNamingVerb) {
			continue
		}
		if st := int(d.toks[p].s); st < a.frags[0][0] && a.frags[0][0]-int(d.toks[p].e) <= 1 {
			a.frags[0][0] = st
			a.cueE = p
		}
	}
}
