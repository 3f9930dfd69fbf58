package extract

// innerOfParticiple says whether attribution a is a weak report nested in
// the words of participle g: "…, cautioning that the vote underscores a
// need for calm", "…, saying at a church that the mayor had answered …".
// PolNeAR gives those words to the participle, the outer report; a plain
// "say" inside ("…, noting that aides said …") is a report of its own,
// and so is a cue at least as strong as the participle.
func (f *finder) innerOfParticiple(a, g *attr) bool {
	d := f.d
	if a.cueS < g.cueE || len(a.frags) == 0 || len(g.frags) != 1 {
		return false
	}
	gs, ge := g.frags[0][0], g.frags[0][1]
	if int(d.toks[a.cueS].s) >= ge || a.frags[0][0] < gs || a.frags[len(a.frags)-1][1] > ge {
		return false
	}
	return !d.in(a.cueE-1, wcPlainSay) && a.entry.Prec < g.entry.Prec
}
