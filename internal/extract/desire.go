package extract

import "strings"

// Desire and intention cues the learned lexicon cannot hold.

// wouldLikeCue reads "would like" or "would love" before an infinitive
// as a thought cue: "the council would like to rebuild the pier". The
// lexicon has no entry for "like", a preposition far more often; after
// "would" (or a subject contracted with it, "we’d") and before "to" and
// a verb, PolNeAR marks it every time outside other contents and
// quotations on train (10 of 10).
func (f *finder) wouldLikeCue(k, n int, e cueEntry) (int, cueEntry) {
	d := f.d
	if n != 0 || !d.inLex(k, lcLikeLove) || d.toks[k].quote != 0 || !f.toInfinitive(k+1) || !d.word(k-1) {
		return n, e
	}
	if !d.is(k-1, "would") && !d.wouldContracted(k-1) {
		return n, e
	}
	return 1, cueEntry{Type: CueThought, Count: 10, Prec: 0.5}
}

// likeLove are the verbs of wouldLikeCue.
var likeLove = setOf("like love")

// wouldContracted says whether the word at k is a subject pronoun with
// "would" contracted onto it: "we’d", "they'd".
func (d *doc) wouldContracted(k int) bool {
	if !d.word(k) {
		return false
	}
	w := d.lw(k)
	if !strings.HasSuffix(w, "’d") && !strings.HasSuffix(w, "'d") {
		return false
	}
	p, ok := contractedPronoun(w)
	return ok && subjectPronouns[p]
}

// relClauseThought says whether the cue of a is a belief, knowledge or
// fear verb with a clause of its own after it: "growers who believe the
// quota is too low", "pilots who thought that the canal was unsafe".
// After an object's "who" PolNeAR marks such a clause as the relative's
// thought 19 times in 29 on train outside other contents and quotations
// (the other thought cues there are seldom marked); the readings this
// adds are exact 4 times in 7. The noun phrase b the relative follows
// must not be a cue's object ("slamming candidates who think …"): that
// cue's content holds it.
func (f *finder) relClauseThought(a *attr, b int, s sent) bool {
	d := f.d
	k := a.cueS
	if a.cueE != k+1 || !d.in(k, wcClauseThought) || !f.newClause(k+1, s.te) && !(d.is(k+1, "that") && f.newClause(k+2, s.te)) {
		return false // "who knew that road well": a demonstrative, no clause
	}
	if b > s.ts && d.word(b-1) {
		if n, e := d.cueMatch(b - 1); n > 0 && e.Prec >= 0.1 {
			return false
		}
	}
	return true
}

// viewFrames adds the attributions of an opinion framed by a possessed
// "view" or "opinion": "In their view, the levy would ruin the harbor",
// "The levy, in Ruiz’s view, would ruin it", "a rule which in his view
// failed". PolNeAR marks the possessor as the source and the clause as
// the content; outside other contents and quotations it does so 6 times
// in 6 on train. It runs after the layouts and leaves sentences that
// already hold a cue.
func (f *finder) viewFrames() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		s := f.sents[si]
		for _, v := range d.scanned(swView, s.ts+2, s.te) {
			v := int(v)
			if d.toks[v].quote != 0 {
				continue
			}
			if a, ok := f.viewFrame(v, s, si, n0); ok {
				f.attrs = append(f.attrs, a)
				break
			}
		}
	}
}

// viewFrame reads the frame whose noun is at v.
func (f *finder) viewFrame(v int, s sent, si, n0 int) (attr, bool) {
	d := f.d
	a := attr{}
	p := v - 1 // the possessor's end
	if d.is(p, "own") {
		p--
	}
	var srcS, srcE int
	switch {
	case d.word(p) && d.in(p, wcPossPronoun) && !d.is(p, "your"):
		srcS, srcE = p, p+1
	case d.toks[p].kind == tkPoss && d.capWord(p-1) && d.toks[p-1].cap && !d.in(p-1, wcWeekday|wcDayWord|wcTimeWord) && !monthWords[d.lw(p-1)]:
		// Not a date: "In Monday's opinion, the ban stands" is a court's
		// ruling of that day.
		srcS, srcE = p-1, p+1
		for srcS-1 > s.ts && d.capWord(srcS-1) && d.toks[srcS-1].cap {
			srcS-- // "Professor Knittel’s"
		}
	default:
		return a, false
	}
	k := srcS - 1 // "in"
	if !d.is(k, "in") || d.toks[k].quote != 0 {
		return a, false
	}
	after := v + 1
	if !(after >= s.te || d.is(after, ",") || d.is(after, ".") || d.word(after) && !d.toks[after].cap && (d.in(after, wcAuxVerb) || isPast(d.lw(after)))) {
		return a, false // "in his view of the harbor": a noun phrase goes on
	}
	for i := range f.attrs[:n0] {
		if o := &f.attrs[i]; o.cueS >= s.ts && o.cueS < s.te {
			return a, false // the sentence reports already
		}
	}
	if f.inContent(k, n0) {
		return a, false
	}
	var frags [][2]int
	switch {
	case k == s.ts || k == s.ts+1 && d.in(s.ts, wcClauseOpener) || d.is(k-1, ",") && k-2 >= s.ts && d.in(k-2, wcClauseOpener):
		// "In their view, …": the clause after the comma; after "and,"
		// or "because," too, as the clause before is none of it ("The
		// pier closed and, in his view, the town …").
		if !d.is(after, ",") {
			return a, false
		}
		sp, ok := f.contentSpan(after+1, f.contentEnd(after+1, s.te))
		if !ok {
			return a, false
		}
		frags = [][2]int{sp}
	case d.word(k-1) && (d.is(k-1, "which") || d.is(k-1, "who")):
		// "… which in his view has gained …": the relative clause.
		sp, ok := f.contentSpan(k-1, f.relClauseContentEnd(after, f.contentEnd(after, s.te)))
		if !ok {
			return a, false
		}
		frags = [][2]int{sp}
	case d.is(k-1, ","):
		// "The levy, in Ruiz’s view, would …" or "…, in my view.": the
		// sentence around the aside.
		if sp, ok := f.contentSpan(s.ts, k-1); ok {
			frags = append(frags, sp)
		}
		if d.is(after, ",") {
			if sp, ok := f.contentSpan(after+1, f.contentEnd(after+1, s.te)); ok {
				frags = append(frags, sp)
			}
		}
	}
	if len(frags) == 0 {
		return a, false
	}
	a = attr{cueS: v, cueE: v + 1, entry: cueEntry{Type: CueThought, Count: 10, Prec: 0.6}, sent: si, srcS: srcS, srcE: srcE, coreE: srcE, inherit: -1}
	if d.toks[srcE-1].kind == tkPoss {
		a.coreE = srcE - 1
	}
	a.frags = frags
	a.venueS, a.venueE = v+1, v+1
	a.conf = 0.6
	return a, true
}

// stimulusVerbs stir a feeling in their object: "the remark angered
// Democrats", "His behavior has alarmed the party's top figures". The
// lexicon learns them as cues, and the layouts read them as any verb,
// with the subject as source and the object as content; PolNeAR marks
// the reverse, the object who feels as the source and the subject that
// stirs the feeling as the content (7 of the 7 such readings with a
// noun-phrase object that pair with a gold attribution on train).
var stimulusVerbs = setOf("rattled rattles angered angers alarmed alarms troubled troubles frustrated frustrates upset upsets annoyed annoys irritated irritates bothered bothers disturbed disturbs infuriated infuriates outraged outrages dismayed dismays surprised surprises shocked shocks stunned stuns delighted delights disappointed disappoints thrilled thrills worried worries pleased pleases impressed impresses unnerved unnerves spooked spooks")

// stimulusRoles swaps source and content of an attribution whose cue
// ends in an active stimulus verb with a noun-phrase object: the object
// becomes the source, the subject the content. A "that" clause or a
// clause with its own verb after the verb ("worried that …", "worried
// voters would leave") keeps the subject's view, and a passive or
// adjectival form ("was rattled by") is left to its own reading.
func (f *finder) stimulusRoles() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		v := a.cueE - 1
		if v < 1 || a.srcS < 0 || a.srcE > a.cueS || len(a.frags) != 1 || !d.word(v) || d.toks[v].cap || !d.inLex(v, lcStimulusVerb) {
			continue
		}
		if d.word(v-1) && (d.in(v-1, wcBeForm) || aboutDegrees[d.lw(v-1)]) {
			continue // "was rattled", "so worried"
		}
		if f.extraposedStimulus(a) {
			continue
		}
		if a.frags[0][0] != int(d.toks[a.cueE].s) {
			continue // a content elsewhere
		}
		o := a.cueE
		if !d.word(o) || d.toks[o].quote != 0 || d.in(o, wcSubjPronoun) || d.is(o, "that") || d.in(o, wcVenuePrep) || d.is(o, "about") {
			continue
		}
		s := f.sents[f.sentOf(o)]
		_, oe, ok := f.npObjectSpan(o, s, false)
		if !ok || d.word(oe) && !d.toks[oe].cap && (d.in(oe, wcAuxVerb) || isPast(d.lw(oe))) {
			continue // "worried voters would leave": a clause
		}
		ne := o + 1
		for ne < oe && (d.word(ne) || d.toks[ne].kind == tkPoss) && d.toks[ne].quote == 0 && !lyAdverb(d.lw(ne)) && !(d.in(ne, wcVenuePrep) && !d.is(ne, "of")) {
			ne++ // the one who feels: the noun phrase without its circumstances
		}
		if a.srcE == a.srcS+1 && d.in(a.srcS, wcRelWord) {
			continue
		}
		sp, ok := f.stimulusSubject(a, s)
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		a.srcS, a.srcE, a.coreE, a.inherit = o, ne, f.mentionEnd(o, ne-1), -1
	}
}

// stimulusSubject returns the span of the subject before a stimulus
// verb's cue: from the source the layouts found back to the clause's
// start, over the words a noun phrase's modifiers hold ("Her decision to
// close the pier has angered …"), up to an apposition's comma, and
// not over an opening adverbial (modifierStart).
func (f *finder) stimulusSubject(a *attr, s sent) ([2]int, bool) {
	d := f.d
	st := f.mentionStart(a)
	if st < 0 {
		return [2]int{}, false
	}
	st0 := st
	for st-1 >= s.ts && (d.word(st-1) || d.toks[st-1].kind == tkPoss) && d.toks[st-1].quote == 0 {
		w := d.lw(st - 1)
		if clauseSubs[w] || relWords[w] || w == "and" || w == "or" || w == "but" || d.cueAt(st-1) > 0 {
			break
		}
		st--
	}
	if st < st0 {
		st = f.modifierStart(st, st0)
	}
	end := a.cueS
	for i := st + 1; i < end; i++ {
		if d.is(i, ",") || isDashTok(d, i) {
			end = i // "His plan, a draft from May, angered …": the apposition is no part of it
			break
		}
	}
	return f.contentSpan(st, end)
}

// modifierStart returns where the subject starts when the words from st
// up to the source the layouts found at st0 are walked over. They modify
// that source's head when a linking word joins them to it ("Her decision
// to close the pier", "the fee on imports"); with none they are an
// opening adverbial ("Yesterday the remark …", "After the vote the
// decision …") and the subject starts at st0. A leading preposition
// opens an adverbial too ("On Monday her decision to close …"): the
// subject starts at the first determiner after it.
func (f *finder) modifierStart(st, st0 int) int {
	d := f.d
	if d.in(st, wcVenuePrep) {
		for i := st + 2; i < st0; i++ {
			if d.in(i, wcDeterminer) {
				return i
			}
		}
		return st0
	}
	for i := st + 1; i < st0; i++ {
		if w := d.lw(i); venuePreps[w] || modifierLinks[w] {
			return st
		}
	}
	return st0
}

// modifierLinks join a modifier to a noun beside venuePreps: "the vote
// of the board", "a bid by the mayor".
var modifierLinks = setOf("of by for about against")

// extraposedStimulus reads "It worries analysts that rates keep rising",
// "It worried him that the ship was late": with "it" as the subject and
// a "that" clause after the object, the object is the one who feels and
// the clause what stirs the feeling. It says whether it rewrote a, whose
// content starts at the object or at the "that".
func (f *finder) extraposedStimulus(a *attr) bool {
	d := f.d
	o := a.cueE
	if a.srcE != a.srcS+1 || !d.is(a.srcS, "it") || !d.word(o) || d.in(o, wcSubjPronoun) {
		return false
	}
	s := f.sents[f.sentOf(o)]
	for t := o + 1; t < s.te && t <= o+5; t++ {
		if !d.word(t) || d.toks[t].quote != 0 {
			return false
		}
		if !d.is(t, "that") {
			continue
		}
		if !d.word(t+1) || d.in(t+1, wcAuxVerb) || d.toks[t+1].quote != 0 {
			return false // "analysts that were …": a relative clause
		}
		if fs := a.frags[0][0]; fs != int(d.toks[o].s) && fs != int(d.toks[t].s) {
			return false
		}
		sp, ok := f.contentSpan(t, f.contentEnd(t, s.te))
		if !ok {
			return false
		}
		a.frags = [][2]int{sp}
		a.srcS, a.srcE, a.coreE, a.inherit = o, t, f.mentionEnd(o, t-1), -1
		return true
	}
	return false
}
