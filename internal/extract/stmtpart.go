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
var releaseVerbs = setOf("issued issue issues issuing released release releases releasing posted post posts posting sent send sends sending made make makes making published publishes tweeted filed file files filing ran run runs running aired air airs airing wrote write writes writing signed sign signs signing")

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
var releasedDocs = setOf("statement statements letter letters message messages tweet tweets email emails e-mail e-mails memo memos report reports lawsuit lawsuits ad ads op-ed op-eds editorial editorials release releases video videos")

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
		if !f.npSource(&a, s) && !f.releaseSubject(&a, s) {
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
// statement late Monday calling") and the addressee or outlet before it
// ("an email to supporters Tuesday inviting", "a memo to the board in
// April explaining"), or -1.
func (f *finder) releasedDocBefore(k int, s sent) int {
	d := f.d
	j := f.releasedTimeBefore(k-1, s)
	if j > s.ts && !d.in(j, wcReleasedDoc) {
		if t := f.addresseeBefore(j, s); t > s.ts {
			j = t - 1
		}
	}
	if j <= s.ts || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 || !d.in(j, wcReleasedDoc) {
		return -1
	}
	return j
}

// releasedTimeBefore walks back from token j over a time phrase ("late
// Monday", "this week", "in April") and returns the token before it.
func (f *finder) releasedTimeBefore(j int, s sent) int {
	d := f.d
	for n := 0; n < 3 && j > s.ts && d.word(j) && d.toks[j].quote == 0 && (isWeekday(d.lw(j)) || d.in(j, wcTimeWord) || d.is(j, "on") || d.is(j, "late") || d.is(j, "early")); n++ {
		j--
	}
	if j-1 > s.ts && d.word(j) && d.toks[j].cap && monthWords[d.lw(j)] && d.is(j-1, "in") {
		j -= 2 // "in April"
	}
	return j
}

// addresseeBefore returns the "to" that opens a short addressee phrase
// ending at token j ("to supporters", "to the Senate", "to The
// Washington Post"), over a time phrase before j, or -1. The phrase
// holds names, determiners and plain nouns: no verb, no punctuation.
func (f *finder) addresseeBefore(j int, s sent) int {
	d := f.d
	for i, n := j, 0; i > s.ts && n < 5; i, n = i-1, n+1 {
		if !d.word(i) || d.toks[i].quote != 0 {
			return -1
		}
		w := d.lw(i)
		if w == "to" {
			if i == j {
				return -1
			}
			return i
		}
		if !d.toks[i].cap && (d.in(i, wcAuxVerb) || isPast(w) || isGerund(w) || d.in(i, wcNPStop) && !d.in(i, wcDeterminer) && !d.in(i, wcPossPronoun)) {
			return -1
		}
	}
	return -1
}

// releaseVerbBefore returns the release verb before the document noun at
// n, over up to three determiners and modifiers ("issued a brief joint
// statement", "released a Web video"), or -1.
func (f *finder) releaseVerbBefore(n int, s sent) int {
	d := f.d
	j := n - 1
	for i := 0; i < 3 && j > s.ts && d.word(j) && d.toks[j].quote == 0 && !releaseVerbs[d.lw(j)] && !d.is(j, "out") && (!d.in(j, wcNPStop) || d.in(j, wcQuantifier)); i++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 {
		return -1
	}
	if d.is(j, "out") && j-1 > s.ts && (d.is(j-1, "put") || d.is(j-1, "puts") || d.is(j-1, "putting") || releaseVerbs[d.lw(j-1)]) {
		return j - 1 // "put out a statement", "sent out an email"
	}
	if !releaseVerbs[d.lw(j)] || d.toks[j].cap {
		return -1 // "a Washington Post editorial": a name, no verb
	}
	return j
}

// releaseSubject takes the clause's subject as the holder of a release
// verb in an irregular past ("His campaign sent out an email stressing
// …", "the group ran ads attacking …"), which npSource, reading a plain
// noun before a bare form as no subject, leaves out: the document after
// it makes the word a verb. The subject must end right before the verb.
func (f *finder) releaseSubject(a *attr, s sent) bool {
	d := f.d
	v := a.cueS
	if !irregularPast[d.lw(v)] {
		return false
	}
	st, ne := f.subject(s, v)
	if st < 0 || ne != v {
		return false
	}
	a.srcS, a.srcE, a.coreE = st, ne, f.mentionEnd(st, ne-1)
	return true
}

// releasedRelatives: "Trump released a video that said …", "Paul has
// released a Web video that accuses Cruz of …", "Sanders is releasing an
// ad that urges voters to …". The document's relative clause reports
// what its sender says: PolNeAR marks the release verb through the
// relative clause's verb as the cue and the release verb's subject as
// the source, not the relative pronoun. A reading of the relative verb
// takes that source and cue; one of the document noun itself ("a
// scathing op-ed that targeted …") gives way; with neither, the
// attribution is added.
func (f *finder) releasedRelatives() {
	d := f.d
	for si := range f.sents {
		if !f.sentHas(si, wcReleasedDoc) {
			continue
		}
		s := f.sents[si]
		for r := s.ts + 3; r+2 < s.te; r++ {
			if !d.word(r) || d.toks[r].quote != 0 || !(d.is(r, "that") || d.is(r, "which")) {
				continue
			}
			c := r + 1
			if !d.word(c) || d.toks[c].cap || d.toks[c].quote != 0 || d.cueAt(c) == 0 || !isPast(d.lw(c)) && !sForm(d.lw(c)) {
				continue
			}
			n := f.releasedTimeBefore(r-1, s)
			if n <= s.ts || !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 || !d.in(n, wcReleasedDoc) {
				continue
			}
			v := f.releaseVerbBefore(n, s)
			if v < 0 {
				continue
			}
			f.releasedRelative(si, s, v, n, r, c)
		}
	}
}

// releasedRelative reads the relative clause at r, with its verb at c,
// of the document noun at n that the verb at v releases.
func (f *finder) releasedRelative(si int, s sent, v, n, r, c int) {
	d := f.d
	ce := c + d.cueAt(c)
	b := attr{cueS: v, cueE: ce, sent: si, srcS: -1, inherit: -1, conf: 0.5}
	b.entry = cueEntry{Type: CueSpeech, Prec: 0.8}
	if !f.npSource(&b, s) && !f.releaseSubject(&b, s) || b.srcS >= n {
		return
	}
	for i := range f.attrs {
		o := &f.attrs[i]
		if o.sent != si {
			continue
		}
		if o.cueS <= c && c < o.cueE && o.srcE == c && o.srcS <= r && o.srcS > v {
			// The relative verb's reading, with the pronoun as source.
			o.srcS, o.srcE, o.coreE, o.inherit = b.srcS, b.srcE, b.coreE, -1
			o.cueS = v
			return
		}
		if o.cueS >= v && o.cueE <= r && len(o.frags) == 1 && o.frags[0][0] == int(d.toks[r].s) {
			// The document noun read as the cue of the relative clause.
			if f.releasedContent(&b, s) {
				b.entry = o.entry
				*o = b
			}
			return
		}
		if o.cueS <= c && c < o.cueE {
			return // read otherwise
		}
	}
	if f.releasedContent(&b, s) {
		f.attrs = append(f.attrs, b)
	}
}

// releasedContent sets the content after a's cue: a clause after a
// speech verb, a "that" or a quotation, else the noun phrase object.
func (f *finder) releasedContent(a *attr, s sent) bool {
	d := f.d
	k := a.cueE
	if (d.is(k, ",") || d.is(k, ":")) && f.isOpen(k+1) {
		k++ // "said, “…”"
	}
	var sp [2]int
	var ok bool
	if w := d.lw(k); d.in(a.cueE-1, wcSayVerb) || w == "that" || w == "whether" || whWords[w] || f.isOpen(k) {
		sp, ok = f.contentSpan(k, f.contentEnd(k, s.te))
	} else {
		sp, _, ok = f.npObjectSpan(k, s, false)
	}
	if !ok {
		return false
	}
	a.setPlainContent(sp)
	return true
}
