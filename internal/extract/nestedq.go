package extract

// nestedOnly says whether every attribution that overlaps sp lies inside
// it with its cue: a report within the question ("when asked about
// concerns that his voters would not support her") does not claim it.
func (f *finder) nestedOnly(sp [2]int) bool {
	d := f.d
	for _, a := range f.attrs {
		for _, fr := range a.frags {
			if fr[0] < sp[1] && sp[0] < fr[1] {
				if fr[0] < sp[0] || fr[1] > sp[1] || a.cueS < 0 || int(d.toks[a.cueS].s) < sp[0] {
					return false
				}
			}
		}
	}
	return true
}
