package extract

// hearerThat: "telling supporters in Columbus, Ohio, that …", "telling
// holdouts for the senator that …". When the hearer of a tell-type cue
// runs past what afterHearer accepts, a "that" within a short phrase of
// words and commas still opens the content, as layouts does for a
// finite "told". It returns the new content start, or k.
func (f *finder) hearerThat(a *attr, k, end int) int {
	d := f.d
	if k <= a.cueE || !d.in(a.cueS, wcTellCue) || d.is(k, "that") {
		return k
	}
	for i := k; i < end && i < k+10 && d.toks[i].quote == 0 && (d.word(i) || d.toks[i].kind == tkPoss || d.is(i, ",")); i++ {
		if d.is(i, "that") {
			return i
		}
	}
	return k
}
