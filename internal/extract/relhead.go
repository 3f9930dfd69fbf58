package extract

// relativeHead: "Sandy Phillips, who lost her daughter in Aurora,
// Colorado, said", "Mr. Slinker, whose start-up, Paradata, …, said": a
// name opening the sentence, then a who/whose clause closed by the comma
// at j. The names inside the clause are no sources; the head is, as
// PolNeAR marks it. It returns the head's first token or -1.
func (f *finder) relativeHead(j, lim int) int {
	d := f.d
	if !d.capWord(lim) || leadStop[d.lw(lim)] || focusWords[d.lw(lim)] {
		return -1
	}
	c := -1
	for k := lim; k < j && k < lim+6; k++ {
		if d.is(k, ",") {
			c = k
			break
		}
		if d.toks[k].quote != 0 || !d.word(k) && d.toks[k].kind != tkPoss && !d.is(k, ".") {
			return -1
		}
	}
	if c <= lim || !(d.is(c+1, "who") || d.is(c+1, "whose")) {
		return -1
	}
	if ne := d.npForward(lim, c+1); ne != c {
		return -1
	}
	for k := c + 1; k < j; k++ {
		if d.toks[k].quote != 0 || d.is(k, ";") || d.is(k, ":") || d.is(k, ".") && d.toks[k].kind == tkPunct && !d.word(k-1) {
			return -1
		}
	}
	return lim
}

// focusWords open a subject without belonging to its mention: "Even
// Lindsey Graham, who …, said".
var focusWords = setOf("even only also just")

// clauseCue says whether the cue at k may take a clause that runs on to
// the verb after it ("officials who said Lee warned …"); a cue with a
// noun object ("Republicans who praised his candidacy warned …") ends
// within the relative clause.
func (d *doc) clauseCue(k int) bool {
	if sayVerbs[d.lw(k)] || d.is(k+1, "that") {
		return true
	}
	n, _ := d.cueMatch(k)
	w := d.lw(k + n)
	return !(d.word(k+n) && (determiners[w] && w != "that" || possPronouns[w]))
}
