package extract

// midHeadStart is where the head of a content split by its attribution
// ("…, his aides believe, would …") begins when the sentence runs a
// clause of its own before it: after the last spaced dash ("… an
// observer — the best way to do that, they think, is …") or at a
// relative "which" just before the attribution ("… in Iowa, which, his
// advisers believe, would lead …"). PolNeAR starts the content there
// (3 of 3 such heads on train); start is returned otherwise.
func (f *finder) midHeadStart(start, p int) int {
	d := f.d
	if p-2 > start && d.is(p-1, "which") && d.is(p-2, ",") && d.toks[p-1].quote == 0 {
		return p - 1
	}
	for i := p - 3; i > start; i-- {
		if d.toks[i].quote != 0 {
			return start
		}
		if isDashTok(d, i) && d.toks[i].s > d.toks[i-1].e && d.word(i+1) && d.word(i+2) {
			if (d.is(i+1, "and") || d.is(i+1, "but")) && i+3 < p {
				return i + 2 // "— and the permit, aides said, …": the link stays out
			}
			return i + 1
		}
	}
	return start
}

// pairedSubject says whether the "and" at k joins two bare nouns into
// the subject of a raising verb at b ("winners and losers seemed …",
// "supporters and protesters lately seem …"): a noun with no comma
// before the "and" and one noun after it, maybe before an adverb. A
// clause joined by "and" has a comma or a determiner there ("…, and the
// plant is expected …").
func (f *finder) pairedSubject(k, b int) bool {
	d := f.d
	if k < 1 || !d.word(k-1) || d.toks[k-1].quote != 0 || d.in(k-1, wcTimeWord|wcTimeNoun|wcAuxVerb|wcVenuePrep|wcSubordinator) || lyAdverb(d.lw(k-1)) || isPast(d.lw(k-1)) || isGerund(d.lw(k-1)) || d.cueAt(k-1) > 0 || d.in(k-1, wcNPStop) || d.in(k-1, wcPronoun) {
		return false
	}
	n := k + 1
	if n >= b || !d.word(n) || d.in(n, wcDeterminer) || d.in(n, wcPronoun) || d.in(n, wcNPStop) || isWeekday(d.lw(k-1)) || d.in(k-1, wcDayWord) {
		return false
	}
	if n+1 < b && !(n+2 == b && lyAdverb(d.lw(n+1))) {
		return false
	}
	return true
}

// raisingTailOpeners open an adjunct after a comma that PolNeAR leaves
// out of an impression ("… appears to have plummeted, when she …", "…
// is expected to sign it, potentially teeing up …"), or an apposition
// ("…, an advocacy group").
var raisingTailOpeners = setOf("as when if although though because since unlike after before whereas despite a an partly particularly perhaps potentially now with")

// raisingTail says whether token i, outside quotations, ends a raising
// content: a comma before a raisingTailOpeners word, or a spaced single
// dash. On train the cut makes about 20 impressions exact and spoils 3;
// a participle after the comma ("…, giving workers time"), "even" and a
// doubled dash are as often inside and stay. An apposition right after
// a "that" clause's subject stays too.
func (f *finder) raisingTail(a *attr, i, end int) bool {
	d := f.d
	if d.toks[i].quote != 0 || i < 1 || d.is(a.cueE, "that") && !f.hasVerb(a.cueE+1, i) {
		return false // "… that Trump, a political outsider, could …": the subject's apposition
	}
	if d.is(i, ",") {
		return d.word(i+1) && !d.toks[i+1].cap && d.toks[i+1].quote == 0 && raisingTailOpeners[d.lw(i+1)]
	}
	return (d.is(i, "—") || d.is(i, "-")) && d.toks[i].s > d.toks[i-1].e && d.word(i+1) && int(d.toks[i+1].s) > int(d.toks[i].e) && !f.dashAhead(i+1, end) && !f.dashAhead(a.cueE, i)
}

// deniedRaisingCue says whether the lexicon's cue of n tokens at k is a
// negated raising verb ("doesn't seem", "don't appear"): its subject
// stays in the content and no source is named, as PolNeAR marks a plain
// "seems", rather than the subject as a speaker of what follows.
func (f *finder) deniedRaisingCue(k, n int) bool {
	d := f.d
	return n == 2 && negatedAux(d.lw(k)) && d.in(k+1, wcRaisingCue)
}

// negatedBe says whether w is a contracted negated form of "be" ("isn't",
// "weren’t"), the auxiliary of a negated "expected".
func negatedBe(w string) bool {
	switch w {
	case "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t":
		return true
	}
	return false
}

// adverbExpected says whether the lexicon's cue of n tokens at k is an
// adverb and "expected" after a form of "be" ("is widely expected"):
// the same impression as "is expected", read by raising.
func (f *finder) adverbExpected(k, n int) bool {
	d := f.d
	return n == 2 && d.is(k+1, "expected") && lyAdverb(d.lw(k)) && k > 0 && d.word(k-1) && (d.in(k-1, wcBeForm) || negatedBe(d.lw(k-1)))
}

// headBeforeSub returns where a noun phrase ending just before the
// subordinator at k starts, when that phrase opens its clause (at lim
// or after a comma), begins with a determiner and has no verb: then the subordinate clause modifies the noun inside a raising
// subject ("The response when a protest breaks out can seem …", "one
// agency after another has seemed …"). It returns -1 otherwise.
func (f *finder) headBeforeSub(k, lim int) int {
	d := f.d
	l := k
	for l > lim && d.toks[l-1].quote == 0 && (d.word(l-1) || d.toks[l-1].kind == tkPoss) {
		l--
	}
	if l > lim && !d.is(l-1, ",") || l == k || !d.word(l) {
		return -1
	}
	if !d.in(l, wcDeterminer) || f.hasVerb(l, k) || f.irregularPastIn(l, k) {
		return -1
	}
	return l
}
