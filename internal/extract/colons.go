package extract

// hasColon says whether a colon token lies in tokens [a, b). Few
// sentences hold one, so the colon layouts ask this before scanning.
func (d *doc) hasColon(a, b int) bool {
	a, b = max(a, 0), min(b, len(d.toks))
	if a >= b {
		return false
	}
	if len(d.colonN) != len(d.toks)+1 {
		d.colonN = resize(d.colonN, len(d.toks)+1)
		n := int32(0)
		for k := range d.toks {
			d.colonN[k] = n
			if d.is(k, ":") {
				n++
			}
		}
		d.colonN[len(d.toks)] = n
	}
	return d.colonN[b] > d.colonN[a]
}

// colonBefore returns the first unquoted colon in tokens [k, end), or end.
func (d *doc) colonBefore(k, end int) int {
	if !d.hasColon(k, end) {
		return end
	}
	for i := k; i < end; i++ {
		if d.is(i, ":") && d.toks[i].quote == 0 {
			return i
		}
	}
	return end
}
