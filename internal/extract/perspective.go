package extract

// perspectiveAsides are adverbs set off after the group: "For other
// critics, though, …".
var perspectiveAsides = setOf("though however too")

// perspectiveQuants open a group phrase after "For": "For most
// Democrats", "For many who lived through the war".
var perspectiveQuants = setOf("many most some other others those several few anyone everyone")

// perspectivePosts open a modifier after a group's head noun: "For
// other students of the genre", "For investors in these firms".
var perspectivePosts = setOf("of in who across from at on with like prior today")

// forPerspectives reads "For <a group of people>, <clause>": "For most
// Democrats, the old days remain the good days". PolNeAR marks the
// group as the source of the clause, with "For" for its cue. A bare
// name ("For Smith, the day was long") is left alone: there "For" more
// often tells whose turn or fortune the clause describes.
func (f *finder) forPerspectives() {
	d := f.d
	for si, s := range f.sents {
		k := f.frameStart(s)
		if k < 0 || d.lw(k) != "for" {
			continue
		}
		ne, c := f.groupEnd(k+1, s.te)
		if c < 0 {
			continue
		}
		cs := c + 1
		if d.word(cs) && perspectiveAsides[d.lw(cs)] && d.is(cs+1, ",") {
			cs += 2 // "For other critics, though, it goes too far"
		}
		end := f.contentEnd(cs, s.te)
		for i := cs + 2; i < end; i++ {
			if isDashTok(d, i) && d.toks[i].quote == 0 {
				end = i // "the plan is a gamble — one the town can afford"
				break
			}
		}
		f.addFrame(si, k, ne, c, c, cs, end, true)
	}
}

// groupEnd checks the phrase after "For" at token b: a group of people
// with a head noun that names people ("most Democrats", "Clinton's
// supporters", "South Carolina primary voters"), with an optional
// modifier after the head ("of the genre", "who lived through the
// war"), closed by a comma within a dozen tokens. It returns the end of
// the head and the closing comma, or -1, -1.
func (f *finder) groupEnd(b, lim int) (int, int) {
	d := f.d
	c := -1
	for i := b; i < lim && i < b+14; i++ {
		if d.toks[i].quote != 0 {
			return -1, -1
		}
		if d.is(i, ",") {
			c = i
			break
		}
		if !d.word(i) && d.toks[i].kind != tkPoss && !d.is(i, "-") {
			return -1, -1
		}
	}
	if c < 0 || c == b || c+2 >= lim || d.is(b, "all") || isGerund(d.lw(b)) {
		return -1, -1 // "For all the talk, …" concedes; "For helping …" gives a reason
	}
	// The head: the word before the first modifier opener.
	h := -1
	for i := b; i < c; i++ {
		if i > b && d.word(i) && perspectivePosts[d.lw(i)] && !d.toks[i].cap {
			break
		}
		h = i
	}
	if h < 0 || !d.word(h) {
		return -1, -1
	}
	w := d.lw(h)
	switch {
	case h == b && perspectiveQuants[w] && h+1 < c && d.is(h+1, "who"):
		// "many who lived through the war"
	case !d.in(h, wcKnownHead) || !pluralPeople(w) && !groupNouns[w] || durationNouns[w]:
		return -1, -1
	}
	return h + 1, c
}

// groupNouns are singular nouns that name a body of people: "For the
// party establishment, …".
var groupNouns = setOf("establishment administration electorate public voter")

// pluralPeople says whether w reads as a plural noun naming people.
func pluralPeople(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's'
}
