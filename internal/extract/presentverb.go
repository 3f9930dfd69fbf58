package extract

import "strings"

// presentThird says whether token v is a present third-person verb that
// resumes a clause after an aside closes ("the bridge, which opened in
// 1990, needs repairs", "the ruling, which …, shows the need"): a
// lower-case word in -s that is no function word, not followed by a
// cue ("…, which …, officials say" is a new report) nor by a comma or
// the sentence's end (a plural noun closing a list).
func (f *finder) presentThird(v int) bool {
	d := f.d
	if !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || d.in(v, wcNPStop) {
		return false
	}
	w := d.lw(v)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	if v+1 >= len(d.toks) || !d.word(v+1) && !f.isOpen(v+1) {
		return false
	}
	if d.cueAt(v+1) > 0 {
		return false
	}
	// A weak cue is the clause's own verb ("…, shows the need"); a
	// confident one opens a new report ("…, who lost, says …").
	n, e := d.cueMatch(v)
	return n == 0 || e.Prec < weakVerbPrec
}

// weakVerbPrec is the cue precision below which a present verb after an
// aside is read as the clause's predicate rather than a new report.
const weakVerbPrec = 0.3

// presentSVerbs are verbs in -s that open a predicate and are seldom a
// plural noun ("the bid seems", "the plan appears"). A plural noun and a
// present verb in -s otherwise look alike, so a bare present is read
// only from these or from a pre-verb adverb before it.
var presentSVerbs = setOf("seems appears remains becomes differs comes")

// preVerbAdverbs stand between a subject and its verb ("now regret it",
// "still back him"), seldom inside a noun phrase before a bare word.
var preVerbAdverbs = setOf("now still also often never always already increasingly usually generally typically")

// presentPredicate says whether token i opens the main clause's bare
// present predicate after a subject whose own clause is complete
// ("lawmakers who backed the bill now regret it", "the case for it
// seems weak"): a linking verb in -s, or an adverb before a lowercase
// word that is no noun-phrase word. It says nothing of a past or an
// auxiliary, which predicateStart reads. Unlike presentThird, which
// follows an aside that has closed, it stands where a plural noun could
// still continue the subject, so it takes stronger evidence.
func (f *finder) presentPredicate(i int) bool {
	d := f.d
	if !d.word(i) || d.toks[i].cap || d.toks[i].quote != 0 {
		return false
	}
	w := d.lw(i)
	if presentSVerbs[w] {
		return true
	}
	if !preVerbAdverbs[w] || !d.word(i+1) || d.toks[i+1].cap || d.toks[i+1].quote != 0 {
		return false
	}
	n := d.lw(i + 1)
	return !(determiners[n] || pronouns[n] || venuePreps[n] || nounPreps[n] || npStop[n] || strings.HasSuffix(n, "ing") || lyAdverb(n) || isNumberWord(n) || preVerbAdverbs[n] || strings.HasSuffix(n, "ed") || n == "and" || n == "or" || n == "than" || n == "as" || n == "that")
}

// shortLead says whether a subordinator at p follows only a short
// verbless lead and its comma ("However, while the party says …, it …",
// "Clinton, though she said …, stopped …", "Last month, when I asked Lee
// if …, he …"): the clause it opens still closes before the sentence's
// main clause, as without the lead, unless a dash closed it before the
// content at k.
func (f *finder) shortLead(s sent, p, k int) bool {
	d := f.d
	c := p - 1
	if c <= s.ts || c-s.ts > shortLeadMax || !d.is(c, ",") || d.toks[c].quote != 0 {
		return false
	}
	if f.dashAhead(p+1, k) {
		return false // "Also, when it comes to X - a complaint - firms say …": the dash closed the clause
	}
	for j := s.ts; j < c; j++ {
		if !d.word(j) || d.toks[j].quote != 0 {
			return false
		}
	}
	return !f.hasVerb(s.ts, c)
}

// shortLeadMax bounds the lead phrase ("Last month,", "In Iowa on Monday,").
const shortLeadMax = 6

// shortItems says whether the words at k are the last items of a list
// of short names or nouns: one to three words each, the last after
// "and" or "or" ("Sullivan and Abedin", "Mexicans and Muslims").
func (f *finder) shortItems(k, end int) bool {
	d := f.d
	n := 0
	for j := k; j < end-1; j++ {
		if d.toks[j].quote != 0 {
			return false
		}
		if d.is(j, ",") {
			if n == 0 || n > 3 {
				return false
			}
			n = 0
			continue
		}
		if !d.word(j) {
			return false
		}
		w := d.lw(j)
		if w == "and" || w == "or" {
			return n > 0 && n <= 3 && d.word(j+1)
		}
		if d.in(j, wcAuxVerb) || isPast(w) || d.in(j, wcNPStop) || d.in(j, wcDeterminer) || d.cueAt(j) > 0 {
			return false
		}
		n++
	}
	return false
}

// shortItem says whether the words before the comma at i, back to the
// previous comma, dash or colon or k, are a list item as shortItems reads them: "after
// Smith said the plan works, Jones, Lee and Park quit" has a clause, not
// an item, before "Jones".
func (f *finder) shortItem(k, i int) bool {
	d := f.d
	n := 0
	for j := i - 1; j >= k && !d.is(j, ",") && !isDashTok(d, j) && !d.is(j, ":"); j-- {
		if !d.word(j) || d.toks[j].quote != 0 || d.in(j, wcAuxVerb) || isPast(d.lw(j)) || d.in(j, wcNPStop) || d.in(j, wcDeterminer) || d.cueAt(j) > 0 {
			return false
		}
		n++
	}
	return n > 0 && n <= 3
}

// subLeadMax is how many tokens a second lead clause may run before its
// comma.
const subLeadMax = 20

// subLead says whether token p opens a subordinate clause after a first
// lead phrase ("Later, when …, she said", "Last month, after …, he …"):
// lower case, outside quotation marks.
func (f *finder) subLead(p, lim int) bool {
	d := f.d
	return p < lim && d.word(p) && !d.toks[p].cap && d.toks[p].quote == 0 && (d.in(p, wcSubOpener) || d.focusedSub(p))
}

// focusedSub says whether a focus word at k opens an adverbial clause
// with the subordinator after it: "Even as shares fell, Mr. Lee wrote
// …", "Only after the vote, …". The clause leads the sentence as the
// bare subordinator's does; its first word is no subject.
func (d *doc) focusedSub(k int) bool {
	return d.word(k) && d.toks[k].quote == 0 && focusWords[d.lw(k)] && d.word(k+1) && d.in(k+1, wcSubOpener)
}

// pronounPast says whether a subject pronoun and an irregular past open
// a clause at k ("he left on good terms", "she became ill"), which
// newClause reads only for regular pasts: a verb after "and" or "but"
// then goes on with that clause's subject ("… but was intimidated").
// Only right after "said" or "says": after a noun ("promises he made")
// the pronoun opens a relative clause.
func (f *finder) pronounPast(k int) bool {
	d := f.d
	return k > 0 && d.in(k-1, wcSayVerb) && d.word(k) && d.word(k+1) && d.in(k, wcSubjPronoun) && !d.toks[k+1].cap && irregularPast[d.lw(k+1)]
}

// dashGloss open, after a single dash, the writer's gloss on a reported
// clause rather than more of it. PolNeAR train ends gold contents before
// them 40 times and runs past them 3 (though 7/0, although 4/0, which
// 7/1, as 7/1, all 5/1, except 3/0, then 3/0, with 3/0, known 1/0).
// "a"/"an" (37/18) gloss the last noun as often as the clause and are
// left to commentClause.
var dashGloss = setOf("though although which as all except then with known")

// dashGlossAt says whether the word at i opens such a gloss. "as" that
// opens a condition or a comparison ("- as long as the Senate agrees")
// and "then" before a bare verb ("- then run for governor") go on with
// the reported clause.
func (f *finder) dashGlossAt(i int) bool {
	d := f.d
	w := d.lw(i)
	if !dashGloss[w] || d.toks[i].quote != 0 {
		return false
	}
	next := d.lw(i + 1)
	switch w {
	case "as":
		return !asConditions[next]
	case "then":
		return d.capWord(i+1) || d.in(i+1, wcSubjPronoun) || determiners[next]
	}
	return true
}

// asConditions after "as" make a condition or a comparison.
var asConditions = setOf("long soon well much far if though")

// leadConj returns where a sentence goes on after an opening "But",
// "And", "Yet" or "So" and its comma ("But, said Solovey, “…”"), or the
// sentence start.
func (f *finder) leadConj(s sent) int {
	d := f.d
	k := s.ts
	if !d.word(k) || d.toks[k].quote != 0 || !(d.is(k, "but") || d.is(k, "and") || d.is(k, "yet") || d.is(k, "so")) {
		return k
	}
	k++
	if d.is(k, ",") {
		k++
	}
	return k
}

// ppLinks join a bare plural subject to the phrase that narrows it:
// "experts on trade", "critics of limits on guns".
var ppLinks = setOf("of on in for about with from")

// barePPSubjectBack finds, ending at token j, a bare plural head with
// prepositional phrases after it ("backers of more curbs on hate
// speech"): lower-case words only, no verb, at most maxBarePP tokens. It
// returns the head's index, or -1; the caller checks that a clause
// starts before it.
func (d *doc) barePPSubjectBack(j, lim int) int {
	if !d.word(j) || d.in(j, wcNPStop) || d.inLex(j, lcPPLink) {
		return -1 // "articles from noted …": the phrase must end in its noun
	}
	b := -1
	for k := j; k >= lim && j-k < maxBarePP; k-- {
		if !d.word(k) || d.toks[k].quote != 0 || d.toks[k].cap && k != j {
			break
		}
		w := d.lw(k)
		if d.in(k, wcAuxVerb) || isPast(w) || d.cueAt(k) > 0 || d.in(k, wcPronoun) {
			break
		}
		if k < j && d.inLex(k+1, lcPPLink) && len(w) > 4 && sForm(w) && !d.in(k, wcNPStop) {
			b = k // a plural just before a preposition: a possible head
		}
		if d.in(k, wcNPStop) && !ppLinks[w] {
			break
		}
	}
	return b
}

// maxBarePP bounds a bare plural subject with its phrases.
const maxBarePP = 9
