package extract

import "strings"

// gerundCue says whether the cue is a bare participle ("citing",
// "saying"): it has no subject of its own, so the phrase before its comma
// is no postposed source ("… in Green Bay, Wis., citing the attack").
func (f *finder) gerundCue(a *attr) bool {
	return isGerund(f.d.lw(a.cueS)) && !f.d.toks[a.cueS].cap
}

// quantifiedPlural says whether the quantifier at k opens a plural
// phrase ending at j that starts a clause: "Some delegates", "Many
// local officials". Time phrases ("several days") are left out.
func (d *doc) quantifiedPlural(k, j, lim int) bool {
	w := d.lw(j)
	if d.toks[j].cap || len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || timeNouns[strings.TrimSuffix(w, "s")] || durationNouns[w] {
		return false
	}
	for i := k + 1; i < j; i++ {
		if !d.word(i) || !d.toks[i].cap && !adjectiveLike(d.lw(i)) {
			return false // "Many held signs": a verb, not a modifier
		}
	}
	return d.subjectStart(k, lim)
}

// prepBefore says whether a postmodifier's preposition stands before
// token b ("The leaders of the United States, Canada and Mexico"): the
// list is the object the head before it takes, which postmodBack weighs.
func (d *doc) prepBefore(b, lim int) bool {
	return b > lim && (d.is(b-1, "of") || d.is(b-1, "in") || d.is(b-1, "by") || d.is(b-1, "from")) && d.toks[b-1].quote == 0
}

// nounListBack extends a phrase starting at b back over the common-noun
// conjuncts listed before it with commas, when the list opens the
// clause: "the families, supporters and administration officials". It
// returns the new start, or b.
func (d *doc) nounListBack(b, lim int) int {
	s := b
	for s-2 >= lim && d.is(s-1, ",") && d.word(s-2) && !d.toks[s-2].cap && d.toks[s-2].quote == 0 && d.headOK(s-2) && !pronouns[d.lw(s-2)] && !standalone[d.lw(s-2)] {
		pb := d.npBack(s-2, lim)
		if pb < 0 || pb > s-2 {
			break
		}
		s = pb
	}
	if s < b && d.subjectStart(s, lim) {
		return s
	}
	return b
}

// adjectiveLike says whether a lower-case word may modify a head noun by
// its form or as a title word: "prominent", "social", "senior".
func adjectiveLike(w string) bool {
	if titleWords[w] {
		return true
	}
	for _, suf := range [...]string{"al", "ic", "ive", "ent", "ant", "ous", "ary", "ern", "ior", "ish"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// infinitiveSubject: an infinitive cue at c after a prepositional
// object ending at j ("Biden met with Ann Lee to discuss …", "went on
// CNN to declare …") is the purpose of the clause's subject, not a report
// of the object, as PolNeAR marks it. "for" is left out: "for Bush to
// back Cruz" names the agent. It returns the subject's tokens, or -1, -1.
func (f *finder) infinitiveSubject(c, j int, s sent) (int, int) {
	d := f.d
	if !d.is(c, "to") {
		return -1, -1
	}
	nb := d.npBack(j, s.ts)
	if nb <= s.ts || nb > j {
		return -1, -1
	}
	p := nb - 1
	if !d.word(p) || d.toks[p].quote != 0 || d.is(p, "for") || d.is(p, "of") || !(venuePreps[d.lw(p)] || postPreps[d.lw(p)]) {
		return -1, -1
	}
	st, ne := f.subject(s, p)
	if st < 0 || ne > p || d.is(st, "it") {
		return -1, -1
	}
	return st, ne
}

// relHeadNouns head a relative clause whose pronoun is left out ("the
// reason President Obama is seeking …", "a comment Clinton is now
// wielding", "the ones Trump's campaign hopes to register"): the name
// after them is the clause's subject, not a name they describe.
var relHeadNouns = setOf("reason reasons moment way ways time times kind sort point comment comments word words day days issue issues ones one thing things idea argument claim promise message")

// discourseAsides are phrases set off by commas after a subject that
// comment on the sentence rather than describe the source ("Pence, on
// the other hand, …", "Sanders, to his credit, …"); PolNeAR leaves them
// out of the mention (61 of 63 on train). Single words are asideAdverbs;
// "without" before a gerund opens one too ("Clinton, without naming him,").
var discourseAsides = [][]string{
	{"for", "example"}, {"for", "instance"}, {"of", "course"}, {"on", "the", "other", "hand"},
	{"it", "turned", "out"}, {"it", "seems"}, {"in", "turn"}, {"in", "fact"}, {"in", "particular"},
	{"to", "his", "credit"}, {"to", "her", "credit"}, {"to", "their", "credit"},
	{"through", "a", "spokesman"}, {"through", "a", "spokeswoman"}, {"through", "a", "spokesperson"},
}

// discourseAside says whether one of the discourseAsides, or one of the
// asideAdverbs set off by commas, starts at token k.
func (d *doc) discourseAside(k int) bool {
	if d.word(k) && d.toks[k].quote == 0 && asideAdverbs[d.lw(k)] && d.is(k+1, ",") {
		return true
	}
	if d.is(k, "without") && d.word(k+1) && isGerund(d.lw(k+1)) && d.toks[k].quote == 0 {
		return true // "Clinton, without naming him, accused …"
	}
	for _, ph := range discourseAsides {
		ok := true
		for i, w := range ph {
			if !d.word(k+i) || d.toks[k+i].quote != 0 || d.lw(k+i) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// articleBack extends a mention starting at token s over the article
// just before it: a phrase that a layout took without it ("The
// Congressional Black Caucus and Sen. …", "The other controversy
// surrounding …") still starts with it, as PolNeAR marks 99% of mentions
// after an article. npBack keeps the article itself; this catches the
// list and postmodifier builders, several of which drop it. It returns
// the new start, or s.
func (f *finder) articleBack(s int) int {
	d := f.d
	if s <= 0 || d.toks[s-1].quote != 0 || d.toks[s].nl || !(d.is(s-1, "the") || d.is(s-1, "a") || d.is(s-1, "an")) {
		return s
	}
	return s - 1
}

// clauseVerbCut ends a mention before a finite verb that takes an object
// inside it: "The town released a statement Wednesday saying …", "The
// documents raised new questions about …". A participle modifying the
// head is followed by an agent, time or place instead ("a poll released
// Thursday", "a report released by the panel"), so the verb must run
// into a determiner, possessive or number. It returns the new end, or e.
func (f *finder) clauseVerbCut(s, e int) int {
	d := f.d
	for k := s + 1; k+1 < e; k++ {
		w := d.lw(k)
		if d.is(k, ",") || isDashTok(d, k) || w == "who" || w == "whose" || w == "which" || w == "that" {
			return e // an apposition or relative clause: its verbs are its own
		}
		if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || !isPast(w) || edTitles[w] {
			continue
		}
		p := d.lw(k - 1)
		if !d.word(k-1) || determiners[p] || npStop[p] || pronouns[p] || d.is(k-1, ",") {
			continue
		}
		n := d.lw(k + 1)
		if d.word(k+1) && d.toks[k+1].quote == 0 && (determiners[n] && n != "that" && n != "this" || possPronouns[n] || isNumberWord(n) || n == "no") && !timeWords[d.lw(k+2)] {
			for k-1 > s && d.word(k-1) && !d.toks[k-1].cap && (skipBetween[d.lw(k-1)] || lyAdverb(d.lw(k-1))) {
				k-- // "The state party first released …"
			}
			return k
		}
	}
	return e
}

// usStates names the states of the United States; with stateAbbrevs they
// tell a "City, State" pair from a list of names.
var usStates = setOf("alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming carolina dakota hampshire jersey mexico york")

// placeBack extends a phrase b..j that is a state after "City, " back
// over the city and the phrase it ends: "Stacy Baker of Columbia, South
// Carolina says". The city must follow of/from/in: otherwise the name
// before the comma is an opening phrase's ("After meeting Ann Lee,
// Washington said") or the subject of its own ("Ann Lee, Washington
// says"). It returns the new start, or b.
func (d *doc) placeBack(b, j, lim int) int {
	if b-2 < lim || !d.is(b-1, ",") || !d.capWord(b-2) || j-b > 1 {
		return b
	}
	w := strings.TrimSuffix(d.lw(j), ".")
	if !usStates[w] && !stateAbbrevs[w] {
		return b
	}
	c := b - 2
	for c-1 > lim && d.capWord(c-1) {
		c-- // "Des Moines"
	}
	if c <= lim || d.toks[c-1].quote != 0 || !(d.is(c-1, "of") || d.is(c-1, "from") || d.is(c-1, "in")) {
		return b
	}
	pb := d.npBack(b-2, lim)
	if pb < 0 || pb > b-2 {
		return b
	}
	return pb
}

// anonymityCut ends a mention before a restrictive relative clause that
// only says why the source is unnamed ("one former executive who
// requested anonymity to avoid …", "a strategist who spoke on the
// condition of anonymity"): PolNeAR mostly leaves it out (a clause saying
// the source was not authorized to speak it keeps). It returns the new
// end, or e.
func (f *finder) anonymityCut(s, e int) int {
	d := f.d
	for k := s + 1; k < e; k++ {
		if !d.is(k, "who") || d.toks[k].quote != 0 || d.is(k-1, ",") {
			continue // after a comma the clause is an apposition's, which PolNeAR splits on
		}
		for i := k + 1; i < e && i < k+12; i++ {
			if d.is(i, "anonymity") {
				return k
			}
		}
		return e
	}
	return e
}
