package extract

// leadPhraseClause says whether the lower-case preposition at k, right
// after a reporting verb, opens an adverbial phrase that the reported
// clause follows: "says despite the delay, the plan will pass", "said in
// politics it takes time". A time clause ("said after losing the vote,
// he would resign") is not: skipVenue's adverbialLead starts the content
// after its comma first. The phrase is part of what is said, not a venue without
// content: after a comma, or before a subject pronoun, a clause with
// its own subject and verb goes on. Only a plain verb of saying takes
// it so: after "insisted on" or "assails in scoffing prose what …" the
// phrase is the verb's own complement or manner.
func (f *finder) leadPhraseClause(a *attr, k, e int) bool {
	return a.cueE == k && leadPhraseCues[f.d.lw(a.cueE-1)] && f.leadPhraseAt(k, e, false)
}

// leadPhraseAt says whether the preposition at k opens such a phrase
// with a clause after it, whatever the cue; with commaOnly the phrase
// must close at a comma ("wrote in both listings he was …" keeps its
// venue).
func (f *finder) leadPhraseAt(k, e int, commaOnly bool) bool {
	d := f.d
	if k >= e || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !(leadPrepositions[d.lw(k)] || leadSubs[d.lw(k)]) {
		return false
	}
	for j := k + 1; j < e && j <= k+10; j++ {
		if d.toks[j].kind == tkPoss {
			continue
		}
		if d.is(j, ",") {
			return j > k+1 && f.newClause(j+1, e)
		}
		if !d.word(j) || d.toks[j].quote != 0 || d.is(j, "that") {
			return false
		}
		if !commaOnly && j > k+1 && d.in(j, wcSubjPronoun) && d.word(j-1) && !d.toks[j-1].cap && !d.in(j-1, wcVenuePrep) && !d.in(j-1, wcDeterminer) && !d.in(j-1, wcAuxVerb|wcWhWord) && !isGerund(d.lw(j-1)) {
			return j-k <= 4 && f.newClause(j, e)
		}
	}
	return false
}

// leadPhraseCues are the plain verbs of saying whose content may open
// with such a phrase.
var leadPhraseCues = setOf("say says said explained explains noted notes added adds wrote writes stated states")
