package extract

// auxChainWord says whether token j may stand inside the auxiliaries
// before a cue, where cueStart's own words stop: a manner adverb after an
// auxiliary ("had effusively praised", "are gently urging", "did not
// directly discuss"). A contracted negation ("doesn't see") is left out:
// on train such reports paired a gold quote one time in five; so is
// "since" ("has since apologized for the delay: “…”" is the colon's
// quote). The adverb must follow an
// auxiliary, so that a bare "-ly" word before the verb is left to
// timeBack and adverbBack, which ask for a noun phrase before it.
func (f *finder) auxChainWord(j int) bool {
	d := f.d
	if !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 {
		return false
	}
	w := d.lw(j)
	if !lyAdverb(w) || lyNouns[w] || lyAdjectives[w] || sentenceAdverbs[w] || learnedHeads[w].Count > 0 {
		return false
	}
	return d.word(j-1) && d.toks[j-1].quote == 0 && (d.in(j-1, wcAuxVerb) || negations[d.lw(j-1)])
}

// sentenceAdverbs judge or hedge the whole clause, or deny it, rather
// than tell how the words were said: "would probably recognize", "had
// hardly uttered", "was technically allowed" report nothing.
var sentenceAdverbs = setOf("probably possibly certainly surely presumably apparently evidently obviously clearly definitely really actually oddly technically hardly barely scarcely rarely merely simply")
