package extract

// titleQuoteBack extends a mention starting at s back over a short
// quoted title that modifies it: "“Daily Show” host Lee Park", "the
// “Avatar” star". PolNeAR keeps the title in the source. A quotation
// that ends with its own comma or stop is a content before an inverted
// source (“We won,” the mayor said), and a pronoun after a quotation
// starts a clause of its own, so both stay out. It returns the new
// start, or s.
func (f *finder) titleQuoteBack(a *attr, s int) int {
	d := f.d
	c := s - 1
	if c < 1 || !f.isClose(c) || !d.word(s) || d.in(s, wcPronoun) || !d.in(s, wcKnownHead) && !d.in(s, wcTitleWord) || d.in(s, wcNPStop) {
		// The title modifies a role noun ("host", "star"); before a name
		// it is a show the name spoke on: "On “Fox News Sunday” Rubio said".
		return s
	}
	o := f.segs[d.toks[c].quote-1].ot
	if o < 0 || c-o < 2 || c-o > 6 || d.toks[o].para != d.toks[s].para {
		return s
	}
	for k := o + 1; k < c; k++ {
		if !d.word(k) {
			return s // "“We won,” the mayor said": a content, not a title
		}
	}
	if o > 0 && d.word(o-1) && d.lw(o-1) == "the" && d.toks[o-1].para == d.toks[o].para {
		o-- // "the “Avatar” star"
	}
	for _, fr := range a.frags {
		if int(d.toks[o].s) < fr[1] && int(d.toks[c].e) > fr[0] {
			return s // the title is the report's own content
		}
	}
	return o
}

// gluedBack extends a mention that starts inside a word joined by a
// slash, a hyphen or a possessive ("Tuesday's results", "a Post/ABC
// poll", "Post-ABC") back to the phrase that joined word ends, so the
// mention does not start at "'s" or "/ABC". It returns the new start, or
// s.
func (f *finder) gluedBack(s int) int {
	d := f.d
	if s < 1 || !d.word(s-1) && !d.is(s-1, "/") && !d.is(s-1, "-") {
		return s
	}
	glued := func(k int) bool { return d.toks[k-1].e == d.toks[k].s && d.toks[k-1].para == d.toks[k].para }
	k := s
	for k > 0 && glued(k) && (d.toks[k].kind == tkPoss || d.is(k, "/") || d.is(k, "-") || d.is(k-1, "/") || d.is(k-1, "-")) {
		k--
	}
	if k == s || !d.word(k) {
		return s
	}
	lim := f.sents[f.sentOf(k)].ts
	if b := d.npBack(k, lim); b >= 0 && b < k {
		return b
	}
	for k-1 >= lim && d.capWord(k) && d.capWord(k-1) && d.toks[k-1].quote == 0 {
		k-- // "USA Today/Suffolk": the name before the joined word
	}
	if k-1 >= lim && d.word(k-1) && d.inLex(k-1, lcArticle) && !d.toks[k-1].nl {
		k--
	}
	return k
}
