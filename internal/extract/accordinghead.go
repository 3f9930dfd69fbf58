package extract

import "sort"

// accordingHeads drops the head of a split "according to" content when
// it is not part of the reported claim: a leading subordinate clause
// ("While most were marked “confidential,” according to an official, two
// were upgraded …") or a head ending in "because/so" ("… because,
// according to Trump, the media would …"). PolNeAR gives the source only
// the clause after it; "and/but/that" heads lost on train.
func (f *finder) accordingHeads() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 2 || a.cueS < 0 || !d.is(a.cueS, "according") {
			continue
		}
		h := a.frags[0]
		hs := d.tokFrom(h[0])
		he := sort.Search(len(d.toks), func(k int) bool { return int(d.toks[k].e) >= h[1] })
		if hs >= len(d.toks) || he >= len(d.toks) || d.toks[hs].quote != 0 {
			continue
		}
		first, last := d.lw(hs), d.lw(he)
		if d.is(hs, "but") || d.is(hs, "and") {
			first = d.lw(hs + 1)
		}
		lead := clauseSubs[first] && first != "as"
		tail := last == "because" || last == "so"
		if lead || tail {
			a.frags = a.frags[1:]
		}
	}
}
