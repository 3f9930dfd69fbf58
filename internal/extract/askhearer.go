package extract

// askCues put the person asked before the question: "asked the
// directors whether …". PolNeAR leaves that hearer out of the content (on
// train, ask + hearer + wh-word: the question alone 35 times, with the
// hearer 2), while before an infinitive ("asked voters to …") it keeps it.
var (
	askCues      = setOf("ask asks asked asking")
	askQuestions = setWith(whWords, "who if when")
)

// askHearerMax bounds the hearer phrase in tokens ("the U.S. attorney in
// D.C.").
const askHearerMax = 8

// skipAskHearer starts the content of an ask cue at its question when a
// short hearer phrase stands between them.
func (f *finder) skipAskHearer() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || !d.inLex(a.cueE-1, lcAskCue) || len(a.frags) == 0 {
			continue
		}
		k := d.tokFrom(a.frags[0][0])
		if k != a.cueE || k >= len(d.toks) || !d.word(k) || d.toks[k].quote != 0 || askQuestions[d.lw(k)] || hearerComps[d.lw(k)] || d.is(k, "for") {
			continue
		}
		for j := k + 1; j < k+askHearerMax && j < len(d.toks) && int(d.toks[j].e) < a.frags[0][1]; j++ {
			if d.is(j, "about") && f.askAboutHearer(k, j, a.frags[0][1]) {
				a.frags[0][0] = int(d.toks[j].s)
				break
			}
			if d.toks[j].quote != 0 || !d.word(j) && d.toks[j].kind != tkPoss || hearerComps[d.lw(j)] {
				break
			}
			if askQuestions[d.lw(j)] {
				q, ok := f.askQuestionAfter(j, a.frags[0][1])
				if ok {
					a.frags[0][0] = int(d.toks[q].s)
				}
				break
			}
		}
	}
}

// relativeAsks are the question words that also open a relative clause
// on the hearer noun ("asked the woman who lives next door …").
var relativeAsks = setOf("who when")

// askQuestionAfter checks the question word at j, right after a hearer
// noun. "who" or "when" there may be a relative on the noun: a later
// whether/if/wh-word is then the question, and a later to-infinitive
// means the hearer runs on to an infinitive content (PolNeAR keeps the
// hearer before "to"), so nothing is cut. end is the content's end
// offset.
func (f *finder) askQuestionAfter(j, end int) (int, bool) {
	d := f.d
	if !relativeAsks[d.lw(j)] || !d.word(j-1) {
		return j, true
	}
	for i := j + 1; i < len(d.toks) && int(d.toks[i].e) <= end; i++ {
		switch {
		case d.toks[i].quote != 0:
			return j, true
		case f.toInfinitive(i):
			return j, false
		case askQuestions[d.lw(i)] && !relativeAsks[d.lw(i)]:
			return i, true
		}
	}
	return j, true
}

// askAboutHearer: "asked Lee about the merger", "asked the GOP
// frontrunner about the feud" — PolNeAR leaves the hearer before "about"
// out of the content (on train 6 of 7). The content starts at "about"
// (3 times; after it 3): a short topic ("him about it") then still pairs
// with a gold span that keeps "about". A question noun
// ("asked a direct question about this") is the content's head, not a
// hearer. k is the hearer's first token, j the "about", end the
// content's end offset.
func (f *finder) askAboutHearer(k, j, end int) bool {
	d := f.d
	if j+1 >= len(d.toks) || !d.word(j+1) || d.toks[j+1].quote != 0 || int(d.toks[j+1].s) >= end {
		return false
	}
	if !(objectPronouns[d.lw(k)] || d.is(k, "her") && j == k+1 || d.capWord(k) || d.is(k, "the")) {
		return false
	}
	for i := k; i < j; i++ {
		if w := d.lw(i); w == "question" || w == "questions" || d.in(i, wcAuxVerb) || isGerund(w) {
			return false
		}
	}
	return true
}
