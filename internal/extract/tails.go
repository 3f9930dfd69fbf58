package extract

import "strings"

// tailCut shortens a forward content [k, e) where the sentence goes on
// past the reported clause: the main clause after a subordinate one
// ("While Ramos said that …, he appears uneasy …"), the predicate after
// a subject's relative clause ("Cruz, who says …, said …"), a second
// predicate of the source ("… was not in a crisis, and urged …"), a
// semicolon, and a new clause after an object content.
func (f *finder) tailCut(k, e int) int {
	d := f.d
	if k >= e {
		return e // nothing after the cue: ", said:" closing the text
	}
	if c := f.muteEnd(k, e); c >= 0 {
		return c // "declined to comment, not wanting to …"
	}
	if f.inSubClause(k) {
		for i := k + 1; i < e-1; i++ {
			if d.is(i, ",") && d.toks[i].quote == 0 && !(f.shortItems(i+1, e) && f.shortItem(k, i)) {
				return i // a comma before the list's last item ("Mills, Sullivan and Abedin") is no clause end
			}
		}
	}
	for i := k + 1; i < e-1; i++ {
		// colonFinding reads only a colon: the compare here spares the
		// call at every other token.
		if d.is(i, ";") && d.toks[i].quote == 0 && !f.saidSeries(k, i, e) || d.is(i, ":") && f.colonFinding(i, e) {
			e = i // "the economy; most said they were …": a new clause
			break
		}
	}
	if d.is(k, "that") {
		// "said that, …, Trump emphasized …, and said …": after "that"
		// the second predicate belongs as often to the content's own
		// subject (a wash on train, and the seeds have one).
		return e
	}
	object := !f.newClause(k, e)
	for i := k + 1; i < e-2; i++ {
		if d.toks[i].quote != 0 || !d.is(i, ",") || !d.is(i+1, "and") && !d.is(i+1, "but") || f.notOnlyBut(k, i) {
			continue
		}
		if f.secondPredicate(i + 2) {
			return i
		}
		if object && f.newClause(i+2, e) {
			// "was asked about Cosby’s donations, and she did her best
			// to evade …": after an object a new clause is narrative.
			return i
		}
	}
	return e
}

// subOpeners open an adverbial clause that a main clause follows:
// clauseSubs plus "once" and "whereas", which rarely head anything else
// at a clause start ("Once the vote passed, …").
var subOpeners = setWith(clauseSubs, "once whereas")

// inSubClause says whether a content starting at k lies in a clause
// that must close before the sentence's main clause: an adverbial clause
// opening the sentence ("Although X said …, Y …") or a relative clause
// on the sentence's subject ("Podesta, who said …, said …"). A relative
// clause on an object ("… out-brutalizing Cruz, who said …") runs on to
// the sentence end.
func (f *finder) inSubClause(k int) bool {
	d := f.d
	if d.toks[k].kind == tkPunct {
		return false // "As X pointed out, …": the clause closed before the content
	}
	s := f.sents[f.sentOf(k)]
	for p := k - 1; p >= s.ts; p-- {
		if d.toks[p].quote != 0 {
			continue
		}
		if d.is(p, ",") || d.is(p, ";") || d.is(p, ":") {
			return false
		}
		w := d.lw(p)
		if d.in(p, wcSubOpener) && (p == s.ts || f.isOpen(p-1) || d.is(p-1, "but") || d.is(p-1, "and") || d.is(p-1, "yet") || d.is(p-1, "so") || d.is(p-1, "even") || f.shortLead(s, p, k)) {
			return true
		}
		if f.timeLeadSub(s.ts, p) {
			return true // "Two weeks before the guild announced …, …"
		}
		if (w == "who" || w == "which") && p > s.ts && d.is(p-1, ",") {
			return !f.hasVerb(s.ts, p-1)
		}
	}
	return false
}

// hasVerb says whether some token in [a, b) looks like a finite verb.
func (f *finder) hasVerb(a, b int) bool {
	d := f.d
	for j := a; j < b; j++ {
		if !d.word(j) || d.toks[j].quote != 0 || d.toks[j].cap {
			continue
		}
		w := d.lw(j)
		if auxVerbs[w] || pastTense(w) {
			return true
		}
		if n, e := d.cueMatch(j); n > 0 && e.Prec >= 0.2 {
			return true
		}
	}
	return false
}

func pastTense(w string) bool { return strings.HasSuffix(w, "ed") && len(w) > 4 && !npStop[w] }

// isPast says whether w is a past form, regular or not: "estimated", "said".
func isPast(w string) bool {
	return pastTense(w) || irregularPastFilter.mayHave(w) && irregularPast[w]
}

// irregularPastFilter spares isPast, asked some 90 times an article,
// most look-ups.
var irregularPastFilter = newSetFilter(irregularPast)

// secondPredicate says whether token k (after ", and") starts a second
// predicate of the clause's subject: a cue, or a past tense verb that
// takes an object ("and accused Number 10 of …"); "and repaired
// bridges" stays a list item.
func (f *finder) secondPredicate(k int) bool {
	d := f.d
	for d.word(k) && (d.lw(k) == "also" || d.lw(k) == "then" || d.lw(k) == "later" || d.lw(k) == "quickly" || d.lw(k) == "repeatedly") {
		k++
	}
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.2 {
		return true
	}
	if !pastTense(d.lw(k)) || !d.word(k+1) && !f.isOpen(k+1) {
		return false
	}
	nw := d.lw(k + 1)
	return f.isOpen(k+1) || d.toks[k+1].cap || determiners[nw] || pronouns[nw] || objectLead[nw]
}

// objectLead are words that open a verb's complement.
var objectLead = setOf("that to on for about out up with")

// objPronouns are hearers between a cue and its "that": "It amazes me
// that …"; objectPronouns plus "her" and "you", which here can only be
// the hearer.
var objPronouns = setWith(objectPronouns, "her you")

// asideThat moves a content start k to a later "that" when only an
// aside stands between them: "believes, for example, that …", "said on
// CNN, where he is now a contributor, that …", "told me that …". After
// other words the "that" more often opens a relative clause ("a bill
// this year that would …").
func (f *finder) asideThat(k, end int) int {
	d := f.d
	if d.is(k, "that") {
		return k
	}
	for j := k + 1; j < end && j < k+25; j++ {
		if d.toks[j].quote != 0 || d.is(j, ";") || d.is(j, ":") || d.is(j, ".") {
			return k
		}
		if d.is(j, "that") {
			// The hearer must stand right after the cue ("amazes me that",
			// "explained to him that"): in "said Ray had told him that …"
			// the pronoun is a new clause's, which is the content.
			if d.is(j-1, ",") || objPronouns[d.lw(j-1)] && (j-1 == k || j-2 == k && d.is(k, "to")) {
				return j
			}
			return k
		}
	}
	return k
}

// subjPronouns may open a clause of their own: sayPronouns plus "it"
// and "there" ("it was", "there is").
var subjPronouns = setWith(sayPronouns, "it there")

// newClause says whether a clause with its own subject starts at k:
// "he renewed …", "the market did …", "Ms. Brainard is …".
func (f *finder) newClause(k, e int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].quote != 0 {
		return false
	}
	if d.in(k, wcSubjPronoun) {
		if !d.word(k+1) || d.toks[k+1].cap {
			return false
		}
		v := d.lw(k + 1)
		return d.in(k+1, wcAuxVerb) || pastTense(v) || d.cueAt(k+1) > 0 || strings.HasSuffix(v, "s") || v == "also" || v == "still"
	}
	if !(d.in(k, wcDeterminer) || d.toks[k].cap) || d.in(k, wcNPStop) {
		return false
	}
	for j := k + 1; j < e && j < k+7; j++ {
		if d.toks[j].kind == tkPoss {
			continue
		}
		if !d.word(j) || d.toks[j].quote != 0 {
			return false
		}
		if d.toks[j].cap {
			continue
		}
		jw := d.lw(j)
		if d.in(j, wcAuxVerb) || pastTense(jw) && !d.is(j-1, "the") || d.cueAt(j) > 0 {
			return true
		}
		if d.in(j, wcNPStop) {
			return false
		}
	}
	return false
}

// passiveCue says whether the cue ending at a.cueE is a passive verb
// after its subject, which ends at token j: "was first reported".
func (f *finder) passiveCue(a *attr, j int) bool {
	d := f.d
	be := false
	for i := j + 1; i < a.cueE; i++ {
		if d.in(i, wcBeForm) {
			be = true
		}
	}
	w := d.lw(a.cueE - 1)
	return be && (pastTense(w) || participles[w])
}

// beForms are the forms of "be" with "am", which a first-person
// passive needs ("I am told"); beWords leave it out.
var beForms = setWith(beWords, "am")

var participles = setOf("known seen thought told said shown given taken written heard sung")

// passiveBy: "The meeting was first reported by Politico." The subject
// is the content and the agent after "by" the source.
func (f *finder) passiveBy(a *attr, s sent, b, j, k int) bool {
	d := f.d
	ne := d.npForwardLoose(k+1, s.te)
	if ne < 0 {
		ne = f.countedAgentEnd(k+1, s) // "by 42 percent of those polled"
	}
	if ne < 0 {
		return false
	}
	var sp [2]int
	if w := f.words(b, j+1); w == 1 && d.word(b) {
		sp = [2]int{int(d.toks[b].s), int(d.toks[j].e)}
	} else if p, ok := f.contentSpan(b, j+1); ok {
		sp = p
	} else {
		return false
	}
	a.srcS, a.srcE, a.coreE = k+1, ne, ne
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = ne, s.te
	a.conf = 0.7
	return true
}

// invertVerbs are the reporting verbs that stand before their source in
// "…, said the spokesman" (PolNeAR train: said, according to, says,
// wrote, added, tweeted, …).
var invertVerbs = setOf("said says say added adds wrote writes tweeted tweets asked asks replied replies declared declares continued continues explained explains noted notes recalled recalls insisted insists argued argues warned warns concluded concludes acknowledged acknowledges observed observes stated states responded responds suggested suggests cautioned claimed claims admitted admits conceded concedes predicted predicts announced announces reported reports joked jokes quipped quips posted agreed agrees")

// relHead says whether token h is a relative pronoun after a comma or a
// dash that opens a clause holding an attribution: "a fine, which he
// said was not a prison sentence". PolNeAR makes the pronoun the
// content's first fragment. Without the comma, "did not say which
// countries had agreed" is an embedded question.
func (f *finder) relHead(h int, s sent) bool {
	d := f.d
	w := d.lw(h)
	if h <= s.ts || !(w == "which" || w == "who" || w == "whom" || w == "that") {
		return false
	}
	return d.toks[h].quote == 0 && (d.is(h-1, ",") || d.is(h-1, "—"))
}

// subjPronoun says whether w is a subject pronoun, maybe with a
// contracted auxiliary ("he’ll"): after a hearer it opens the content
// ("told POLITICO he’ll work …").
func subjPronoun(w string) bool {
	return subjectPronouns[pronounStem(w)]
}

// askVerbs put a hearer before a question or a fact: "asked Sanders how
// he was feeling", "showed voters why …".
var askVerbs = setOf("ask asks asked asking show shows showed showing tell tells told telling remind reminded reminds inform informed")

// whAfterHearer moves a content start k past the hearer of an askVerb to
// the question word: PolNeAR's content is "how he was feeling".
func (f *finder) whAfterHearer(a *attr, k, end int) int {
	d := f.d
	if !d.inLex(a.cueE-1, lcAskVerb) {
		return k
	}
	for j := k; j < end && j < k+5; j++ {
		if d.toks[j].quote != 0 || !d.word(j) && d.toks[j].kind != tkPoss {
			break
		}
		w := d.lw(j)
		if j > k && (whWords[w] || w == "if" || w == "when" || w == "who") {
			return j
		}
		if npStop[w] || auxVerbs[w] {
			break
		}
	}
	return k
}

// saidSeries says whether the semicolon i inside a clause content [k, e)
// joins a series whose last item opens with "and" ("said they had
// marched; raised money; and held rallies", "according to the schedule,
// Lee will speak, along with Ann Fry; Bo Tam; and Cy Hale"): the items
// are all the report's, and PolNeAR spans them as one content. A
// semicolon without that closing "and" still opens a new clause ("the
// economy; most said …"), and so does one after an object ("backed
// Huckabee; and companies linked to …").
func (f *finder) saidSeries(k, i, e int) bool {
	d := f.d
	if !f.seriesMark(i, e) || !f.newClause(k, i) {
		return false
	}
	return !(k >= 2 && d.in(k-1, wcPlainSay) && d.in(k-2, wcBeForm)) // "he was said to have …": a passive, no one's report
}
