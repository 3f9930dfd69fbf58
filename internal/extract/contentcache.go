package extract

// endCache remembers contentEnd's answers for one document: the layouts
// ask for the same (start, end) pairs several times (about 3 calls in 5
// repeat on news text). contentEnd reads only the tokens, quote segments
// and sentences, none of which change once the finder runs, so a
// remembered answer stays right. The table is direct-mapped: a pair that
// collides with another is simply computed again.
type endCache [64]struct{ k1, end, v int32 } // k1 is k+1, 0 for an empty slot

func (c *endCache) slot(k, end int) int { return (k*31 + end) & (len(c) - 1) }

func (c *endCache) get(k, end int) (int, bool) {
	e := &c[c.slot(k, end)]
	if e.k1 == int32(k+1) && e.end == int32(end) {
		return int(e.v), true
	}
	return 0, false
}

func (c *endCache) put(k, end, v int) {
	c[c.slot(k, end)] = struct{ k1, end, v int32 }{int32(k + 1), int32(end), int32(v)}
}

// cutCache remembers mentionCut's reading of a mention up to the tails
// that look past it (mentionHeadCut), for one document: the resolver,
// the venue and contact passes and the source start ask it again of the
// same mention, four or five times each. The reading depends only on the
// document and the mention's and cue's tokens, which are the key.
type cutCache [32]cutEntry

type cutEntry struct {
	s1, srcE, cueS, cueE int32 // s1 is srcS+1, 0 for an empty slot
	v                    int32
	tails                bool
}

func (c *cutCache) get(a *attr) (v int, tails, ok bool) {
	e := &c[a.srcS&(len(c)-1)]
	if e.s1 == int32(a.srcS+1) && e.srcE == int32(a.srcE) && e.cueS == int32(a.cueS) && e.cueE == int32(a.cueE) {
		return int(e.v), e.tails, true
	}
	return 0, false, false
}

func (c *cutCache) put(a *attr, v int, tails bool) {
	c[a.srcS&(len(c)-1)] = cutEntry{int32(a.srcS + 1), int32(a.srcE), int32(a.cueS), int32(a.cueE), int32(v), tails}
}
