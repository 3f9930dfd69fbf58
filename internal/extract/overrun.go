package extract

// commentClause says whether the phrase at token k, after a comma or a
// dash that may close a content, is a comment clause whose own subject
// and cue take what follows: "something she opposed as a senator",
// "a controversial proposal he has defended", "a point that officials
// have disputed". The head is "something", or "a"/"an" with at most two
// modifiers before a comment noun; an optional "that"/"which" follows;
// then a subject running into a cue of precision 0.3 or more. PolNeAR
// ends the first content before such a clause and reads it as a second
// attribution: on train all 8 contents that ran over one ended there.
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
			if dashCommentNouns[d.lw(j)] || contactHeads[d.lw(j)] {
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

// dashAfter says whether an unquoted dash comes in [k, end): after a
// first dash it closes an aside ("— a position she has since modified —
// and …"), and the content goes on past it.
func (f *finder) dashAfter(k, end int) bool {
	for j := k; j < end; j++ {
		if isDashTok(f.d, j) && f.d.toks[j].quote == 0 {
			return true
		}
	}
	return false
}
