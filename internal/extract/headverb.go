package extract

// headBeforeVerb says whether a learned cue phrase matched at the
// lower-case word k swallows a subject's head noun: "Early analysis
// shows", "FEC reports show". PolNeAR keeps such a noun in the source
// (80 times on train, against the 2 sentences the phrases were learned
// from) and marks only the verb as the cue. It is asked only of
// multi-word phrases, so a one-word cue at a head noun keeps its
// readings ("that county officials said", "said finds like these").
func (d *doc) headBeforeVerb(k int) bool {
	t := &d.toks[k]
	w := d.lw(k)
	if t.cap || k == 0 || k+1 >= len(d.toks) || !knownHead(w) || determiners[w] || npStop[w] || pronouns[w] {
		return false
	}
	if !d.word(k-1) || d.toks[k-1].para != t.para || npStop[d.lw(k-1)] || possPronouns[d.lw(k-1)] || d.toks[k+1].cap {
		return false // "His remarks indicated": a possessor speaks through its noun
	}
	n, e := d.cueMatch(k + 1)
	return n > 0 && e.Count >= 10
}
