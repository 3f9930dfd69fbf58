package extract

// askedAdverbs skips a time phrase or a manner adverb between "when
// asked" and its question ("when asked last month about …", "when asked
// Tuesday whether …", "when asked specifically what …"): PolNeAR's content starts at the question. It
// returns the first token after them, or k when the question does not
// follow within three words.
func (f *finder) askedAdverbs(k, end int) int {
	d := f.d
	j := k
	for j < end && j < k+3 && d.word(j) && d.toks[j].quote == 0 {
		w := d.lw(j)
		if !(isWeekday(w) || !d.toks[j].cap && (timeWords[w] || timeNouns[w] || lyAdverb(w) && !lyNouns[w])) {
			break
		}
		j++
	}
	if j > k && j < end && d.word(j) && askedTargets[d.lw(j)] {
		return j
	}
	return k
}

// colonBefore returns the first unquoted colon in [k, end), or end.
func colonBefore(d *doc, k, end int) int {
	for i := k; i < end; i++ {
		if d.is(i, ":") && d.toks[i].quote == 0 {
			return i
		}
	}
	return end
}
