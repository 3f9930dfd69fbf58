package extract

// stimulusToWords judge how a thing strikes someone, before "to":
// "the plan seemed more credible to voters", "the news came as a
// surprise to the mayor", "its vagueness might be a relief to rivals".
var stimulusToWords = setOf("obvious clear apparent evident troubling galling appealing credible welcome surprise relief comfort interest " +
	"unimaginable madness painful baffling puzzling alarming disturbing offensive incomprehensible inconceivable unthinkable " +
	"frustrating infuriating encouraging reassuring worrying worrisome attractive unappealing surprising shocking abstraction " +
	"mystery insulting plausible implausible convincing persuasive")

// stimulusToAdverbs may grade the judgement: "far more appealing to".
var stimulusToAdverbs = setOf("so very more most less particularly especially quite pretty not too all increasingly likely probably perhaps certainly")

// stimulusToFrames reads "<subject> <be or seem> <a judgement> to
// <someone>": PolNeAR marks the one to whom the subject seems so as the
// source and the subject as the content ("Whichever view ultimately
// seems more credible to the public", source "the public", content
// "Whichever view"). A subject "it" (an extraposed clause follows), a
// first person inside a statement and a subject that a reading already
// holds are left alone.
func (f *finder) stimulusToFrames() {
	d := f.d
	for si, s := range f.sents {
		for _, to := range d.scanned(swTo, s.ts+3, s.te-1) { // the few "to"s, not every token
			k := int(to)
			if d.toks[k].quote != 0 {
				continue
			}
			j := k - 1
			if d.is(j, "enough") {
				j-- // "clear enough to the voters"
			}
			if !d.word(j) || !stimulusToWords[d.lw(j)] {
				continue
			}
			vs := f.stimulusVerb(j, s.ts)
			if vs < 0 {
				continue
			}
			ss := vs
			for ss-1 >= s.ts && (d.word(ss-1) || d.toks[ss-1].kind == tkPoss) && d.toks[ss-1].quote == 0 {
				w := d.lw(ss - 1)
				if clauseSubs[w] || relWords[w] && f.complementizer(ss-1, s.ts) || w == "and" || w == "or" || w == "but" || w == "though" {
					break
				}
				ss--
			}
			if ss == vs || vs-ss > 12 || d.is(ss, "it") || d.in(ss, wcSubjPronoun) && !d.is(ss, "this") && !d.is(ss, "that") {
				continue
			}
			if d.is(ss, "this") || d.is(ss, "that") {
				if vs != ss+1 {
					continue
				}
			}
			se := f.stimulusHolder(k+1, s.te)
			if se < 0 && d.word(k+1) && d.in(k+1, wcPronoun) && !d.is(k+1, "me") && !d.is(k+1, "us") && !d.is(k+1, "it") {
				se = k + 2
			}
			if se < 0 {
				continue
			}
			sp, ok := f.contentSpan(ss, vs)
			if !ok && vs == ss+1 {
				sp, ok = [2]int{int(d.toks[ss].s), f.beforeContraction(ss)}, true
			}
			if !ok {
				continue
			}
			if f.claimed(sp) {
				// A bare "seems" read with no source: the judgement is its
				// cue and the one after "to" its source.
				if i := f.sourcelessCueIn(vs, k); i >= 0 {
					a := &f.attrs[i]
					a.frags = [][2]int{sp}
					a.cueS, a.cueE = vs, k+1
					a.srcS, a.srcE, a.coreE = k+1, se, se
					a.venueS, a.venueE = se, se
				}
				continue
			}
			a := attr{cueS: vs, cueE: k + 1, entry: cueEntry{Type: CueThought, Prec: 0.5}, sent: si, srcS: k + 1, srcE: se, coreE: se, inherit: -1}
			a.frags = [][2]int{sp}
			a.venueS, a.venueE = se, se
			a.conf = 0.5
			f.attrs = append(f.attrs, a)
		}
	}
}

// stimulusVerb walks back from the judgement word j over its article or
// "of" ("a surprise", "of interest"), its grading adverbs and the
// linking verb with its auxiliaries ("might be", "has become", "came
// as"), and returns where the verb group starts, or -1.
func (f *finder) stimulusVerb(j, ts int) int {
	d := f.d
	i := j - 1
	if i > ts && (d.is(i, "a") || d.is(i, "an") || d.is(i, "of") || d.is(i, "no")) {
		i--
	}
	for i > ts && d.word(i) && (stimulusToAdverbs[d.lw(i)] || lyAdverb(d.lw(i))) {
		i--
	}
	if i <= ts || !d.word(i) {
		return -1
	}
	switch w := d.lw(i); {
	case d.in(i, wcBeForm) || linkingVerbs[w]:
	case w == "as" && (d.is(i-1, "came") || d.is(i-1, "comes") || d.is(i-1, "come")):
		i--
	default:
		return -1
	}
	for i-1 > ts && d.word(i-1) && (d.in(i-1, wcAuxVerb) || d.in(i-1, wcBeForm) || lyAdverb(d.lw(i-1)) || stimulusToAdverbs[d.lw(i-1)] || d.is(i-1, "to") && d.in(i-2, wcAuxVerb)) {
		i--
	}
	return i
}

// complementizer says whether the relative word at r opens a clause
// after a verb ("analysts said that the plan …"), where the subject
// starts, or after a judgement ("it is clear that …"), rather than a
// noun's modifier inside it ("The idea that
// bargaining is a right …", "The voters who …").
func (f *finder) complementizer(r, ts int) bool {
	d := f.d
	if r == ts || !d.word(r-1) {
		return true
	}
	w := d.lw(r - 1)
	return d.cueAt(r-1) > 0 || isPast(w) || d.in(r-1, wcAuxVerb) || d.in(r-1, wcBeForm) || stimulusToWords[w] || d.in(r-1, wcAttitudeThat) || w == "so" || w == "such"
}

// stimulusHolder returns the end of the phrase after "to" that names who
// holds the judgement: up to the next punctuation when that is a short
// phrase opened by a determiner, a name or a quantifier ("the many
// hardworking people at the agency", "FDR or Lyndon Johnson"), else a
// noun phrase; -1 when there is none.
func (f *finder) stimulusHolder(b, lim int) int {
	d := f.d
	if !d.word(b) || d.toks[b].quote != 0 {
		return -1
	}
	if d.in(b, wcDeterminer) || d.toks[b].cap || d.in(b, wcQuantifier) || d.in(b, wcPossPronoun) {
		for e := b + 1; e < lim && e < b+14; e++ {
			if d.toks[e].quote != 0 {
				break
			}
			if !d.word(e) && d.toks[e].kind != tkPoss {
				if d.is(e, ",") || d.is(e, ".") || d.is(e, ";") || d.is(e, ":") || isDashTok(d, e) {
					return e
				}
				break
			}
			if d.in(e, wcRelWord) || d.cueAt(e) > 0 {
				break
			}
		}
	}
	return d.npForwardLoose(b, lim)
}

// beforeContraction returns where word k ends before a contracted
// auxiliary glued to it ("that’ll" -> "that"), or its end.
func (f *finder) beforeContraction(k int) int {
	d := f.d
	for i := int(d.toks[k].s) + 1; i < int(d.toks[k].e); i++ {
		if d.r[i] == '’' || d.r[i] == '\'' {
			return i
		}
	}
	return int(d.toks[k].e)
}

// sourcelessCueIn returns the attribution with no source whose cue lies
// in tokens [b, e), or -1.
func (f *finder) sourcelessCueIn(b, e int) int {
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.srcS < 0 && a.inherit < 0 && a.cueS >= b && a.cueE <= e {
			return i
		}
	}
	return -1
}
