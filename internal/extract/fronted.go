package extract

// frontedClause says whether the first comma in [k, e) is followed by a
// clause of at least two words: in a content that opens its sentence,
// the phrase before it was fronted ("At one point during the meeting,
// the crowd laughed …"), so it is no venue tail of an object. A
// relative after the comma ("…, in which he said") still hangs on the
// phrase.
func (f *finder) frontedClause(k, e int) bool {
	d := f.d
	for i := k; i < e; i++ {
		if !d.is(i, ",") || d.toks[i].quote != 0 {
			continue
		}
		if w := d.lw(i + 1); w == "in" || w == "which" || w == "who" || w == "where" || w == "when" {
			return false
		}
		n := 0
		for j := i + 1; j < e && n < 2; j++ {
			if d.word(j) {
				n++
			}
		}
		return n >= 2
	}
	return false
}
