package extract

// Tails after the object of a reporting verb that belong to the act of
// reporting, not to what was reported ("denied the charges through his
// lawyer", "confirmed the meeting on condition of anonymity", "declined
// to comment, not wanting to …"): PolNeAR ends the content before them.

// channelNouns are the go-betweens a source speaks through.
var channelNouns = setOf("spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys representative representatives publicist aide aides")

// muteVerbs are speech verbs that, as an infinitive after "declined"
// or "refused", are the whole of what was (not) said: "declined to
// comment". Nothing after them is their object.
var muteVerbs = setOf("comment respond elaborate speculate")

// objVerbTail returns where a reporting act's own tail starts in the
// content [k, e), or -1: "through a spokeswoman", "through his lawyer"
// (on train gold ends before it twice, never includes it), "on (the)
// condition of anonymity" (the terms of the telling).
func (f *finder) objVerbTail(k, e int) int {
	d := f.d
	for c := k + 1; c+1 < e; c++ {
		if d.toks[c].quote != 0 {
			continue
		}
		if c+2 < e && d.is(c, "through") && (d.in(c+1, wcDeterminer) || d.in(c+1, wcPossPronoun)) && channelNouns[d.lw(c+2)] {
			return c
		}
		if d.is(c, "on") {
			j := c + 1
			if d.is(j, "the") {
				j++
			}
			if d.is(j, "condition") && d.is(j+1, "of") && d.is(j+2, "anonymity") {
				return c
			}
		}
	}
	return -1
}

// muteEnd returns the end of a content [k, end) that is only "to
// comment" (muteVerbs, maybe "further") closed by a comma, "and" or
// "but", or -1: the rest is the narrator's ("declined to comment, not
// wanting to …", "declined to comment and aides later said …"; on train
// every such content ends there).
func (f *finder) muteEnd(k, end int) int {
	d := f.d
	if !d.is(k, "to") || !d.word(k+1) || !muteVerbs[d.lw(k+1)] {
		return -1
	}
	c := k + 2
	if d.is(c, "further") {
		c++
	}
	if c < end && d.toks[c].quote == 0 && (d.is(c, ",") || d.is(c, "and") || d.is(c, "but")) {
		return c
	}
	return -1
}

// infinitiveRetry reads a cue phrase "declined to speculate", "refused
// to comment on" that found no content of its own ("declined to
// speculate." "declined to speculate on a plan", a short object after a
// rare phrase) as its first verb with the infinitive for content:
// "declined" + "to speculate on a plan". PolNeAR marks the refusal that
// way as a rule (train: "declined"/"refused" + "to …" 80 times, the
// longer phrase mostly where the lexicon learned it), and a refusal is
// reported even when nothing follows the infinitive.
func (f *finder) infinitiveRetry(a *attr, s sent) bool {
	d := f.d
	k := a.cueS
	if a.cueE-k < 3 || !d.is(k+1, "to") || !d.word(k+2) || d.toks[k+2].quote != 0 {
		return false
	}
	if n, _ := d.cueMatch(k + 2); n == 1 && d.in(k+3, wcDeterminer) {
		// "refused to discuss the matter": a transitive infinitive is a
		// report of its own; "refused to comment on …" is not one.
		return false
	}
	fe, ok := infinitiveCues[d.lw(k)]
	if !ok || fe.Prec < 0.5 {
		return false
	}
	b := attr{cueS: k, cueE: k + 1, entry: fe, sent: a.sent, srcS: -1, inherit: -1}
	if !f.preposed(&b, s) || f.phrasalCue(&b) || f.perceivedObject(&b) {
		return false
	}
	*a = b
	return true
}

// innerIndefinite says whether the phrase [b, j] ends in an indefinite
// noun phrase of at most four words ("The lawsuit filed by a former
// staffer", "the interest of an entrepreneur") that a naming participle
// after j names: "… a former staffer named Ada Holm" names the staffer,
// no one speaks (train: no such "named" is a gold cue).
func (f *finder) innerIndefinite(b, j int) bool {
	d := f.d
	for k := j; k > b && k > j-4; k-- {
		if !d.word(k) || d.toks[k].quote != 0 {
			return false
		}
		if d.is(k, "a") || d.is(k, "an") {
			return k < j
		}
	}
	return false
}

// weekdayParticiples report what was made public when they follow their
// noun with a weekday: "the plan rejected on Monday", "a draft approved
// Saturday".
var weekdayParticiples = setOf("announced rejected approved unveiled")

// announcedThing reads "A $160 billion merger announced Monday would …",
// "The deal, announced Friday, must …", "the plan rejected on Monday
// was …": a noun phrase, then a weekdayParticiple with only a weekday
// after it, and the clause's own verb after that, or a comma closing
// it. What was made public is the noun phrase, its author unnamed
// (train: 5 of the 6 such phrases are gold, content the phrase, no
// source; "a poll released Monday" is not, and "released" is left out).
func (f *finder) announcedThing(a *attr, s sent) bool {
	d := f.d
	k := a.cueS
	if a.cueE > k+3 || !d.inLex(k, lcWeekdayParticiple) || !d.word(k+1) || !isWeekday(d.lw(k+1)) && !(d.is(k+1, "on") && d.word(k+2) && isWeekday(d.lw(k+2))) {
		return false
	}
	t := k + 2
	if d.is(k+1, "on") {
		t++
	}
	verb := d.word(t) && (d.in(t, wcAuxVerb) || d.in(t, wcBeForm))
	if !verb && !d.is(t, ",") {
		return false // "The guild announced Monday a new toll": a finite verb and its object
	}
	j := k - 1
	if d.is(j, ",") {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].cap || d.toks[j].quote != 0 || d.in(j, wcAuxVerb) || d.in(j, wcBeForm) || d.in(j, wcPronoun) || isPast(d.lw(j)) || lyAdverb(d.lw(j)) || d.in(j, wcNPStop) {
		return false
	}
	b := d.npBack(j, s.ts)
	if b < 0 || !d.is(b, "a") && !d.is(b, "an") && !d.is(b, "the") && !d.is(b, "this") {
		return false
	}
	if !verb && !d.is(k-1, ",") && !(b > s.ts && d.word(b-1) && d.in(b-1, wcVenuePrep)) {
		// A comma after the weekday closes the participle only inside
		// commas ("The deal, announced Friday, …") or a fronted phrase
		// ("In new ads announced Wednesday, …").
		return false
	}
	sp, ok := f.contentSpan(b, j+1)
	if !ok {
		return false
	}
	a.cueE = k + 1 // the weekday is when, not part of the cue
	a.frags = [][2]int{sp}
	a.srcS, a.srcE, a.coreE = -1, -1, -1
	a.venueS, a.venueE = k+1, k+1
	a.conf = 0.6
	return true
}

// judgedByPreps map a judging participle to the preposition of the
// charge it takes after its agent: "was criticized by rivals for …",
// "was accused by a reporter of …".
var judgedByPreps = map[string]string{
	"criticized": "for", "praised": "for", "blamed": "for", "attacked": "for",
	"faulted": "for", "lauded": "for", "chided": "for", "slammed": "for",
	"condemned": "for", "hailed": "for", "mocked": "for", "ridiculed": "for",
	"accused": "of", "suspected": "of",
}

// judgedByAgent reads "Holm has been criticized by her rivals for
// failing to …": a passive judgement with its agent and the charge.
// PolNeAR takes the clause whole as content, subject and cue included,
// and the agent as source (train: 4 of 5 such clauses).
func (f *finder) judgedByAgent(a *attr, s sent, from int) bool {
	d := f.d
	k := a.cueS
	if !d.inLex(k, lcJudgedBy) {
		return false // the look-up below only for judgedByPreps' words
	}
	prep, ok := judgedByPreps[d.lw(k)]
	if !ok || !d.is(k+1, "by") || f.passiveBe(k, s.ts) < 0 {
		return false
	}
	// The agent runs to the charge's preposition, maybe past an aside:
	// "by a reporter, who worked at the paper, of grabbing …".
	p := -1
	for i := k + 3; i < s.te && i < k+20; i++ {
		if d.toks[i].quote != 0 || d.is(i, ";") {
			return false
		}
		if d.is(i, prep) {
			p = i
			break
		}
	}
	if p < 0 {
		return false
	}
	ae := p
	if d.is(ae-1, ",") {
		ae--
	}
	if !d.agentHead(k+2, ae) {
		return false
	}
	st, _, ok := f.passiveClauseSubject(k, s, from)
	if !ok {
		return false
	}
	sp, ok := f.contentSpan(st, f.contentEnd(p+1, s.te))
	if !ok {
		return false
	}
	a.srcS, a.srcE, a.coreE = k+2, ae, ae
	a.frags = [][2]int{sp}
	a.venueS, a.venueE = sp[1], sp[1]
	a.conf = 0.6
	return true
}
