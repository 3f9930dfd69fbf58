package extract

import "strings"

// indefinitePronouns head a contact clause without an article: "…,
// something we predicted", "…, nothing Lee had not said before".
var indefinitePronouns = setOf("something nothing everything anything")

// comparatives open a comparative correlative clause, "The more voters
// learn …, the more they …", whose subject follows them.
var comparatives = setOf("more less fewer")

// contactClauseStart moves a mention starting at s past a determiner and
// a contact head (contactHeads) when a name or pronoun follows them
// inside the mention, past an indefinite pronoun ("something we
// predicted"), or to a determined or bare subject (determinedContact,
// bareContactSubject).
// The clause must be the cue's own: its subject runs straight into the
// cue (", a point Lee conceded"), or the phrase follows a comma after
// the content. In "The statement Lee released on Monday said …" the
// relative clause only modifies the noun, which is the subject of the
// cue. It returns the new start, or s.
func (f *finder) contactClauseStart(a *attr, s int) int {
	d := f.d
	if s >= 0 && s+1 < a.srcE && d.word(s) && indefinitePronouns[d.lw(s)] && d.word(s+1) && (subjectPronouns[d.lw(s+1)] || d.capWord(s+1)) && f.contactSubjectAt(a, s, s+1) {
		return s + 1 // "…, something we predicted": the pronoun is its own head
	}
	if s < 0 || s+2 >= a.srcE || !d.word(s) || !(d.is(s, "a") || d.is(s, "an") || d.is(s, "the")) || !d.word(s+1) || d.toks[s+1].cap {
		return s
	}
	if !(d.inLex(s+1, lcContactHead) || d.is(s, "the") && comparatives[d.lw(s+1)]) {
		return f.determinedContact(a, s)
	}
	n := s + 2
	if !(d.capWord(n) || d.word(n) && d.in(n, wcPronoun) && d.lw(n) != "who") || n >= f.mentionCut(a) {
		if b := f.bareContactSubject(a, s); b > 0 {
			return b
		}
		if f.pluralContactSubject(a, n) {
			return n
		}
		return s
	}
	if !f.cueAfterName(n, a.cueS) && !f.afterContent(a, s) && !f.pluralContactSubject(a, n) {
		return s
	}
	return n
}

// pluralContactSubject says whether the words from n, after a contact
// head, are a short noun phrase with a plural head that runs into the
// cue: "the place Pentagon officials say …", "the reason growing
// numbers have voted for …". PolNeAR marks that phrase, the clause's
// subject, as the source: on train it starts a gold mention after such a
// head 74 times and the head opens one only inside a name ("Time
// magazine"). A name alone is read by contactClauseStart.
func (f *finder) pluralContactSubject(a *attr, n int) bool {
	d := f.d
	cut := f.mentionCut(a)
	for h := n + 1; h < cut && h < n+3; h++ {
		if !d.word(h) || d.toks[h].quote != 0 || d.in(h, wcNPStop) || d.in(h, wcDeterminer) {
			return false
		}
		if !d.word(h-1) || d.toks[h-1].quote != 0 || d.in(h-1, wcNPStop) || d.in(h-1, wcDeterminer) || d.in(h-1, wcPronoun) {
			return false
		}
		if w := d.lw(h); !d.toks[h].cap && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && f.cueAfterName(h, a.cueS) {
			return h+1 == cut || d.in(h+1, wcAuxVerb) || lyAdverb(d.lw(h+1)) || h+1 == a.cueS
		}
	}
	return false
}

// cueAfterName says whether the name or pronoun at n runs into the cue
// at cue, over auxiliaries and an -ly adverb only ("Lee has now
// conceded").
func (f *finder) cueAfterName(n, cue int) bool {
	d := f.d
	k := n + 1
	if d.capWord(n) {
		for k < cue && (d.capWord(k) || d.toks[k].kind == tkPoss || d.is(k, ".") && d.capWord(k-1)) {
			k++
		}
	}
	if d.is(k, ",") {
		// an aside: "…, a point Lee, a Democrat, conceded"
		for k++; k < cue && !d.is(k, ","); k++ {
		}
		k++
	}
	for k < cue && d.word(k) && !d.toks[k].cap && (d.in(k, wcAuxVerb) || lyAdverb(d.lw(k))) {
		k++
	}
	return k == cue
}

// afterContent says whether the mention starting at s follows a comma
// that closes the content of a.
func (f *finder) afterContent(a *attr, s int) bool {
	d := f.d
	if s < 1 || !d.is(s-1, ",") || len(a.frags) == 0 {
		return false
	}
	return a.frags[len(a.frags)-1][1] <= int(d.toks[s-1].e)
}

// innerDeterminers open the subject of a contact clause after any head
// noun: "an offer the leaders rebuffed", "a plan their aides drafted".
// A phrase with its own determiner cannot be an apposition of the head
// the way a name can ("the news site Politico"), so the head needs no
// list.
var innerDeterminers = setOf("the a an his her their its our my")

// determinedContact moves a mention starting at the article s past its
// lower-case head words to a determined subject that runs straight into
// the cue, as PolNeAR marks the clause's subject: "an arrangement the
// campaign has criticized". It returns the new start, or s.
func (f *finder) determinedContact(a *attr, s int) int {
	d := f.d
	n := s + 1
	for n < a.srcE && d.word(n) && !d.toks[n].cap && d.toks[n].quote == 0 && !d.in(n, wcNPStop) && !innerDeterminers[d.lw(n)] && !d.inLex(n, lcPostPrep) && !d.in(n, wcDeterminer) && !d.in(n, wcPronoun) && !isGerund(d.lw(n)) {
		n++
	}
	if n > s+1 && n < a.srcE && d.word(n) && (subjectPronouns[d.lw(n)] || d.capWord(n) && contactReportHeads[d.lw(n-1)]) && f.contactSubjectAt(a, s, n) {
		// "…, a deal she once backed": a pronoun ends the head; "…, a
		// charge Mayor Jo Park denies", "…, a central point Lee
		// conceded": so does a name after a report noun, as after a
		// contact head.
		return n
	}
	if b := f.bareContactSubject(a, s); b > 0 {
		return b
	}
	if n == s+1 || n+1 >= a.srcE || !d.word(n) || !innerDeterminers[d.lw(n)] && !d.possessedName(n) {
		return s
	}
	k, common := n+1, false
	for k < a.cueS && (d.word(k) && !d.in(k, wcNPStop) && !lyAdverb(d.lw(k)) || d.toks[k].kind == tkPoss) {
		common = common || d.word(k) && !d.toks[k].cap
		k++
	}
	if !common || d.toks[n].cap && innerDeterminers[d.lw(n)] {
		return s // "the news site the Hill": a name after its title
	}
	for k < a.cueS && d.word(k) && !d.toks[k].cap && (d.in(k, wcAuxVerb) || lyAdverb(d.lw(k))) {
		k++
	}
	if k != a.cueS || n >= f.mentionCut(a) {
		return s
	}
	return n
}

// bareContactSubject finds a bare plural subject among the lower-case
// words that open a mention after a comma at s: a report noun, then a
// plural person head that runs into the cue ("…, a concern investors
// voiced", "…, a fact local drivers conceded"). It returns the subject's
// first word, or -1. The head must be plural: in "a point guard coach"
// the head after the report noun is a role.
func (f *finder) bareContactSubject(a *attr, s int) int {
	d := f.d
	n := s + 1
	for n < a.srcE && d.word(n) && !d.toks[n].cap && d.toks[n].quote == 0 && !d.in(n, wcNPStop) {
		n++
	}
	h := n - 1
	// A plural straight after the report noun needs no known head: "…, a
	// claim rebels denied" has no other reading.
	afterHead := h-1 > s && (contactReportHeads[d.lw(h-1)] || d.inLex(h-1, lcContactHead))
	if h <= s+1 || !(d.headOK(h) || afterHead) || !strings.HasSuffix(d.lw(h), "s") || strings.HasSuffix(d.lw(h), "ss") || !f.contactSubjectAt(a, s, h) {
		return -1
	}
	for r := s + 1; r < h; r++ {
		if contactReportHeads[d.lw(r)] || d.inLex(r, lcContactHead) {
			return r + 1
		}
	}
	return -1
}

// contactSubjectAt says whether the word at n, in a mention starting at
// s after the comma that closes a's content, is a contact clause's
// subject: it runs into the cue (cueAfterName) before the mention's cut.
func (f *finder) contactSubjectAt(a *attr, s, n int) bool {
	return n < f.mentionCut(a) && f.afterContent(a, s) && f.cueAfterName(n, a.cueS)
}

// possessedName says whether a name starting at n is a possessor
// ("Lee's aides", "Ann Lee's campaign"), which determines the phrase
// after it as an article would.
func (d *doc) possessedName(n int) bool {
	k := n
	for k < len(d.toks) && d.capWord(k) && k-n < 4 {
		k++
	}
	return k > n && k < len(d.toks) && d.toks[k].kind == tkPoss
}

// contactHeadContents makes the head phrase of a contact clause its
// content: in "The vote was close, a point Ann Bell conceded" PolNeAR
// marks "a point" as what Ann Bell conceded (14 of 14 train clauses
// whose verb ends them; "a step they believe could help …" embeds a
// clause and keeps it), not the clause before the comma, which the
// layouts took as the content of an inverted report. The mention then
// starts at the clause's subject.
func (f *finder) contactHeadContents() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		s := a.srcS
		if s < 1 || a.srcE <= s || a.srcE > a.cueS || len(a.frags) == 0 || !(d.is(s-1, ",") || isDashTok(d, s-1)) {
			continue
		}
		if a.frags[len(a.frags)-1][1] > int(d.toks[s-1].s) {
			continue // the content is not the clause before the comma
		}
		n := f.contactClauseStart(a, s)
		if n <= s {
			continue
		}
		e := n - 1
		for e > s && !d.word(e) {
			e--
		}
		a.frags = [][2]int{{int(d.toks[s].s), int(d.toks[e].e)}}
		a.srcS = n
	}
}

// contactReportHeads are nouns naming what someone says, holds or does
// about an issue, which a contact clause after a comma reports: ", a
// point Lee often makes", "— a deal she once supported".
var contactReportHeads = setWith(setWith(dashCommentNouns, "point fact word words idea question issue story plan proposal policy deal offer approach arrangement recommendation topic message"), "criticism suggestion advice warning prediction concern assurance denial admission boast reminder estimate conclusion belief complaint figure number account version assessment characterization description")

// contactActHeads name a thing done or made rather than said ("a deal",
// "a plan", "a decision"): their clause is a report only when its verb
// is a reporting cue ("a deal she once backed", "an arrangement the
// campaign criticized"), not after "signed", "ran" or "made" ("a deal
// the owners signed" is no attribution). A topic or an issue is a
// matter known or discussed, which a rare cue reports as well ("a topic
// she knew well").
var contactActHeads = setOf("move step decision sign signal reversal shift departure break turn story plan policy deal approach arrangement")

// contactStanceHeads name a stance someone holds, which any verb of
// its clause reports ("a position the nominee has since modified",
// "a view she later softened"). After another head the verb must be in
// the cue lexicon or be "make", whose object the report noun is ("a
// point she made twice"): "a point the team scored" reports nothing.
var contactStanceHeads = setOf("position stance view belief")

// contactVerbOK says whether v may be the verb of a contact clause after
// the report noun h (contactStanceHeads, contactActHeads).
func (d *doc) contactVerbOK(h, v int) bool {
	if contactActHeads[d.lw(h)] {
		return d.cueAt(v) > 0
	}
	n, _ := d.cueMatch(v)
	return n > 0 || contactStanceHeads[d.lw(h)] || d.is(v, "made") || d.is(v, "makes")
}

// contactAdverbs may stand next to a contact clause's verb: "she once
// supported", "a point he makes often", "a topic she knew well".
var contactAdverbs = setOf("also often once twice again well since later then now repeatedly frequently publicly privately strongly long never still already just first")

// contactSubjectWords may stand between a contact clause's subject and
// its verb: "she once supported", "the nominee has since modified".
var contactSubjectWords = setWith(contactAdverbs, "has have had would will")

// contactCueEnds says whether a contact clause whose cue ends before k
// ends there but for a time, a place or an adverb, so that its head is
// the cue's object: in "an aide the mayor said was loyal" or "a plan she
// said would save money" the gap is in the clause after the cue.
func (d *doc) contactCueEnds(k, te int) bool {
	if k >= te || !d.word(k) {
		return true
	}
	w := d.lw(k)
	return venuePreps[w] || d.in(k, wcTimeWord|wcWeekday|wcTimeDeixis) || contactAdverbs[w] || lyAdverb(w)
}

// contactClauseReports adds the reports of contact clauses no layout
// read: after a comma or dash, "a"/"an", a report noun, a subject and a
// verb in the past or third person ("…, a deal she once supported",
// "…, a fact he mentions often"). PolNeAR marks the noun phrase as
// content and the subject as source. The noun is the evidence, so a
// rare cue will do ("a proposal he has raised"), but the verb must be a
// cue, "make" or after a stance noun any verb (contactVerbOK).
//
// Three passes read contact clauses, each where the others cannot:
// contactReport (in postposed) when the subject has its own determiner
// and the cue is a fair one, so the report before the comma keeps its
// content; contactHeadContents when a layout read the clause as an
// inverted report with the head in its mention (a name, a pronoun or a
// bare plural subject); this pass when no layout read it (a verb the
// lexicon lacks or rates low). Leaving out any one loses train
// attributions (2, 2 and 3 on trainA), so none subsumes another.
func (f *finder) contactClauseReports() {
	d := f.d
	for si := range f.sents {
		s := f.sents[si]
		for _, art := range d.scanned(swArticle, s.ts+2, s.te-3) {
			k := int(art) - 1
			if !(d.is(k, ",") || isDashTok(d, k)) || d.toks[k].quote != 0 {
				continue
			}
			h := k + 2
			if d.word(h) && !d.toks[h].cap && !contactReportHeads[d.lw(h)] && d.word(h+1) && contactReportHeads[d.lw(h+1)] {
				h++ // "a central point", "a favorite word"
			}
			if !d.word(h) || d.toks[h].cap || d.toks[h].quote != 0 || !contactReportHeads[d.lw(h)] {
				continue
			}
			ss, se := f.contactSubject(h+1, s.te)
			if ss < 0 {
				continue
			}
			v := se
			for v < s.te && d.word(v) && !d.toks[v].cap && contactSubjectWords[d.lw(v)] {
				v++
			}
			if v >= s.te || !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 {
				continue
			}
			w := d.lw(v)
			if npStop[w] || auxVerbs[w] || beForms[w] || !contactVerbForm(w) || f.cueTaken(v, v+1) || f.claimed([2]int{int(d.toks[k+1].s), int(d.toks[h].e)}) {
				continue
			}
			if !d.contactCueEnds(v+1, s.te) || !d.contactVerbOK(h, v) {
				continue
			}
			a := attr{cueS: se, cueE: v + 1, sent: si, srcS: ss, srcE: se, coreE: se, inherit: -1, entry: cueEntry{Type: CueSpeech, Prec: 0.5}}
			a.setPlainContent([2]int{int(d.toks[k+1].s), int(d.toks[h].e)})
			f.attrs = append(f.attrs, a)
		}
	}
}

// contactSubject finds the subject of a contact clause starting at n: a
// subject pronoun, or a name, or a phrase its own determiner opens ("the
// Republican nominee"), of at most five words. It returns [-1, -1] when
// none is there.
func (f *finder) contactSubject(n, lim int) (int, int) {
	d := f.d
	if !d.word(n) || d.toks[n].quote != 0 {
		return -1, -1
	}
	w := d.lw(n)
	if subjPronoun(w) && w != "it" && w != "you" {
		return n, n + 1
	}
	e := n
	if innerDeterminers[w] {
		// The phrase ends at a head a verb or an auxiliary follows: "the
		// leaders rebuffed", "the nominee has since modified".
		for e = n + 2; e < lim && e < n+6; e++ {
			if !d.word(e-1) || d.toks[e-1].quote != 0 || d.in(e-1, wcNPStop) {
				return -1, -1
			}
			if d.headOK(e-1) && d.word(e) && !d.toks[e].cap && (contactSubjectWords[d.lw(e)] || contactVerbForm(d.lw(e))) {
				return n, e
			}
		}
		return -1, -1
	}
	for e < lim && e < n+4 && d.capWord(e) && !d.in(e, wcLeadStop) {
		e++
	}
	if e == n {
		return -1, -1
	}
	return n, e
}

// contactVerbForm says whether w may be a contact clause's finite verb:
// a past form or a present in -s ("supported", "mentions").
func contactVerbForm(w string) bool {
	return isPast(w) || len(w) >= 4 && pluralNoun(w)
}
