package extract

// swallowCut ends a content [k, end) at token i where a second
// attribution of the same subject opens, which PolNeAR marks on its
// own instead of inside the first content: "…, but cautioned that …",
// "… while adding that …", "… — saying …". In train the gold content ends at such a
// boundary far more often than it runs over it.
func (f *finder) swallowCut(k, i int) (int, bool) {
	d := f.d
	if d.toks[i].quote != 0 || i <= k+1 {
		return 0, false
	}
	// After ", and" the verb more often goes on inside the content; after
	// ", but" a confident cue turns to the subject's next statement.
	if d.is(i, "but") && d.is(i-1, ",") && f.coordinatedCue(i+1) {
		return d.cutBefore(i), true
	}
	if d.is(i, "while") && isGerund(d.lw(i+1)) && f.coordinatedCue(i+1) {
		return d.cutBefore(i), true
	}
	// "… as liberals with about three in 10 saying …": a poll share and
	// its participle open a report of their own, comma or not.
	if d.is(i, "with") && f.withShareGerund(i+1) {
		return d.cutBefore(i), true
	}
	// "… from the race — saying …": the dash hands over to a new
	// statement of the subject, as ", saying" does.
	if isDashTok(d, i) && isGerund(d.lw(i+1)) {
		if n, e := d.cueMatch(i + 1); n > 0 && e.Prec >= 0.3 {
			return i, true
		}
	}
	return 0, false
}

// withGerund says whether a noun phrase at k and a gerund cue follow
// ", with": "…, with several members saying …" opens an attribution of
// its own, which PolNeAR does not keep in the first content.
func (f *finder) withGerund(k, end int) bool {
	d := f.d
	j, e := d.gerundCueAfter(k, min(end, k+12), func(j int) bool {
		return d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss
	})
	if j < 0 {
		return false
	}
	if f.withSubjectAt(k, j-1) {
		return true
	}
	// A long subject ("with top aides to the mayor playing …") takes
	// the participle pass's stricter bar (withGerundPrec).
	return e.shrunk() >= withGerundPrec && f.withLongSubject(j-1, k-2) == k
}

// gerundCueAfter finds the first gerund after k and before lim, stopping
// early where stop says a token ends the phrase. It returns the gerund
// and its cue entry when the gerund is a cue of precision 0.3 or more,
// else -1: a first gerund that reports nothing ends the search.
func (d *doc) gerundCueAfter(k, lim int, stop func(j int) bool) (int, cueEntry) {
	for j := k + 1; j < lim; j++ {
		if stop(j) {
			return -1, cueEntry{}
		}
		if !isGerund(d.lw(j)) {
			continue
		}
		if n, e := d.cueMatch(j); n > 0 && e.Prec >= 0.3 {
			return j, e
		}
		return -1, cueEntry{}
	}
	return -1, cueEntry{}
}

// withSubjectAt says whether the noun phrase of an absolute "with"
// phrase runs from k (right after "with") to j: a plain noun phrase, or a
// poll share ("with about three in 10 saying …", "with 30 percent of
// voters saying …"), which npBack does not read after "with".
func (f *finder) withSubjectAt(k, j int) bool {
	d := f.d
	if b := d.npBack(j, k); b == k {
		return true
	} else if b > k && d.withShareBack(b, k-1) == k {
		return true
	}
	return d.shareBack(j, k-1) == k
}

// withShareGerund says whether a poll share at k and a gerund cue
// follow "with": "with 30 percent saying …", "with about three in 10
// saying …". Unlike another noun phrase ("with reporters asking"), a
// share there is the participle's subject, comma or not.
func (f *finder) withShareGerund(k int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].quote != 0 {
		return false
	}
	j, _ := d.gerundCueAfter(k, min(len(d.toks), k+8), func(j int) bool {
		return !d.word(j) && d.toks[j].kind != tkPunct || d.toks[j].quote != 0 || d.is(j, ",") || d.is(j, ".")
	})
	if j < 0 {
		return false
	}
	if d.shareBack(j-1, k-1) == k {
		return true
	}
	b := d.npBack(j-1, k)
	return b > k && d.withShareBack(b, k-1) == k
}

// withAside says whether the with-phrase at k is an aside inside the
// content: a comma closes it and a lower-case verb goes on ("the company,
// with workers saying nothing, closed the plant").
func (f *finder) withAside(k, end int) bool {
	d := f.d
	for j := k; j < end; j++ {
		if d.is(j, ",") {
			w := d.lw(j + 1)
			return d.word(j+1) && !d.toks[j+1].cap && !d.in(j+1, wcClauseOpener|wcSubordinator) && (isPast(w) || relVerbs[w])
		}
		if d.is(j, ".") || d.is(j, ";") || d.toks[j].quote != 0 {
			return false
		}
	}
	return false
}
