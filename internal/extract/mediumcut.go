package extract

// mediumNouns are what a speaker speaks or writes through: "Jeb Bush in
// a Medium post said …", "Trump in his announcement speech called …".
var mediumNouns = setOf("speech speeches statement statements interview interviews post posts tweet tweets letter letters op-ed essay column memo remarks address editorial appearance filing filings video message email book")

// mediumPreps open a phrase naming the medium of a report.
var mediumPreps = setOf("in during")

// mediumCut ends a subject mention, running from s to e before its cue,
// at a phrase after a name that only says where the speaker spoke:
// "Jeb Bush in a Medium post said" keeps "Jeb Bush"; so does a phrase
// the speaker owns ("The senator in his opening speech called …"). After
// a common noun another phrase describes the source ("A footnote in the
// report", "a voice-over in the ad") and stays. It returns the new end,
// or e.
func (f *finder) mediumCut(a *attr, s, e int) int {
	d := f.d
	if e > a.cueS || e-s < 4 || !d.word(e-1) || d.toks[e-1].cap || !mediumNouns[d.lw(e-1)] {
		return e
	}
	for k := e - 3; k > s; k-- {
		if !d.word(k) && d.toks[k].kind != tkPoss || d.toks[k].quote != 0 {
			return e
		}
		if d.toks[k].cap || !mediumPreps[d.lw(k)] {
			continue
		}
		if !(d.capWord(k-1) && determiners[d.lw(k+1)] && d.lw(k+1) != "that" || d.word(k-1) && possPronouns[d.lw(k+1)]) {
			return e
		}
		return k
	}
	return e
}
