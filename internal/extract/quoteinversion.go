package extract

// quoteInversion lets "read" invert after a quotation that closes on its
// own comma, question or exclamation mark: "“…,” read the email." There
// a written text is the subject beyond doubt (train: 4 gold cues of 4),
// though "read" is a cue in only 26% of its uses overall. Weaker cues
// at large lose there: a capitalised "Read" is a name ("“…,” Read
// said"), "beamed" and "posted" take other readings.
func (f *finder) quoteInversion(a *attr, p int) bool {
	d := f.d
	return a.cueE == a.cueS+1 && d.is(a.cueS, "read") && !d.toks[a.cueS].cap && f.isClose(p) && f.closedByPunct(p)
}
