package extract

import "strings"

// infinitiveCue gives a one-word cue standing before "to" and a bare
// verb ("plans to hire", "pledged to cut") its precision in that frame
// when higher than the word's own: "plans" is a cue in 14% of its
// occurrences but in 35% of "plans to VERB" (infinitiveCues, learned
// from PolNeAR train). PolNeAR marks the verb as the cue and "to …" as
// the content.
func (f *finder) infinitiveCue(k, n int, e cueEntry) (int, cueEntry) {
	if n != 1 || !f.toInfinitive(k+1) && !(f.d.is(k+1, "not") && f.toInfinitive(k+2)) || f.relativeSubject(k) || f.nounBefore(k) {
		return n, e // "plans not to run" frames its infinitive as "plans to run" does
	}
	if fe, ok := infinitiveCues[f.d.lw(k)]; ok && fe.Prec > e.Prec {
		return n, fe
	}
	return n, e
}

// relativeSubject says whether the verb at k has a relative pronoun for
// subject ("a rival who has pledged to …"): there PolNeAR marks the
// frame far more rarely (3 in 19 on train).
func (f *finder) relativeSubject(k int) bool {
	d := f.d
	j := k - 1
	for j >= 0 && d.word(j) && !d.toks[j].cap && (d.in(j, wcAuxVerb) || lyAdverb(d.lw(j)) || d.in(j, wcTimeWord)) {
		j--
	}
	return j >= 0 && d.word(j) && d.in(j, wcRelWord)
}

// nounBefore says whether the word at k reads as a noun: after a
// determiner or possessive ("his plans to …", "Trump's plans to …"),
// after "of" and capitalised modifiers ("warned of Russian plans to …"),
// or after a past verb whose object it is ("approved plans to …"), where
// no subject can stand.
func (f *finder) nounBefore(k int) bool {
	d := f.d
	if k == 0 || d.toks[k-1].kind == tkPoss || d.word(k-1) && (d.in(k-1, wcDeterminer) || d.is(k-1, "to")) {
		return true
	}
	if d.word(k-1) && !d.toks[k-1].cap && isPast(d.lw(k-1)) && !d.in(k-1, wcAuxVerb) {
		return true // "the council approved plans to expand …": the verb's object
	}
	j := k - 1
	for j >= 0 && d.word(j) && d.toks[j].cap {
		j--
	}
	return j < k-1 && j >= 0 && d.is(j, "of")
}

// sVerbEnd says whether w, ending in "s", may still be a bare verb: "to
// discuss", "to address", "to focus" ("-ss", "-us"), not a plural noun
// ("to reporters").
func sVerbEnd(w string) bool {
	return strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us")
}

// andGerund says whether the participle at k closes a series after "and"
// outside every content found so far ("calling them rapists and vowing
// to …"): it reports for the same subject as one after a comma.
func (f *finder) andGerund(k int) bool {
	d := f.d
	return k > 1 && d.is(k-1, "and") && d.toks[k-1].quote == 0 && !f.claimed([2]int{int(d.toks[k].s), int(d.toks[k].e)})
}

// seriesSubject: "with top officials underlining … and vowing to …",
// "featuring voters telling … and criticizing …": a participle after
// "and" continues the one before it, and a noun phrase standing right
// before that one is their subject, not the clause's.
func (f *finder) seriesSubject(a *attr, s sent) {
	d := f.d
	for i := a.cueS - 2; i > s.ts && i > a.cueS-16; i-- {
		if d.toks[i].quote != 0 || d.is(i, ",") || d.is(i, ";") || d.is(i, ":") || isDashTok(d, i) {
			return
		}
		if !d.word(i) || d.toks[i].cap || !isGerund(d.lw(i)) {
			continue
		}
		for n := len(f.attrs) - 1; n >= 0 && f.attrs[n].sent == a.sent; n-- {
			if p := &f.attrs[n]; p.cueS == i && p.srcS >= 0 {
				// "a response saying … and suggesting …": the first
				// participle's report already names the subject.
				a.srcS, a.srcE, a.coreE, a.inherit = p.srcS, p.srcE, p.coreE, n
				return
			}
		}
		j := i - 1
		for j > s.ts && d.word(j) && lyAdverb(d.lw(j)) {
			j-- // "with Trump repeatedly interrupting …"
		}
		if !d.word(j) && d.toks[j].kind != tkPoss || d.in(j, wcNPStop) || d.in(j, wcVenuePrep) || isGerund(d.lw(j)) || isPast(d.lw(j)) {
			return
		}
		if b := d.npBack(j, s.ts); b >= 0 {
			if b < j && isGerund(d.lw(b)) && !d.toks[b].cap {
				b++ // "featuring voters telling …": the participle before is no part of the subject
			}
			a.srcS, a.srcE, a.coreE, a.inherit = b, j+1, f.mentionEnd(b, j), -1
		}
		return
	}
}

// infClauseVerbs say, know or show, and take a clause: "declined to say
// whether …", "demanded to know whether …", "refused to concede that …".
var infClauseVerbs = setOf("say know show see determine understand wonder decide believe imply suggest argue demonstrate explain remember acknowledge recognize question think note discuss concede realize define prove complain admit convey clarify confirm deny reveal disclose learn assert emphasize stress signal indicate predict speculate describe specify insist claim")

// infClauseOpeners open the clause such a verb takes.
var infClauseOpeners = setOf("that whether if what how why who when where")

// skipInfinitiveSay starts a content read as "to V …" after its cue at the
// clause V takes when V says, knows or shows: PolNeAR puts the verb in
// the cue and starts the content at the clause ("demanded to know |
// whether …"). On train, of the gold contents starting at one of the two
// places, 78 start at the clause and 9 at "to"; a plain infinitive keeps
// its "to" ("declined | to comment", "vowed | to build …").
func (f *finder) skipInfinitiveSay() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		k := a.cueE
		if a.cueS < 0 || k+2 >= len(d.toks) || len(a.frags) == 0 || !d.is(k, "to") || a.frags[0][0] != int(d.toks[k].s) {
			continue
		}
		c := k + 2
		if !infClauseVerbs[d.lw(k+1)] || !infClauseOpeners[d.lw(c)] || d.toks[k+1].quote != 0 || d.toks[c].quote != 0 || int(d.toks[c].e) >= a.frags[0][1] {
			continue
		}
		if d.is(c, "that") && f.demonstrativeThat(c) {
			continue // "declined to clarify that rule for …": no clause
		}
		a.cueE = c
		a.frags[0][0] = int(d.toks[c].s)
	}
}

// demonstrativeThat says whether "that" at c points at a noun rather
// than opening a clause: a plain lowercase word after it, then a
// preposition or the end of the phrase ("that rule for the jurors",
// "that name."). A clause's subject is rarely a lone noun so placed.
func (f *finder) demonstrativeThat(c int) bool {
	d := f.d
	n := c + 1
	if n+1 >= len(d.toks) || !d.word(n) || d.toks[n].cap || d.in(n, wcDeterminer|wcPronoun|wcQuantifier) || negations[d.lw(n)] {
		return false
	}
	return !d.word(n+1) || demonstrativeNext[d.lw(n+1)]
}

// demonstrativeNext may follow the noun of a demonstrative "that".
var demonstrativeNext = setOf("in on at for with to from of about into over by again")

// timedInfinitive says whether the frame verb a, its content k starting
// past a time or venue phrase that begins at vs, takes an infinitive
// ("sought on Wednesday to ease …", "decided Monday not to run"): the
// verb reads as it does right before "to" (infinitiveCue), and the
// skipped phrase does not cut the frame off its infinitive. When it does,
// a takes the verb's infinitive entry if that is the better one.
func (f *finder) timedInfinitive(a *attr, vs, k int) bool {
	d := f.d
	if k <= vs || a.cueE != a.cueS+1 {
		return false
	}
	if d.is(k, "not") {
		k++
	}
	if !f.toInfinitive(k) || f.relativeSubject(a.cueS) || f.nounBefore(a.cueS) {
		return false
	}
	fe, ok := infinitiveCues[d.lw(a.cueS)]
	if !ok {
		return false
	}
	if fe.Prec > a.entry.Prec {
		a.entry = fe
	}
	return true
}
