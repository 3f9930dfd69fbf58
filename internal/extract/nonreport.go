package extract

import "strings"

// Gates that run once every layout has spoken (dropNonReports): readings
// whose cue word reports nothing: a noun phrase's head or modifier ("The
// added security"), an agentless clause closed at a comma, a content that
// is only a time ("a few days later"), a broadcast "show", words inside an
// embedded post, growth ("adding to her lead"), standing ("support
// among"), an unrealised passive ("will be decided by"), the filler "you
// know,". Each is right on PolNeAR train less often than F1/2 (the count
// is at each gate).

// articles open a noun phrase.
var articles = setOf("the a an")

// determinerCue says whether an attribution with no source has its cue
// right after "the", "a" or "an" ("The views of Mrs. Clinton …", "An
// estimated 200 officers", "The added security"): the cue word is the
// head or a modifier of a noun phrase that is the sentence's subject, not
// a report (2 of 17 such readings are gold on PolNeAR train).
func (f *finder) determinerCue(a *attr) bool {
	return a.cueS > 0 && f.d.inLex(a.cueS-1, lcArticle) && f.unsourced(a)
}

// npGradeWords grade or sort the noun an article opens: "the most", "a
// larger", "the various", "the best" (a superlative: "has the best plan
// to …" names a plan, not a planner).
var npGradeWords = setOf("most more least less various large larger best worst biggest greatest largest highest lowest strongest clearest")

// gradedModifierCue says whether the source of a is only an article and a
// grade word right before the cue ("a large pledged delegate lead", "the
// most telling promise", "a larger say than …", "the various accusations
// of …"), or only a determiner that never stands alone (boundDeterminers):
// the cue modifies or heads the noun phrase those words open, and no one
// is reported. The noun-phrase layout's own readings are left to its
// learned record (npgen counts them), so that the record stays what this
// gate does not touch.
func (f *finder) gradedModifierCue(a *attr) bool {
	d := f.d
	k := a.cueS - 1
	if a.np || a.srcS < 0 || a.srcE != a.cueS || k < 0 || d.toks[k].quote != 0 {
		return false
	}
	if a.srcS == k && (boundDeterminers[d.lw(k)] || f.possessedSubjectNoun(a)) {
		return true
	}
	return a.srcS == k-1 && npGradeWords[d.lw(k)] && d.inLex(a.srcS, lcArticle)
}

// boundDeterminers open a noun phrase and never stand for one: "Such
// sentiments hung in the air", "Such a maneuver would …", "No wonder
// Lee said …". Alone before a cue they are no source, and the cue is
// the noun they open.
var boundDeterminers = setOf("such no every")

// possessedSubjectNoun says whether the source of a is a lone possessive
// determiner whose one-word cue runs straight into a finite verb: "His
// targets included Colin Powell", "Their calls intensified after …".
// The cue is the noun the determiner opens, the subject of that verb.
// "her" is left out: it is an object pronoun too ("told her included").
func (f *finder) possessedSubjectNoun(a *attr) bool {
	d := f.d
	k := a.cueE
	if a.cueE != a.cueS+1 || d.lw(a.srcS) == "her" || !d.in(a.srcS, wcPossPronoun) || k >= len(d.toks) || a.frags[0][0] < int(d.toks[k-1].e) {
		return false // "which in his view failed …": a frame inside its content
	}
	return d.word(k) && d.toks[k].quote == 0 && !d.toks[k].cap && (d.in(k, wcAuxVerb) || isPast(d.lw(k)))
}

// unsourced says whether a will be reported with no source mention.
func (f *finder) unsourced(a *attr) bool {
	if a.inherit >= 0 {
		return false
	}
	return a.srcS < 0 || a.srcE <= a.srcS || f.bareArticle(a) || f.agentless(a)
}

// closedPassive says whether an attribution with no source has a passive
// cue that closes its clause before a comma or a full stop with no
// quotation after it ("No deal was announced, and …", "The price was not
// disclosed, though …"): the subject is what was acted on and the agent
// is unknown, so no one's words are reported (1 of 10 such readings is
// gold on PolNeAR train; "was asked, “…”" opens a question, kept).
func (f *finder) closedPassive(a *attr) bool {
	d := f.d
	if a.cueE-a.cueS < 2 || !pastParticiple(d.lw(a.cueE-1)) {
		return false
	}
	if !d.is(a.cueE, ",") && !d.is(a.cueE, ".") && !d.is(a.cueE, ";") {
		return false
	}
	return !f.isOpen(a.cueE+1) && f.unsourced(a)
}

// contentTimeNouns measure or repeat a stretch of time: "for more than
// 45 minutes", "daily".
var contentTimeNouns = setWith(timeNouns, "minute daily")

// timeFillers may stand in a time phrase besides its time words: "a few
// days later", "more than 45 minutes", "back in the 1980s".
var timeFillers = setOf("this last next a an the few several more than about nearly some on in at of for back before after")

// timeContent says whether a content without quotation marks is only a
// time phrase ("as Breitbart reported a few days later", "who spoke for
// more than 45 minutes", "asked for the second time"): the cue had no
// object, and the phrase is when, how long or how often, not what was
// said (none of 5 such readings is gold on PolNeAR train).
func (f *finder) timeContent(a *attr) bool {
	d := f.d
	if len(a.frags) != 1 {
		return false
	}
	seen := false
	for k := d.tokFrom(a.frags[0][0]); k < len(d.toks) && int(d.toks[k].s) < a.frags[0][1]; k++ {
		t := &d.toks[k]
		if t.quote != 0 {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		w := d.lw(k)
		digit := w[0] >= '0' && w[0] <= '9'
		switch {
		case digit && strings.HasSuffix(w, "s"): // a decade: "the 1980s"
			seen = true
		case d.inLex(k, lcTimeFiller|lcOrdinalWord) || digit:
		case contentTimeNouns[w] || d.in(k, wcTimeWord) || strings.HasSuffix(w, "s") && contentTimeNouns[w[:len(w)-1]]:
			seen = true
		default:
			return false
		}
	}
	return seen
}

// showKinds name a kind of broadcast before "show": "talk shows", "the
// morning shows", "TV show".
var showKinds = setOf("tv talk morning evening daily reality cable radio comedy late-night")

// broadcastShow says whether a "show" or "shows" cue is the noun of a
// broadcast: after a kind of show ("talk shows", "The Daily Show"), a
// possessive ("their shows"). The verb would follow a subject, not
// these (none of 6 such readings is gold on PolNeAR train; "news" and
// "game" are left out: "ABC News shows", "footage from the game shows").
func (f *finder) broadcastShow(a *attr) bool {
	d := f.d
	k := a.cueS
	if a.cueE != k+1 || !d.is(k, "show") && !d.is(k, "shows") || !d.word(k-1) {
		return false
	}
	w := d.lw(k - 1)
	return showKinds[w] || possPronouns[w]
}

// embeddedPost says whether the cue word of a stands inside an embedded
// post ("<tweet author=…>Iron Mike Tyson was not asked to speak …"):
// the post is the words of its author, which the dash byline after it
// reports; PolNeAR marks no second report inside it (2 of 15 such
// readings are gold on PolNeAR train).
func (f *finder) embeddedPost(a *attr) bool {
	d := f.d
	if !d.word(a.cueS) {
		return false // the byline's dash
	}
	ts := d.paras[d.toks[a.cueS].para].ts
	return d.is(ts, "<") && d.is(ts+1, "tweet") && a.cueS > ts+1
}

// addForms are the forms of "add".
var addForms = setOf("add adds added adding")

// addedTo says whether an "add" cue is the phrasal "add to" with its
// content after it ("…, adding to her delegate lead", "The hiccup adds
// to the drama"): something grew, nothing was said. A quotation before
// the cue ("“…,” Trump added to People") keeps its report (1 of 9 such
// readings is gold on PolNeAR train, that one).
func (f *finder) addedTo(a *attr) bool {
	d := f.d
	return d.inLex(a.cueE-1, lcAddForm) && d.is(a.cueE, "to") && len(a.frags) > 0 && a.frags[0][0] >= int(d.toks[a.cueE-1].e)
}

// standingNouns name the backing a candidate enjoys.
var standingNouns = setOf("support backing")

// standingAmong says whether a cue ends in "support" or "backing" before
// "among" ("has strong support among evangelicals", "his 34% support
// among women"): the noun tells how popular the subject is, not what
// anyone said or favours (none of 5 such readings is gold on PolNeAR
// train).
func (f *finder) standingAmong(a *attr) bool {
	return f.d.inLex(a.cueE-1, lcStandingNoun) && f.d.is(a.cueE, "among")
}

// unrealizedPassive says whether the cue is a participle after a bare
// "be" with its agent after "by" ("will be decided by a runoff", "was to
// be issued by the Labor Department", "more likely to be scared by his
// nomination"): an act still to come or supposed, by an agent that is
// mostly no speaker (none of 6 such readings is gold on PolNeAR train;
// "was"/"were" passives are kept).
func (f *finder) unrealizedPassive(a *attr) bool {
	d := f.d
	return a.cueE == a.cueS+1 && d.is(a.cueS-1, "be") && d.is(a.cueE, "by") && pastParticiple(d.lw(a.cueS))
}

// discourseKnow says whether the cue is the filler "you know," ("You
// know, I got in trouble"): the speaker holds the floor, no one's
// knowledge is reported (1 of 6 such readings is gold on PolNeAR train).
func (f *finder) discourseKnow(a *attr) bool {
	d := f.d
	return a.cueE == a.cueS+1 && d.is(a.cueS, "know") && d.is(a.cueS-1, "you") && d.is(a.cueE, ",")
}

// objectPreps take a noun phrase as their object.
var objectPreps = setOf("in on to for of from at into about against under over through among like upon within")

// objectParticiple says whether the source is the object of a
// preposition with a past participle right after it ("In an article
// posted on the site, …", "to a magazine focused on trade", "of the
// earnings spectrum declined"): the participle modifies the noun (the
// article was posted) or belongs to another clause, and the noun is no
// one reporting (3 of 12 such contents are gold on PolNeAR train, none
// of their sources). A "that" clause after the participle ("with many
// worried that …") keeps its belief, and so does "with" ("With many
// voters taken aback by …"), whose noun is the participle's subject.
func (f *finder) objectParticiple(a *attr) bool {
	d := f.d
	if a.srcS < 0 || a.srcE != a.cueS || !strings.HasSuffix(d.lw(a.cueS), "ed") || d.is(a.cueE, "that") {
		return false
	}
	if w := d.lw(a.cueE); a.cueE == a.cueS+1 && !d.in(a.cueS, wcNamingVerb) && !d.inLex(a.cueS, lcNamingParticiple) && d.word(a.cueE) && (determiners[w] || pronouns[w]) {
		// A modifying participle is passive and takes no object (but a
		// name: "a city called the Mistake"): one with an object is the
		// clause's verb, its subject run into a fronted phrase ("At the
		// rally supporters claimed the count was wrong").
		return false
	}
	ms := f.mentionStart(a)
	return ms > 0 && objectPreps[d.lw(ms-1)]
}

// perceiveKnow are verbs whose generic "you" reports no one's view:
// "you can see the scope of the problem", "You know times have changed
// when …" (none of 8 such readings is gold on PolNeAR train; "Do you
// think …" asks a real hearer and is kept).
var perceiveKnow = setOf("see saw seen know knew")

// genericYou says whether the source is a lone "you" and the cue ends in
// one of perceiveKnow.
func (f *finder) genericYou(a *attr) bool {
	d := f.d
	return a.srcS >= 0 && a.srcE == a.srcS+1 && pronounStem(d.lw(a.srcS)) == "you" && perceiveKnow[d.lw(a.cueE-1)]
}

// imperativeSource says whether the source is an imperative's negated
// auxiliary ("Don't forget that …", "Never mind that …"): the sentence
// addresses the reader and names no speaker. Train gold marks such a
// content, when it does, with no source.
func (f *finder) imperativeSource(a *attr) bool {
	d := f.d
	if a.srcS < 0 || a.srcE != a.srcS+1 || a.inherit >= 0 || !d.toks[a.srcS].cap {
		return false
	}
	w := strings.ReplaceAll(d.lw(a.srcS), "’", "'")
	return strings.HasSuffix(w, "n't") || w == "never"
}

// worthFormula says whether the source is "it's worth" before a gerund
// cue ("It's worth noting that …"): the writer's comment on the content,
// which train gold never marks as a report.
func (f *finder) worthFormula(a *attr) bool {
	d := f.d
	return a.srcS >= 0 && a.inherit < 0 && a.srcE == a.cueS && d.is(a.srcE-1, "worth") && pronounStem(d.lw(a.srcS)) == "it"
}

// dropNonReports removes attributions the gates above reject, unless
// another attribution takes its speaker from it.
func (f *finder) dropNonReports() {
	for i := range f.attrs {
		if a := &f.attrs[i]; f.imperativeSource(a) {
			a.srcS, a.srcE, a.coreE = -1, -1, -1
		}
	}
	f.dropAttrsWhere(func(a *attr) bool {
		return f.determinerCue(a) || f.gradedModifierCue(a) || f.closedPassive(a) || f.timeContent(a) || f.broadcastShow(a) || f.embeddedPost(a) || f.addedTo(a) || f.standingAmong(a) || f.unrealizedPassive(a) || f.discourseKnow(a) || f.objectParticiple(a) || f.genericYou(a) || f.namingParticiple(a) || f.whenAskedContent(a) || f.participleBeforeVerb(a) || f.anonymityFormula(a) || f.wordnetObject(a) || f.worthFormula(a)
	})
}

// wordnetObject says whether a cue that only WordNet's prior lends
// (wordnetOnly) reads something other than a clause or a quotation:
// "snapped a photo", "were savvy enough", "a dark and foreboding vision".
// The prior stands for the verbs' that-clause frame (wngen picks them by
// it); their other senses take objects or are adjectives, and train,
// which never marks them, gives no figures to trust them there.
func (f *finder) wordnetObject(a *attr) bool {
	d := f.d
	if len(a.frags) != 1 || a.cueE <= a.cueS || !d.inLex(a.cueE-1, lcWordnetOnly) {
		return false
	}
	k, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
	if k >= len(d.toks) || d.toks[k].quote != 0 || f.isOpen(k) {
		return false
	}
	w := d.lw(k)
	return !(w == "that" || w == "whether" || w == "if" || whWords[w] || f.newClause(k, e))
}

// whenAskedContent says whether a content after its cue opens with "when
// asked" ("refused when asked to resign", "declined, when asked to name
// one, and left"): the clause is the circumstance of the act, and what
// was asked is whenAsked's to read. whenAsked drops such a reading when
// it reads the question itself; a request inside the sentence it leaves
// unread (PolNeAR marks 0 of 2 on train), and leftoverCues would read the
// cue again, so the reading goes here.
func (f *finder) whenAskedContent(a *attr) bool {
	d := f.d
	if len(a.frags) != 1 {
		return false
	}
	k := d.tokFrom(a.frags[0][0])
	return k+1 < len(d.toks) && k >= a.cueE && int(d.toks[k].s) == a.frags[0][0] && d.is(k, "when") && d.is(k+1, "asked") && d.toks[k].quote == 0
}

// dropNamingParticiples removes the readings of participles that name or
// judge the noun before them ("a club known as …", "a PAC called …"). It
// runs before leftoverCues as well as in dropNonReports: their content
// swallowed the clause's own verb ("The activist known as Ladybird wrote
// that …"), which leftoverCues may then read; and leftoverCues may read
// the participle again, which dropNonReports drops.
func (f *finder) dropNamingParticiples() {
	f.dropAttrsWhere(f.namingParticiple)
}

func (f *finder) namingParticiple(a *attr) bool {
	return f.participialNaming(a) || f.reducedRelative(a)
}

// dropAttrsWhere removes the attributions drop rejects, unless another
// attribution takes its speaker from it.
func (f *finder) dropAttrsWhere(drop func(a *attr) bool) {
	var inherited []bool
	for i := range f.attrs {
		if h := f.attrs[i].inherit; h >= 0 {
			if inherited == nil {
				// The finder's array, reused: the drop passes run one
				// after another, and no drop predicate calls this.
				f.inherited = resize(f.inherited, len(f.attrs))
				clear(f.inherited)
				inherited = f.inherited
			}
			inherited[h] = true
		}
	}
	var into []int
	for i := range f.attrs {
		a := &f.attrs[i]
		if (inherited == nil || !inherited[i]) && a.cueS >= 0 && drop(a) {
			if into == nil {
				into = identity(len(f.attrs))
			}
			into[i] = -1 // no one inherits from it
		}
	}
	if into != nil {
		f.compactAttrs(into)
	}
}

// participleBeforeVerb: "The claims stated in the filing were false",
// "the figures cited in the memo are old". A past participle right
// after its noun phrase, then a prepositional phrase, then a finite
// verb is a reduced relative: the verb after the phrase is the
// sentence's own, and the noun phrase says nothing. A second noun
// phrase before the verb ("said in a statement the plan was …") opens a
// clause instead.
func (f *finder) participleBeforeVerb(a *attr) bool {
	d := f.d
	c := a.cueS
	if a.srcS < 0 || a.srcE != c || a.cueE != c+1 || !d.word(c) || d.toks[c].cap || !isPast(d.lw(c)) || d.in(c, wcSayVerb) {
		return false
	}
	if w := d.lw(c - 1); !d.word(c-1) || d.toks[c-1].cap || pronouns[pronounStem(w)] || relWords[w] {
		return false // "they stated in …", "which stated in …", "Lee wrote in …": a clause
	}
	p := c + 1
	if w := d.lw(p); !d.word(p) || !venuePreps[w] && !modifierLinks[w] || w == "to" || clauseSubs[w] || d.toks[p].quote != 0 {
		return false // "decided to run", "wrote after the report was …"
	}
	i := p + 1
	if d.in(i, wcDeterminer) {
		i++
	}
	for n := 0; n < 3 && i < len(d.toks) && d.word(i) && !d.in(i, wcDeterminer) && !d.in(i, wcPronoun); n, i = n+1, i+1 {
		if n > 0 && d.in(i, wcBeForm) {
			return true
		}
	}
	return false
}

// expectedSubjects clears the source of a reading whose cue ends in
// a passive "expected" right before "to" ("He … but is not expected to
// meet the bishop", "Courted by donors and widely expected to be …"):
// the subject is what is expected, and those who expect it go unnamed. PolNeAR marks no source on all 70
// such cues on train; the raising layout reads most of them so, and this
// catches the readings other layouts gave the subject. A report verb
// after "to" ("she's expected to argue that …") is the subject's own
// report and keeps it.
func (f *finder) expectedSubjects() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		v := a.cueE - 1
		if a.srcS < 0 || a.inherit >= 0 || a.cueS < 0 || v < 1 || !d.is(v, "expected") || !d.is(a.cueE, "to") || d.cueAt(a.cueE+1) > 0 {
			continue
		}
		if w := d.lw(v - 1); !d.word(v-1) || !beForms[w] && !negatedBe(w) && !negations[w] && !passiveAdverbs[w] && !lyAdverb(w) {
			continue // "The aides expected to win": they expect
		}
		a.srcS, a.srcE, a.coreE = -1, -1, -1
	}
}

// followingLead says whether a content is only the phrase that announces
// a text to come: "released the following statement:", "describes
// itself in the following way:". The announced text, after the colon,
// is the content (colonParagraph reads it); the phrase itself PolNeAR
// never marks (0 of 3 on train).
func (f *finder) followingLead(a *attr) bool {
	d := f.d
	if len(a.frags) != 1 {
		return false
	}
	// "the following" first: asked of every attribution (twice), it
	// spares nearly all of them the content's token search.
	j := a.cueE
	if d.inLex(j, lcReflexive) || d.is(j, "it") || d.is(j, "them") {
		j++ // "describes itself in the following way"
	}
	if d.is(j, "in") || d.is(j, "as") {
		j++
	}
	if !d.is(j, "the") || !d.is(j+1, "following") {
		return false
	}
	k, e := d.tokFrom(a.frags[0][0]), d.tokFrom(a.frags[0][1])
	if k < a.cueE || k >= len(d.toks) || d.toks[k].quote != 0 {
		return false
	}
	for j += 2; j < a.cueE+8 && d.word(j) && !d.toks[j].cap; j++ {
	}
	return d.is(j, ":") && e <= j+1
}

// dropFollowingLeads drops the contents followingLead finds. The reading
// of the announced text after the colon inherits its speaker from the
// lead; it takes the lead's own mention and heir instead.
func (f *finder) dropFollowingLeads() {
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || !f.followingLead(a) {
			continue
		}
		for j := i + 1; j < len(f.attrs); j++ {
			if h := &f.attrs[j]; h.inherit == i {
				h.inherit = a.inherit
				if h.srcS < 0 {
					h.srcS, h.srcE, h.coreE = a.srcS, a.srcE, a.coreE
				}
			}
		}
	}
	f.dropAttrsWhere(f.followingLead)
}
