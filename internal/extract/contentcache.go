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
