package extract

// hasColon says whether a colon token lies in tokens [a, b). Few
// sentences hold one, so the colon layouts ask this before scanning.
func (d *doc) hasColon(a, b int) bool {
	return len(d.scanned(swColon, a, b)) > 0
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
