package extract

// Released documents with a participle: "the guild issued a statement
// deploring the toll", "she released a letter Friday urging the board to
// act", "the club put out a statement saying …". PolNeAR
// marks the release verb through the participle as the cue, the verb's
// subject as the source and what the participle reports as the content:
// on PolNeAR train 27 of the 31 such phrases (statements, letters,
// messages, tweets) are marked. The lexicon knows a few of them word for
// word ("issued a statement saying"); this reads them all.

// releaseVerbs put a document out. "put" counts with its particle
// ("put out a statement"); a lawsuit is filed, ads are run or aired, a
// letter written ("filed a lawsuit alleging …", "ran ads attacking …").
var releaseVerbs = setOf("issued issue issues issuing released release releases releasing posted post posts posting sent send sends sending made make makes making published publishes tweeted filed file files filing ran run runs running aired air airs airing wrote write writes writing")

// releasedClause are the participles whose content is a clause even
// without "that": "saying the plan failed", "calling on Congress to act".
var releasedClause = setOf("saying stating noting adding arguing claiming insisting asserting warning explaining announcing calling urging")

// carryingParticiples tell what a document holds or is about, not what
// its sender says: "a letter containing the fees", "a statement
// regarding the layoffs", "letters showing that the agency knew" (the
// letters are evidence), "messages targeting young voters".
var carryingParticiples = setOf("containing bearing carrying featuring enclosing attaching regarding concerning showing revealing targeting using involving")

// releasedDocs name a document one releases. Emails, reports and ads
// carry reports as statements do ("sent a fundraising email Wednesday
// saying …", "issued a report this month charging …").
var releasedDocs = setOf("statement statements letter letters message messages tweet tweets email emails e-mail e-mails memo memos report reports lawsuit lawsuits ad ads op-ed op-eds editorial editorials release releases")

// releasedStatements adds the attributions of released documents'
// participles no other layout read.
func (f *finder) releasedStatements() {
	for si := range f.sents {
		f.releasedSentence(si)
	}
}

func (f *finder) releasedSentence(si int) {
	if !f.sentHas(si, wcReleasedDoc) {
		return
	}
	d := f.d
	s := f.sents[si]
	// The participle follows its document noun, so the search starts
	// after the first one, and most sentences, with none, are done here.
	first := s.ts + 1
	for first < s.te && !d.in(first, wcReleasedDoc) {
		first++
	}
	for k := max(s.ts+3, first+1); k+1 < s.te; k++ {
		if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !isGerund(d.lw(k)) || d.in(k, wcTimeWord) || carryingParticiples[d.lw(k)] {
			continue
		}
		n := f.releasedDocBefore(k, s)
		if n < 0 {
			continue
		}
		v := f.releaseVerbBefore(n, s)
		if v < 0 || f.cueTaken(v, k+1) {
			continue
		}
		a := attr{cueS: v, cueE: k + 1, sent: si, srcS: -1, inherit: -1, conf: 0.5}
		a.entry = cueEntry{Type: CueSpeech, Prec: 0.8}
		if !f.npSource(&a, s) {
			continue
		}
		c := k + 1
		if (d.is(c, "on") || d.is(c, "for")) && d.is(k, "calling") {
			c++ // "calling on the board to act", "calling for a recount"
		}
		if (d.is(c, ",") || d.is(c, ":")) && f.isOpen(c+1) {
			c++ // "saying, “…”"
		}
		var sp [2]int
		var ok bool
		if w := d.lw(c); releasedClause[d.lw(k)] || w == "that" || w == "whether" || whWords[w] || f.isOpen(c) {
			sp, ok = f.contentSpan(c, f.contentEnd(c, s.te))
		} else {
			// "deploring the toll, and none has …": a noun phrase.
			sp, _, ok = f.npObjectSpan(c, s, false)
		}
		if !ok {
			continue
		}
		a.setPlainContent(sp)
		f.attrs = append(f.attrs, a)
	}
}

// releasedDocBefore returns the document noun before the participle at
// k, over a time phrase between them ("a statement Tuesday saying", "a
// statement late Monday calling"), or -1.
func (f *finder) releasedDocBefore(k int, s sent) int {
	d := f.d
	j := k - 1
	for n := 0; n < 3 && j > s.ts && d.word(j) && d.toks[j].quote == 0 && (isWeekday(d.lw(j)) || d.in(j, wcTimeWord) || d.is(j, "on") || d.is(j, "late") || d.is(j, "early")); n++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 || !d.in(j, wcReleasedDoc) {
		return -1
	}
	return j
}

// releaseVerbBefore returns the release verb before the document noun at
// n, over up to three determiners and modifiers ("issued a brief joint
// statement"), or -1.
func (f *finder) releaseVerbBefore(n int, s sent) int {
	d := f.d
	j := n - 1
	for i := 0; i < 3 && j > s.ts && d.word(j) && !d.toks[j].cap && d.toks[j].quote == 0 && !releaseVerbs[d.lw(j)] && !d.is(j, "out") && !d.in(j, wcNPStop); i++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 {
		return -1
	}
	if d.is(j, "out") && j-1 > s.ts && (d.is(j-1, "put") || d.is(j-1, "puts") || d.is(j-1, "putting")) {
		return j - 1
	}
	if !releaseVerbs[d.lw(j)] {
		return -1
	}
	return j
}
