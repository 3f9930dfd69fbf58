package extract

// coordInfinitive: "Lee toured the state, but now plans to run …",
// "Kim visited donors and pledged to cut taxes" — a cue of intention
// with a "to" infinitive, coordinated after "and" or "but", shares the
// clause's subject. In that frame PolNeAR marks the intention far more
// often than the cue's own precision says.
func (f *finder) coordInfinitive(a *attr) bool {
	return a.cueE == a.cueS+1 && a.entry.Prec >= coordInfMinPrec && f.toInfinitive(a.cueE)
}

// coordInfMinPrec is the infinitive-frame precision a coordinated cue
// needs.
const coordInfMinPrec = 0.3
