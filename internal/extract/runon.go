package extract

// finalVenue says whether the venue phrase at i ("in a statement", "on
// Twitter") ends an object content [k, end) that runs to the sentence's
// closing punctuation: objectEnd's venue case, which wants the phrase to
// reach end, does not see past the full stop. The phrase must open with
// a determiner or a name (after a bare noun, "in public life", the
// phrase is the object's own modifier); and the content must be a plain
// noun phrase: after "to" (an infinitive's object) or with quoted words
// (a quoted verb inside the object) it is a verb's, whose adjuncts
// PolNeAR keeps.
func (f *finder) finalVenue(k, i, end int) bool {
	d := f.d
	e := end
	for e > i && d.toks[e-1].kind == tkPunct && d.toks[e-1].quote == 0 {
		e--
	}
	if e == end || d.is(k-1, "to") || f.quotedWithin(k, i) {
		return false
	}
	return (d.in(i+1, wcDeterminer) || d.capWord(i+1)) && f.venueHead(i+1, e)
}

// oneWordObject is the span of a one-word content that a cut closed
// before more of the sentence: a venue ("defended Cruz in a recent
// interview", "claimed victory in a tweet, saying …"), a dating clause
// ("criticized Jones after he …"), a comment (", which …", ", but …") or
// a second predicate ("… and said"). PolNeAR marks the word alone, which
// contentSpan, wanting two words, would refuse. A content that runs to
// the sentence end is not here: the cue's own gates weigh it.
func (f *finder) oneWordObject(k, end int) ([2]int, bool) {
	d := f.d
	if end != k+1 || !d.word(k) || d.toks[k].quote != 0 || !d.word(end) && !d.is(end, ",") || d.toks[end].quote != 0 {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[k].s), int(d.toks[k].e)}, true
}
