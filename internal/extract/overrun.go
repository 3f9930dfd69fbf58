package extract

// commentClause says whether the phrase at token k, after a comma or a
// dash that may close a content, is a comment clause whose own subject
// and cue take what follows: "something she opposed as a senator",
// "a controversial proposal he has defended", "a point that officials
// have disputed". The head is "something", or "a"/"an" with at most two
// modifiers before a comment noun; an optional "that"/"which" follows;
// then a subject running into a cue of precision 0.3 or more. PolNeAR
// ends the first content before such a clause and reads it as a second
// attribution: 7 of the 8 train contents that ran over one end there.
func (f *finder) commentClause(k, end int) bool {
	d := f.d
	n := -1
	switch {
	case d.is(k, "something"):
		n = k + 1
	case d.is(k, "a") || d.is(k, "an"):
		for j := k + 1; j < end && j <= k+3; j++ {
			if !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 {
				return false
			}
			if dashCommentNouns[d.lw(j)] || d.inLex(j, lcContactHead) {
				n = j + 1
				break
			}
		}
	}
	if n < 0 || n >= end || d.toks[k].quote != 0 {
		return false
	}
	if d.is(n, "that") || d.is(n, "which") {
		n++
	}
	if n >= end || !d.word(n) || d.toks[n].quote != 0 {
		return false
	}
	return f.clauseAttribution(n, end, 0.3)
}

// relativeOpeners open a relative or adverbial clause after a content's
// comma. On train the cut makes 5 contents exact and breaks 1 ("where");
// "when" (2 made, 1 broken) and "as" (1 broken) stay out.
var relativeOpeners = setOf("which whom where after")

// relativeReport says whether the clause at k, after a comma, is a
// relative or adverbial clause with its own subject and speech cue that
// runs to the content's end: ", with whom he clashed over …", ", which
// Lee called …", ", after she told …". A comma after the cue may close
// an aside inside the content (", which some have argued …, was …").
func (f *finder) relativeReport(k, end int) bool {
	d := f.d
	if d.is(k, "with") && d.is(k+1, "whom") {
		k++
	}
	if !d.word(k) || d.toks[k].quote != 0 || !relativeOpeners[d.lw(k)] {
		return false
	}
	n := k + 1
	for j := n + 1; j < end && j < n+10; j++ {
		if d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss {
			return false
		}
		c, e := d.cueMatch(j)
		if c == 0 || e.Prec < 0.5 {
			continue
		}
		if e.Type != CueSpeech {
			return false
		}
		a := attr{cueS: j}
		if d.npBack(f.cueStart(&a, n), n) != n {
			return false
		}
		for i := j + c; i < end; i++ {
			if d.is(i, ",") && d.toks[i].quote == 0 || d.is(i, ";") {
				return false
			}
		}
		return true
	}
	return false
}
