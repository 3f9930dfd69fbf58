package extract

// dropNestedSameSource drops an indirect report whose cue lies inside
// the content of another attribution with the same source: "Kasich
// said he was the first to say the group must be destroyed", "he
// defended the plan by arguing that …" read inside "X said that …".
// The inner verb is part of what the outer report gives, and PolNeAR
// marks the outer report alone; one with quoted words of its own, or
// a source of its own ("said that Trump was urging …"), stays.
func (f *finder) dropNestedSameSource() {
	if len(f.attrs) < 2 || len(f.attrs) > maxNestedScan {
		return // hostile input: the pairwise test would be quadratic
	}
	var drop []bool
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || a.cueE <= a.cueS || f.kind(a) != KindIndirect {
			continue
		}
		if f.insideSameSource(i) {
			if drop == nil {
				drop = make([]bool, len(f.attrs))
			}
			drop[i] = true
		}
	}
	if drop == nil {
		return
	}
	k := 0 // dropAttrsWhere visits the attributions in order
	f.dropAttrsWhere(func(a *attr) bool {
		for &f.attrs[k] != a {
			k++
		}
		return drop[k]
	})
}

// maxNestedScan bounds the attributions dropNestedSameSource compares
// pairwise; a news article holds a few dozen.
const maxNestedScan = 200

// insideSameSource says whether attribution i's cue lies in a content
// fragment of another attribution that i shares its source with.
func (f *finder) insideSameSource(i int) bool {
	a := &f.attrs[i]
	d := f.d
	cs, ce := int(d.toks[a.cueS].s), int(d.toks[a.cueE-1].e)
	for j := range f.attrs {
		b := &f.attrs[j]
		if j == i || !(a.inherit == j || a.srcS >= 0 && a.srcS == b.srcS) {
			continue
		}
		for _, fr := range b.frags {
			if fr[0] <= cs && ce <= fr[1] {
				return true
			}
		}
	}
	return false
}
