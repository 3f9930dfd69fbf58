package extract

// gerundCue says whether the cue is a bare participle ("citing",
// "saying"): it has no subject of its own, so the phrase before its comma
// is no postposed source ("… in Green Bay, Wis., citing the attack").
func (f *finder) gerundCue(a *attr) bool {
	return isGerund(f.d.lw(a.cueS)) && !f.d.toks[a.cueS].cap
}
