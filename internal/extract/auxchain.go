package extract

import "strings"

// auxChainWord says whether token j may stand inside the auxiliaries
// before a cue, where cueStart's own words stop: a manner adverb after an
// auxiliary ("had effusively praised", "are gently urging", "did not
// directly discuss") or after an adverb skipBetween holds ("also
// largely ignored"). A contracted negation ("doesn't see") is left out:
// on train such reports paired a gold quote one time in five; so is
// "since" ("has since apologized for the delay: “…”" is the colon's
// quote). The adverb must follow an
// auxiliary or such an adverb, so that a bare "-ly" word before the verb
// is left to timeBack and adverbBack, which ask for a noun phrase before
// it.
func (f *finder) auxChainWord(j int) bool {
	d := f.d
	if !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 {
		return false
	}
	w := d.lw(j)
	if !lyAdverb(w) || lyNouns[w] || lyAdjectives[w] || sentenceAdverbs[w] || learnedHeads[w].Count > 0 {
		return false
	}
	return d.word(j-1) && d.toks[j-1].quote == 0 && (d.in(j-1, wcAuxVerb) || d.inLex(j-1, lcNegation) || f.stackedAdverb(j-1))
}

// stackedAdverb says whether token j is a lower-case adverb that
// skipBetween lets stand between a source and its cue ("also", "only",
// "never"), so that a manner adverb after it is read into the cue as it
// is after an auxiliary: "he also largely ignored …", "Rubio only
// briefly explained …", "has never publicly identified …".
func (f *finder) stackedAdverb(j int) bool {
	d := f.d
	return d.in(j, wcSkipBetween) && !d.toks[j].cap && !d.in(j, wcAuxVerb) && d.toks[j].kind == tkWord && !strings.HasPrefix(d.lw(j), "'") && !strings.HasSuffix(d.lw(j), "self") && !strings.HasSuffix(d.lw(j), "selves")
}

// sentenceAdverbs judge or hedge the whole clause, or deny it, rather
// than tell how the words were said: "would probably recognize", "had
// hardly uttered", "was technically allowed" report nothing.
var sentenceAdverbs = setOf("probably possibly certainly surely presumably apparently evidently obviously clearly definitely really actually oddly technically hardly barely scarcely rarely merely simply")

// progressiveBe says whether the gerund at k is a finite verb after an
// auxiliary, so a report ("is hoping …") rather than a modifier ("with
// Merz urging …"): the auxiliary may be contracted ("She's hoping",
// "they're proposing") and a negation may stand between ("’s not
// predicting"). A manner or time adverb may not: "is currently showing
// no interest" reports nothing; "also", "still" and "already" may ("is
// also asking", "was still hoping"), since they add to a report
// rather than describe a state.
func (f *finder) progressiveBe(k int) bool {
	d := f.d
	j := k - 1
	for j > 0 && d.word(j) && d.toks[j].quote == 0 && (d.inLex(j, lcNegation) || progressiveAdverbs[d.lw(j)] || f.progressiveAdverb(j) && !evidenceParticiples[d.lw(k)]) {
		j--
	}
	if j < 0 || d.toks[j].quote != 0 {
		return false
	}
	w := d.lw(j)
	if d.word(j) {
		return auxVerbs[w] || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "'m")
	}
	return d.toks[j].kind == tkPoss && j > 0 && d.word(j-1) && d.in(j-1, wcPronoun)
}

// namedApposed says whether the subject [b, j] is a name with an
// apposition closed by the comma at j ("Ada Holm, a lawyer for the
// guild, demanded to know …"): the name, not the comma before the cue,
// is what makes a weak cue likelier, as a bare name does.
func (f *finder) namedApposed(b, j int) bool {
	d := f.d
	c := f.apposedHead(b, j)
	return c >= 0 && d.capWord(c) && !d.in(c, wcLeadStop) && (c > b || !d.in(b, wcDeterminer))
}

// apposedHead returns the last token before the first comma of a
// subject [b, j] that a comma at j closes, or -1.
func (f *finder) apposedHead(b, j int) int {
	d := f.d
	if b < 0 || b >= j || !d.is(j, ",") || d.toks[j].quote != 0 {
		return -1
	}
	c := b
	for c < j && !d.is(c, ",") {
		c++
	}
	if c == b || c >= j {
		return -1
	}
	return c - 1
}

// progressiveAdverbs may stand between a progressive auxiliary and its
// gerund without making the gerund a modifier.
var progressiveAdverbs = setOf("also still already")

// progressiveAdverb says whether token j, right after a form of "be", is
// an adverb of time or manner that leaves the gerund after it a finite
// report: "is now considering", "is even thinking about", "are gently
// urging", "is suddenly promising" (train: 9 of 14 such gerunds held a
// gold cue; a hedge such as "apparently" stays out, see auxChainWord).
// progressiveBe leaves out an evidence participle after it: "is
// currently showing no interest" tells a state, not what was shown.
func (f *finder) progressiveAdverb(j int) bool {
	d := f.d
	if !d.word(j-1) || !d.in(j-1, wcBeForm) && !d.is(j-1, "’s") && !d.is(j-1, "'s") {
		return false
	}
	return d.is(j, "now") || d.is(j, "even") || f.auxChainWord(j)
}

// perfectPassive says whether token j is the "been" or "be" of a passive
// chain ("has been asked", "will be told") before the hearer participle
// at k: cueStart steps over it as it does over "was" in "was asked", so
// that the subject before the chain is found. After an expletive "it"
// any participle in a perfect may report its "that" clause: "It has
// been reported that …" ("it should be noted" is the writer's own; "it
// had been submitted weeks earlier" is no report).
func (f *finder) perfectPassive(j, k int) bool {
	d := f.d
	return (d.is(j, "been") || d.is(j, "be")) && d.word(j-1) && d.in(j-1, wcAuxVerb) && (hearerCues[d.lw(k)] || j >= 2 && d.is(j, "been") && d.is(j-2, "it") && d.passiveParticiple(k) && d.is(k+1, "that"))
}

// durationCue shortens a cue phrase whose last word opens a duration
// ("argued for" in "has argued for months she …") to its verb alone:
// the preposition measures time, and the content follows the duration.
func (f *finder) durationCue(k, n int, e cueEntry) (int, cueEntry) {
	d := f.d
	if n < 2 || d.duration(k+n-1) == k+n-1 {
		return n, e
	}
	if one := cueIndex[d.lw(k)].one; n == 2 && one != nil {
		return 1, *one
	}
	return n, e
}
