package extract

import (
	"cmp"
	"slices"
	"sort"
)

// attrIndex answers, for a fixed set of attributions, which own a cue
// token of a sentence and whether a position lies in a content, without
// walking them all for every token: a news article holds a few dozen
// attributions, hostile input thousands. Its slices live in the pooled
// finder, so building it allocates nothing once warm.
type attrIndex struct {
	attrs  []attr
	bySent []int32  // indices into attrs, ordered by sentence
	frags  [][2]int // content fragments, ordered by start
	reach  []int    // reach[i] is the furthest end among frags[:i+1]
}

// build indexes attrs, which must not change while the index is used.
func (x *attrIndex) build(attrs []attr) {
	x.attrs = attrs
	x.bySent, x.frags = x.bySent[:0], x.frags[:0]
	for i := range attrs {
		x.bySent = append(x.bySent, int32(i))
		x.frags = append(x.frags, attrs[i].frags...)
	}
	slices.SortStableFunc(x.bySent, func(a, b int32) int { return cmp.Compare(attrs[a].sent, attrs[b].sent) })
	slices.SortFunc(x.frags, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	x.reach = resize(x.reach, len(x.frags))
	for i, fr := range x.frags {
		x.reach[i] = fr[1]
		if i > 0 {
			x.reach[i] = max(x.reach[i], x.reach[i-1])
		}
	}
}

// ofSent returns the indices of sentence si's attributions.
func (x *attrIndex) ofSent(si int) []int32 {
	lo := sort.Search(len(x.bySent), func(i int) bool { return x.attrs[x.bySent[i]].sent >= si })
	hi := lo
	for hi < len(x.bySent) && x.attrs[x.bySent[hi]].sent == si {
		hi++
	}
	return x.bySent[lo:hi]
}

// cueOwner is finder.cueOwner over the indexed attributions.
func (x *attrIndex) cueOwner(si, k int) bool {
	for _, i := range x.ofSent(si) {
		if o := &x.attrs[i]; o.cueS <= k && k < o.cueE {
			return true
		}
	}
	return false
}

// inSource says whether token k lies in the source mention of one of
// sentence si's indexed attributions.
func (x *attrIndex) inSource(si, k int) bool {
	for _, i := range x.ofSent(si) {
		if a := &x.attrs[i]; a.srcS >= 0 && a.srcS <= k && k < a.srcE {
			return true
		}
	}
	return false
}

// covers says whether position p lies in an indexed content fragment:
// among the fragments starting at or before p, one reaches past it.
func (x *attrIndex) covers(p int) bool {
	n := sort.Search(len(x.frags), func(i int) bool { return x.frags[i][0] > p })
	return n > 0 && x.reach[n-1] > p
}

// overlaps is finder.claimed over the indexed attributions: among the
// fragments starting before sp ends, one reaches past its start.
func (x *attrIndex) overlaps(sp [2]int) bool {
	n := sort.Search(len(x.frags), func(i int) bool { return x.frags[i][0] >= sp[1] })
	return n > 0 && x.reach[n-1] > sp[0]
}
