package extract

import (
	"math"
	"strings"
	"unicode"
)

var (
	pronouns    = setOf("he she they we i you it who")
	determiners = setOf("one the a an his her its their our my your this these those some many several numerous countless two three four five six both all each another other most few")
	// titleWords name offices and roles; they may stand lower case inside
	// a source phrase ("a German government spokesman").
	titleWords = setOf("taoiseach tanaiste tánaiste mp mps mep meps td tds attorney-general solicitor-general director-general spokesmen spokeswomen aides ministers senators governors candidates nominees representatives congressmen members president president-elect vice chancellor minister prime secretary secretary-general spokesman spokeswoman spokesperson envoy governor senator sen. rep. gov. mr. mrs. ms. dr. leader chairman chairwoman chair ceo director ambassador mayor general gen. king queen pope judge justice attorney representative congressman congresswoman candidate nominee premier chief head commissioner adviser advisor aide official officials member lawmaker lawmakers speaker deputy foreign defense defence state press national security interior finance economy senior top former acting local regional government campaign party house white spokespeople source sources analyst analysts expert experts diplomat diplomats officer officers executive strategist strategists manager adviser advisers advisors staff staffer operative operatives pollster pollsters governor-elect leaders professor economist historian lawyer reporter editor columnist correspondent anchor host author founder co-founder researcher scientist pastor rabbi bishop")
	// leadStop are capitalised words that begin a sentence or clause but
	// are not part of a name, finite forms of "be" among them ("Is the
	// campaign …?"; "Be" may close a title-case headline).
	leadStop = setOf("is was are were hours days weeks months years minutes moments decades having being but and or by to without among just simply whenever whichever wherever however meanwhile then so yet still also in on at for with after before when while as if because although though earlier later today yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december last this next asked speaking now instead indeed moreover separately elsewhere there here that what which where why how")
	// standalone words that act as a whole source: "another said".
	standalone  = setOf("another others some many most both one several few all everyone someone")
	quantifiers = setOf("one two three four five six several many some most few")
	// skipBetween may stand between a source and its cue: "Macron has also said".
	// "only", "soon" and "yet" too ("Congress only voted for", "has not yet
	// endorsed"): PolNeAR never ends a mention on them (0 of ~10 such
	// predicted mentions on train were gold).
	skipBetween = setOf("did does do can could may might should must has have had will would also is was are were later previously then once again repeatedly recently reportedly publicly privately already still just first often even further quickly immediately never always subsequently initially himself herself themselves itself had've 's long only soon yet")
)

func (d *doc) word(k int) bool { return uint(k) < uint(len(d.toks)) && d.toks[k].kind == tkWord }

func (d *doc) capWord(k int) bool {
	return d.word(k) && d.toks[k].cap && d.toks[k].quote == 0
}

// headOK says whether token k can end a source phrase.
func (d *doc) headOK(k int) bool {
	if !d.word(k) || d.toks[k].quote != 0 {
		return false
	}
	w := d.lw(k)
	if d.in(k, wcPronoun|wcStandalone) {
		return true
	}
	if d.toks[k].cap {
		// A capitalised "-ing" word opens a participle clause where a
		// clause starts, unless a name runs into it or it follows a
		// quotation: "“…,” Ebeling said".
		return (!d.in(k, wcLeadStop) || d.allCaps(k) || d.modalName(k)) && !(isGerund(w) && !d.ingName(k) && (k == 0 || !d.capWord(k-1) && d.toks[k-1].kind != tkDQ && d.cueAt(k-1) == 0) && d.clauseInitial(k))
	}
	return d.in(k, wcTitleWord|wcHeadNoun) || w == "office"
}

// allCaps says whether word k is written in capitals, as a name is
// ("USA TODAY"), not a sentence-opening "Today".
func (d *doc) allCaps(k int) bool {
	t := &d.toks[k]
	if t.kind != tkWord || t.e-t.s < 3 {
		return false
	}
	for _, c := range d.r[t.s:t.e] {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// npBack finds the source phrase ending at token j, not before token lim.
// It returns its first token, or -1.
func (d *doc) npBack(j, lim int) int {
	if j < lim || d.toks[j].quote != 0 {
		return -1
	}
	if d.is(j, ")") {
		// "Sen. Elizabeth Warren (D-MA) said": the party tag belongs to
		// the name.
		for k := j - 1; k > lim && k > j-8; k-- {
			if d.is(k, "(") {
				return d.npBack(k-1, lim)
			}
		}
		return -1
	}
	if j-2 >= lim && d.word(j) && d.is(j-1, ",") && nameSuffixes[d.lw(j)] && d.capWord(j-2) {
		// "Bob Lee, Jr. said": the suffix set off by a comma closes the
		// name, no apposition of its own.
		if b := d.npBack(j-2, lim); b >= 0 {
			return b
		}
	}
	if !d.headOK(j) {
		if b := d.detPhraseBack(j, lim); b >= 0 {
			return b
		}
		return d.bareSubjectBack(j, lim)
	}
	w := d.lw(j)
	if w == "percent" && j-1 >= lim && d.word(j-1) && isNumberWord(d.lw(j-1)) {
		// "About 9 percent said" where a lexicon learned "percent" as a
		// head noun: the share runs back over its number and quantity
		// words, as bareSubjectBack reads it when it is no head.
		if qb := d.quantityBack(j-1, lim); qb >= 0 {
			return qb
		}
	}
	if d.in(j, wcPronoun) {
		if w == "who" && !(d.is(j-1, ",") && (d.capWord(j-2) || d.word(j-2))) {
			return -1 // "who" stands for a named antecedent only
		}
		return j
	}
	if d.floatingQuantifierAt(j, lim) {
		// "Rubio and Bush both said", "they all agree": the floating
		// quantifier closes the phrase it follows; mentionCut ends the
		// mention before it.
		if b := d.npBack(j-1, lim); b >= 0 && b <= j-1 {
			return d.coordBack(b, lim)
		}
	}
	if d.in(j, wcStandalone) && (!d.toks[j].cap || j == lim || !d.word(j-1)) {
		if j > lim && (d.is(j-1, "the") || d.is(j-1, "a")) && d.toks[j-1].quote == 0 {
			return j - 1 // "The others say"
		}
		return j
	}
	s := j
	for k := j - 1; k >= lim && j-k < 10; k-- {
		t := &d.toks[k]
		if t.quote != 0 {
			break
		}
		lw := d.lw(k)
		if t.kind == tkPoss {
			if d.word(k - 1) {
				s = k
				continue
			}
			break
		}
		if d.nameJoin(k) {
			s = k // "a CNN/ORC poll", "Procter & Gamble"
			continue
		}
		if t.kind != tkWord {
			break
		}
		if !t.cap && d.nameParticle(k) && (d.capWord(k+1) || d.nameParticle(k+1)) && (d.capWord(k-1) || d.nameParticle(k-1) && d.capWord(k-2)) {
			s = k // "Ursula von der Leyen", "Lula da Silva": a particle inside a name
			continue
		}
		if d.demonstrativeSubject(k, j, lim) {
			s = k // "That person said"
			break
		}
		if d.in(k, wcDeterminer) {
			if lw == "that" {
				break // a complementizer, not a determiner
			}
			s = k
			if d.in(k, wcQuantifier) || lw == "other" {
				continue // "many other polls", "The other man"
			}
			break
		}
		if (lw == "of" || lw == "and" || lw == "for" || lw == "on" && orgHeads[d.lw(k-1)]) && d.capWord(k-1) && d.capWord(k+1) {
			s = k
			continue
		}
		if t.cap {
			if d.in(k, wcLeadStop) && !d.allCaps(k) {
				break
			}
			s = k
			continue
		}
		if d.in(k, wcTitleWord) || lw == "local" || lw == "republican" || lw == "democratic" {
			s = k
			continue
		}
		if d.in(k, wcKnownHead) && j-k < 4 && !d.in(k, wcNPStop) && !d.strongCue(k) && !contactHeads[lw] {
			s = k
			continue
		}
		break
	}
	// Drop leading words that open a clause rather than a name.
	for s < j && d.toks[s].cap && d.in(s, wcLeadStop|wcFocusOpener) && !d.demonstrativeSubject(s, j, lim) {
		s++
	}
	if d.is(s, "and") || d.is(s, "of") {
		s++
	}
	// "a new poll", "public health experts": lower-case modifiers back to
	// a determiner or the start of the sentence.
	if !d.in(j, wcPronoun) && (!d.in(s, wcDeterminer) || d.shareDenominator(s, lim)) && !(d.toks[s].cap && d.inLex(s-1, lcContactHead)) {
		k := s - 1
		for k >= lim && s-k <= maxLeadMods && (d.leadModifier(k) || d.gradingAt(k, lim) && d.possAt(k-1)) {
			k--
		}
		if k < s && k > lim && d.possAt(k) {
			// "Hillary Clinton’s right-hand woman", "Sanders’ aides": the
			// possessor belongs to the phrase, as PolNeAR marks it.
			if pb := d.npBack(k-1, lim); pb >= 0 && pb < k {
				return pb
			}
		}
	}
	if !d.in(j, wcPronoun) && (!d.in(s, wcDeterminer) || d.shareDenominator(s, lim)) && !(d.toks[s].cap && d.inLex(s-1, lcContactHead)) {
		// A name's words and joins ("USC Dornsife/Los Angeles Times")
		// count as one modifier.
		k, mods := s-1, 0
		for k >= lim && s-k <= 3*maxLeadMods && (d.leadModifier(k) || d.gradingAt(k, lim) || d.nameJoin(k)) {
			if !(d.nameJoin(k) || d.capWord(k) && (d.capWord(k+1) || d.nameJoin(k+1))) {
				mods++
			}
			if mods > maxLeadMods {
				break
			}
			k--
		}
		if mb := d.monthDayBack(k, lim); mb >= 0 && k < s {
			k = mb - 1 // "The March 3, 2016 report": the full date modifies the noun
		}
		for i := s - 1; i >= lim && i >= k; i-- {
			if d.is(i, "of") || d.is(i, "in") {
				// "Nine in 10 Democratic registered voters", "about half
				// of Democratic primary voters": a share of the group.
				if qb := d.quantityBack(i-1, lim); qb >= 0 {
					return qb
				}
				break
			}
		}
		switch {
		case k < s-1 && k >= lim && d.word(k) && d.in(k, wcDeterminer) && !d.in(k, wcQuantifier) && d.lw(k) != "that" && d.lw(k) != "this":
			s = k
		case k < s-1 && k >= lim && d.word(k) && d.in(k, wcQuantifier) && d.quantifiedPlural(k, j, lim):
			s = k // "many political experts", "Several prominent GOP elders"
		case k < s-1 && k == lim-1 && k+1 == lim:
			s = k + 1
		case k < s-1 && k > lim && (d.toks[k].kind == tkDQ || d.is(k, ",")) && d.word(k+1) && d.toks[k+1].cap:
			// "…,” DoubleLine Capital portfolio manager Bonnie Baha
			// said": the phrase runs back to the quotation or comma.
			s = k + 1
		case k < s-1 && k >= lim && d.modifiersOpen(k+1, lim):
			s = k + 1
		}
	}
	return s
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

// contactHeads head a noun phrase that a relative clause without "that"
// follows ("the reason President Obama is seeking …", "a point Lee
// conceded", "the ones the campaign hopes to register"): the name after
// them is the clause's subject, not a name they describe, and PolNeAR
// marks that subject as the source. Nouns naming an utterance
// (statement, message, remark, claim) are left out: they are speakers in
// their own right ("The message Lee sent said …").
var contactHeads = setOf("reason comment decision interview way thing things point moment time day place places argument idea promise question issue word words case fact kind sort story plan proposal policy reasons ways times comments days issues ones one")

// floatingQuantifierAt says whether token j is a "both" or "all" floating
// after the phrase it quantifies: "Rubio and Bush both said", "they all
// agree", "the ministers all urged". PolNeAR ends the mention before it
// (21 of 25 on train).
func (d *doc) floatingQuantifierAt(j, lim int) bool {
	if j-1 < lim || !(d.is(j, "both") || d.is(j, "all")) || d.toks[j].cap || d.toks[j].quote != 0 || !d.word(j-1) || d.toks[j-1].quote != 0 {
		return false
	}
	p := d.lw(j - 1)
	if npStop[p] || determiners[p] || p == "who" || p == "it" {
		return false
	}
	if pronouns[p] || d.capWord(j-1) {
		return true
	}
	b := d.npBack(j-1, lim)
	return b >= 0 && b <= j-1
}

// maxLeadMods bounds the run of modifiers npBack takes before a head:
// "a new poll", "public health experts".
const maxLeadMods = 4

// leadModifier says whether token k may be one of those modifiers: an
// unquoted word that is no stop word, determiner, clause or focus
// opener, subject pronoun ("He kept going despite polls showing …"
// opens a clause), "-ly" adverb or reporting verb.
func (d *doc) leadModifier(k int) bool {
	w := d.lw(k)
	return d.word(k) && d.toks[k].quote == 0 && !d.in(k, wcNPStop|wcDeterminer|wcLeadStop|wcFocusOpener|wcSubjPronoun) && (!strings.HasSuffix(w, "ly") || lyAdjectives[w]) && !d.strongCue(k)
}

// nameJoin says whether token k is a slash or an ampersand joining two
// capitalised words into one name: "CNN/ORC", "Procter & Gamble".
func (d *doc) nameJoin(k int) bool {
	return (d.is(k, "/") || d.is(k, "&")) && d.capWord(k-1) && d.capWord(k+1)
}

// lyAdjectives end in "-ly" but modify a noun, so they stay in a
// mention: "early ratings data", "likely voters", "the daily paper"
// (PolNeAR keeps them 34 times on train, drops one once).
var lyAdjectives = setOf("early daily weekly monthly yearly nightly hourly quarterly elderly likely friendly costly deadly lonely")

// modifiersOpen says whether lower-case modifiers starting at token b
// open a subject after a clause opener, a dash or a focus adverb:
// "while Republican presidential nominee Donald Trump has said", "after
// leaked emails showed".
func (d *doc) modifiersOpen(b, lim int) bool {
	if d.subjectStart(b, lim) || d.word(b-1) && innerOpeners[d.lw(b-1)] {
		return true
	}
	// "Perhaps young voters prefer", "even minimalist bills": a focus
	// adverb that itself opens the clause.
	return d.word(b-1) && (modStop[d.lw(b-1)] || d.in(b-1, wcFocusOpener)) && d.subjectStart(b-1, lim)
}

// gradingAt says whether token k grades or dates the modifier after it
// right after an article or a possessor: "The most recent poll", "The
// nearly 90-second ad", "The April survey".
func (d *doc) gradingAt(k, lim int) bool {
	if k-1 < lim || !d.word(k) || d.toks[k].quote != 0 || !d.inLex(k-1, lcArticle) && d.toks[k-1].kind != tkPoss && !d.in(k-1, wcPossPronoun) {
		return false // "Lee's most loyal supporters", "his most ardent fans" grade as an article does
	}
	w := d.lw(k)
	// An adverb that may stand before a verb grades an adjective after
	// an article: "the now popular governor", "the once mighty party".
	return w == "most" || w == "least" || w == "only" || w == "next" || w == "once" || preVerbAdverbs[w] || lyAdverb(w) && !d.strongCue(k) || d.toks[k].cap && monthNames[w]
}

// monthList names the months; monthWords (layouts_np.go) adds their
// abbreviations.
const monthList = "january february march april may june july august september october november december"

var monthNames = setOf(monthList)

// innerOpeners open a clause inside a sentence, before its subject.
var innerOpeners = setOf("which as after where whom before until unless")

// npForward finds a source phrase starting at token k (after "according
// to" or an inverted "said"). It returns the token after its end, or -1.
func (d *doc) npForward(k, lim int) int {
	last := -1
	for i := k; i < lim && i-k < 10; i++ {
		t := &d.toks[i]
		if t.quote != 0 {
			break
		}
		lw := d.lw(i)
		if t.kind == tkPoss {
			continue
		}
		if d.is(i, "&") && last == i-1 && d.capWord(i+1) {
			continue // "Cushman & Wakefield"
		}
		if t.kind != tkWord {
			break
		}
		if i == k && (d.in(i, wcPronoun) && lw != "who" || d.in(i, wcStandalone) && !d.word(i+1)) {
			return i + 1
		}
		if d.in(i, wcDeterminer) && lw != "that" && (i == k || d.is(i-1, "and")) {
			continue
		}
		if (lw == "of" || lw == "and" || lw == "on" && orgHeads[d.lw(i-1)]) && last == i-1 && d.word(i+1) {
			continue
		}
		if t.cap || d.in(i, wcTitleWord) || lw == "local" {
			if d.headOK(i) {
				last = i
			}
			continue
		}
		if d.in(i, wcKnownHead) && !d.in(i, wcNPStop) && !d.pastAfterHead(i, last) {
			last = i
			continue
		}
		if last == i-1 && d.modifierTitleHead(i, lim) {
			last = i // "local growers": the title word was a modifier
			continue
		}
		if d.modifiesName(i, lim) || isPast(lw) && hyphenModifier(lw) && d.word(i+1) && !d.toks[i+1].cap && d.modifiesName(i+1, lim) {
			continue // "presidential candidate Sen. Lindsey Graham", "White House hopeful Hillary Clinton", "the state-owned oil giant Petro"
		}
		if last >= 0 && d.modifiesHeadNoun(i, lim) {
			continue // "Nuclear proliferation experts": a modifier before a head noun
		}
		break
	}
	if last < 0 {
		return -1
	}
	if d.is(last+1, "(") {
		// "Sen. Lindsey Graham (R-SC)": the party tag belongs to the name.
		for k := last + 2; k < lim && k < last+8; k++ {
			if d.is(k, ")") {
				return k + 1
			}
		}
	}
	return last + 1
}

// pastAfterHead says whether the known head at i is a past form that
// a head just before it makes the clause's verb: "The president left no
// doubt", "The senator said". The lexicon learned "left" ("the left")
// and "said" as heads, but rarely right (precision under 0.1); heads
// in "-ed" that are right ("voters surveyed", "those polled") stay.
func (d *doc) pastAfterHead(i, last int) bool {
	w := d.lw(i)
	return last == i-1 && !d.toks[i].cap && isPast(w) && learnedHeads[w].Prec < 0.1
}

// modifierTitles are title words that are adjectives: a phrase ending on
// one ("by local growers", "former dockhands said") runs on to the noun
// it modifies.
var modifierTitles = setOf("local regional former acting senior top foreign national")

// modifierTitleHead says whether the lower-case word i, after a modifier
// title word, is the noun that word modifies: a plain word (no verb form,
// adverb, pronoun or function word) that ends the phrase.
func (d *doc) modifierTitleHead(i, lim int) bool {
	if !d.word(i) || d.toks[i].cap || d.toks[i].quote != 0 || !modifierTitles[d.lw(i-1)] {
		return false
	}
	w := d.lw(i)
	if d.in(i, wcNPStop|wcDeterminer|wcPronoun|wcAuxVerb|wcBeForm) || isGerund(w) || isPast(w) || lyAdverb(w) || d.cueAt(i) > 0 {
		return false
	}
	// A time ends the phrase too: "by local growers Tuesday".
	return i+1 >= lim || !d.word(i+1) || d.in(i+1, wcNPStop) || d.toks[i+1].quote != 0 || d.in(i+1, wcWeekday|wcTimeWord|wcTimeDeixis|wcDayWord|wcDayPart)
}

// modifiesName says whether the lower-case words from token i up to a
// capitalised word at most three tokens on are a description of that
// name.
func (d *doc) modifiesName(i, lim int) bool {
	for k := i; k < lim && k < i+3; k++ {
		if d.toks[k].quote != 0 || !d.word(k) {
			return false
		}
		lw := d.lw(k)
		if d.toks[k].cap {
			return k > i && !d.in(k, wcLeadStop)
		}
		if d.in(k, wcNPStop|wcDeterminer|wcPronoun) || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ed") && !edTitles[lw] {
			return false
		}
	}
	return false
}

// modifiesHeadNoun says whether the lower-case word i, no verb, stands
// before a lower-case head noun a source phrase may end on: "Nuclear
// proliferation experts", "Gay rights groups".
func (d *doc) modifiesHeadNoun(i, lim int) bool {
	w := d.lw(i)
	if i+1 >= lim || d.in(i, wcNPStop) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return false
	}
	if n, _ := d.cueMatch(i); n > 0 {
		return false
	}
	h := d.lw(i + 1)
	if !d.word(i+1) || d.toks[i+1].cap || d.toks[i+1].quote != 0 || pronouns[h] || possPronouns[h] || standalone[h] || determiners[h] || skipBetween[h] {
		return false
	}
	return titleWords[h] || d.headOK(i+1)
}

// edTitles are participles that describe a person before the name, not
// verbs: "retired neurosurgeon Ben Carson".
var edTitles = setOf("retired embattled disgraced ousted acclaimed renowned celebrated jailed indicted")

// npStop are words that never stand inside a source phrase.
var npStop = setOf("that which who whom whose what when where why how is was are were be been has have had will would could should can may might must do does did not and or but if as than to in on at by with from for about into after before over under while because so")

// detPhraseBack accepts an unknown head noun when a determiner opens the
// phrase a few words earlier: "his son", "the GOP front-runner".
func (d *doc) detPhraseBack(j, lim int) int {
	if !d.word(j) || d.toks[j].quote != 0 {
		return -1
	}
	w := d.lw(j)
	if d.in(j, wcNPStop) || len(w) < 3 || w[len(w)-2:] == "ly" && !lyNouns[w] || d.in(j, wcLeadStop) && d.toks[j].cap {
		return -1
	}
	date := 0 // tokens of a full date inside the phrase
	for k := j - 1; k >= lim && j-k <= 4+date; k-- {
		if d.toks[k].quote != 0 {
			return -1
		}
		if mb := d.monthDayBack(k, lim); mb >= 0 && date == 0 {
			// "A Sept. 15, 2011 email": the full date modifies the noun.
			date, k = k-mb, mb
			continue
		}
		if d.possAt(k) {
			// "Bennett’s younger sister": the possessor determines the
			// phrase, as a determiner would.
			if k-1 >= lim && (d.capWord(k-1) || d.word(k-1) && !d.in(k-1, wcPronoun) && d.in(k-1, wcKnownHead)) {
				if pb := d.npBack(k-1, lim); pb >= 0 && pb < k {
					return pb
				}
			}
			return -1
		}
		if !d.word(k) {
			return -1
		}
		lw := d.lw(k)
		if d.in(k, wcQuantifier) && d.quantifiedPlural(k, j, lim) {
			return k
		}
		if d.oneSingular(k, j, lim) {
			return k
		}
		if d.demonstrativeSubject(k, j, lim) {
			// "That person said …": "that" is no determiner of the
			// class (it is mostly a complementizer), so it is asked here.
			return k
		}
		if d.in(k, wcDeterminer) && !d.in(k, wcQuantifier) {
			if lw == "this" || lw == "that" || lw == "these" || lw == "those" || lw == "all" {
				return -1
			}
			return k
		}
		if d.in(k, wcNPStop) || lw == "of" {
			return -1
		}
	}
	return -1
}

// demonstrativeSubject says whether a capitalised "That" or "This" at k
// opening a clause determines the lower-case noun right after it, as in
// "That person said …", "This official told …": the phrase points back
// to a source just named, and PolNeAR marks it whole. Before a name or
// a longer phrase "That" is more often a complementizer ("That Trump
// said so is telling").
func (d *doc) demonstrativeSubject(k, j, lim int) bool {
	if j != k+1 || !d.toks[k].cap || d.toks[j].cap || !d.word(j) || d.toks[j].quote != 0 {
		return false
	}
	if w := d.lw(k); w != "that" && w != "this" {
		return false
	}
	w := d.lw(j)
	return len(w) >= 3 && !sForm(w) && !timeNouns[w] && !durationNouns[w] && d.subjectStart(k, lim)
}

// oneSingular says whether "one" at k and the lower-case singular noun
// at j, with at most one modifier between, open a clause as its subject:
// "As one employee told reporters", "One sweeping question asked". A
// time noun ("one day") is left out.
func (d *doc) oneSingular(k, j, lim int) bool {
	w := d.lw(j)
	if d.lw(k) != "one" || j-k > 2 || d.toks[j].cap || len(w) < 4 || sForm(w) || timeNouns[w] || durationNouns[w] {
		return false
	}
	if m := d.lw(k + 1); j == k+2 && (d.toks[k+1].cap || !d.word(k+1) || !adjectiveLike(m) && !isGerund(m)) {
		return false // "One sweeping question": one modifier at most
	}
	return d.subjectStart(k, lim) || d.word(k-1) && d.toks[k-1].quote == 0 && (d.is(k-1, "as") || d.in(k-1, wcSubordinator))
}

// npForwardLoose is npForward, or failing that a determiner phrase of a
// few words up to punctuation: "a harbor pilot", "the ministry".
func (d *doc) npForwardLoose(k, lim int) int {
	if e := d.npForward(k, lim); e >= 0 {
		return d.knowledgeEnd(d.roleLinkEnd(e, lim), lim)
	}
	if !d.word(k) || !d.in(k, wcDeterminer) || d.lw(k) == "that" {
		return -1
	}
	e := k + 1
	for e < lim && e-k <= 5 && (d.word(e) && !d.in(e, wcNPStop) || d.toks[e].kind == tkPoss && e > k+1) && d.toks[e].quote == 0 {
		e++ // "the bureau's director"
	}
	if ke := d.knowledgeEnd(e, lim); e > k+1 && ke > e {
		return ke // "one pilot with knowledge of the talks"
	}
	if e > k+1 && e < lim && d.word(e) && sourcePreps[d.lw(e)] {
		// "a longtime adviser to Trump", "a spokesman for the campaign":
		// a prepositional phrase naming whom the source serves.
		if pe := d.npForward(e+1, lim); pe > 0 {
			return pe
		}
		if pe := d.npForwardLoose(e+1, lim); pe > 0 {
			return pe
		}
	}
	if e == k+1 || e < lim && d.word(e) {
		return -1 // ran into a verb or ran too long: not a phrase we trust
	}
	return e
}

// roleLinkEnd extends a phrase ending before token e whose head is a
// lower-case role over the body the role serves: "the former top aide
// to President George W. Bush", "A spokesman for Mayor Frank G.
// Jackson". It returns the new end, or e.
func (d *doc) roleLinkEnd(e, lim int) int {
	if e >= lim || e < 1 || !d.word(e) || d.toks[e].quote != 0 || !roleLinks[d.lw(e)] || !d.word(e-1) || d.toks[e-1].cap || !d.in(e-1, wcTitleWord) {
		return e
	}
	if pe := d.npForward(e+1, lim); pe > e+1 {
		return pe
	}
	return e
}

// The link prepositions below grow from one base, each set adding the
// words its job allows: roleLinks < sourcePreps < postPreps, subjectPreps
// < headLinks.

// roleLinks join a role to the body it serves: "an aide to the mayor".
var roleLinks = setOf("to for of at with")

// sourcePreps join a role to the body it serves: "an aide to", "a
// spokesman for", "a member of"; roleLinks plus "from" and "in" ("a
// lawyer from Ohio", "an official in the ministry").
var sourcePreps = setWith(roleLinks, "from in")

// postPreps join a source's head to a complement PolNeAR keeps in the
// span: "aides to Clinton", "a producer for Yahoo Studios";
// sourcePreps plus the agent "by" ("a report by the panel").
var postPreps = setWith(sourcePreps, "by")

// subjectPreps may join a postmodifier inside a long subject: "a person
// familiar with the planning for Thursday's meeting says"; sourcePreps
// plus the topic links "on" and "about" ("experts on trade"), without
// postPreps' "by".
var subjectPreps = setWith(sourcePreps, "on about")

// headLinks join a head noun to the phrase that postmodifies it inside
// a subject: "People briefed on the talks", "Opponents of the plan";
// all of subjectPreps and postPreps plus rarer links.
var headLinks = setWith(subjectPreps, "by into over against among within "+placePrepWords)

// sAdverbs are adverbs that end in -s as a plural noun does: before a
// participle they are no bare subject (", perhaps recognizing that …",
// ", sometimes citing …").
var sAdverbs = setOf("perhaps sometimes always nevertheless nonetheless besides afterwards towards meanwhile")

// bareSubjectBack accepts a source with no determiner at the start of a
// clause: a plural noun ("forecasters say"), or a share ("Six in 10 say",
// "three-fourths say", "49% say").
func (d *doc) bareSubjectBack(j, lim int) int {
	if !d.word(j) || d.toks[j].quote != 0 {
		return -1
	}
	w := d.lw(j)
	clauseStart := func(k int) bool {
		return k < lim || d.is(k, ",") || d.is(k, "and") || d.is(k, "but") || d.is(k, "that") || d.is(k, "because") || d.is(k, "while")
	}
	// countStart: "after 55 percent said so" — before a count, any
	// clause's subordinator opens the subject too. A bare noun after
	// one is more often a preposition's object ("described themselves
	// as liberals with …").
	countStart := func(k int) bool {
		return clauseStart(k) || d.word(k) && clauseSubs[d.lw(k)] && d.toks[k].quote == 0
	}
	switch {
	case isNumberWord(w) || w == "%" || strings.HasSuffix(w, "%"):
		b := j
		for b-1 >= lim && (d.word(b-1) && (isNumberWord(d.lw(b-1)) || d.is(b-1, "in") || d.is(b-1, "of")) || d.is(b-1, "%")) {
			b--
		}
		if countStart(b - 1) {
			return b
		}
	case w == "percent":
		b := j
		for b-1 >= lim && d.word(b-1) && isNumberWord(d.lw(b-1)) {
			b--
		}
		if b < j && countStart(b-1) {
			return b
		}
	case len(w) > 4 && sForm(w) && !npStop[w] && !sAdverbs[w] && !d.toks[j].cap:
		if clauseStart(j - 1) {
			return j
		}
		// "almost half of respondents"
		if d.is(j-1, "of") && d.word(j-2) && (isNumberWord(d.lw(j-2)) || d.in(j-2, wcQuantifier)) {
			b := j - 2
			for b-1 >= lim && d.word(b-1) && (d.lw(b-1) == "almost" || d.lw(b-1) == "nearly" || d.lw(b-1) == "about" || d.lw(b-1) == "roughly" || d.lw(b-1) == "more" || d.lw(b-1) == "than") {
				b--
			}
			if clauseStart(b - 1) {
				return b
			}
		}
	}
	if b := d.barePPSubjectBack(j, lim); b >= 0 && clauseStart(b-1) {
		return b // "Still, experts on trade say …"
	}
	return -1
}

// phraseDeterminer says whether w is a determiner that opens a noun
// phrase a subject may start with: "this" and "that" are left out, as
// they more often stand alone ("This is …", "That said, …").
func phraseDeterminer(w string) bool {
	return determiners[w] && w != "that" && w != "this"
}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "most", "majority", "third", "thirds", "quarter", "quarters", "three-fourths", "two-thirds", "one-third":
		return true
	}
	// One look-up for the two sets, and none for a word of another
	// length: most words are in neither.
	if len(w) >= tensTeensMinLen && len(w) <= tensTeensMaxLen && tensTeensFilter.mayHave(w) && numberTensTeens[w] {
		return true
	}
	t, u, ok := strings.Cut(w, "-")
	if !ok {
		return false // the forms below are hyphenated
	}
	if numberTens[t] && numberUnits[u] {
		return true // "seventy-four percent of voters"
	}
	return strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-fourths")
}

// Spelled-out numbers beyond ten open a share as digits do: "Thirty-one
// percent of those surveyed", "Eleven progressive groups".
var (
	numberTens  = setOf("twenty thirty forty fifty sixty seventy eighty ninety")
	numberTeens = setOf("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	numberUnits = setOf("one two three four five six seven eight nine")

	numberTensTeens = setUnion(numberTens, numberTeens)

	tensTeensMinLen, tensTeensMaxLen = lenRange(numberTensTeens)
	tensTeensFilter                  = newSetFilter(numberTensTeens)
)

// lenRange returns the shortest and longest lengths of set's words.
func lenRange(set map[string]bool) (lo, hi int) {
	lo = math.MaxInt
	for w := range set {
		lo, hi = min(lo, len(w)), max(hi, len(w))
	}
	return lo, hi
}

// postmodBack extends the phrase starting at s back over a head it
// complements: "Aides to Clinton", "sources close to her campaign",
// "Stacy Baker of Columbia". It returns the new start, or s.
func (d *doc) postmodBack(s, lim int) int {
	best := s
	for {
		b := d.relClauseBack(d.coordBack(d.postmodOnce(d.modifiersBack(s, lim), lim), lim), lim)
		if b == s {
			return d.predetBack(best, lim)
		}
		s = b
		// "In a speech to supporters Trump said": a phrase after a
		// preposition is an opening adverbial, unless a longer chain
		// takes it in ("News footage from the scene of the crash").
		if !(s > lim && d.word(s-1) && (d.in(s-1, wcVenuePrep) && !d.inLex(s-1, lcClauseSub) || d.inLex(s-1, lcPostPrep))) {
			best = s
		}
	}
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

// predetBack extends a phrase starting at s back over a word that
// quantifies or points at it from before its determiner, when the
// phrase then opens a subject: "all the attendees", "Both the House",
// "no one", "almost everyone", "Less than a third", "at least a dozen
// members", "This group". It returns the new start, or s.
func (d *doc) predetBack(s, lim int) int {
	if s-1 < lim || !d.word(s-1) || d.toks[s-1].quote != 0 || !d.word(s) {
		return s
	}
	w, p := d.lw(s), d.lw(s-1)
	b := s
	switch {
	case (p == "all" || p == "both" || p == "half") && (w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "these" || w == "those"):
		b = s - 1
	case (p == "no" || p == "not" || p == "almost" || p == "nearly" || p == "virtually") && (standalone[w] || w == "all" || w == "everybody"):
		b = s - 1
	case (p == "than" || p == "least") && d.comparativeLead(s, lim) == s-2 && (determiners[w] || isNumberWord(w)):
		b = s - 2 // "Less than a third", "at least a dozen members"
	case approximators[p] && (w == "a" || w == "an") && s+1 < len(d.toks) && d.word(s+1) && (isNumberWord(d.lw(s+1)) || d.is(s+1, "dozen") || d.is(s+1, "fifth")):
		b = s - 1 // "Nearly a third", "about a quarter of voters"
	case (p == "this" || p == "these") && s-1 == lim && d.toks[s-1].cap && !determiners[w] && !pronouns[w]:
		return s - 1 // "This group said", at the start of the sentence
	}
	if b < s && d.modifiersOpen(b, lim) {
		return b
	}
	return s
}

// comparativeLead returns where a "more than", "less than", "fewer
// than", "at least" or "as many as" before token s starts, not before
// lim; s when none does.
func (d *doc) comparativeLead(s, lim int) int {
	switch {
	case s-2 >= lim && d.is(s-1, "than") && (d.is(s-2, "more") || d.is(s-2, "less") || d.is(s-2, "fewer")):
		return s - 2
	case s-2 >= lim && d.is(s-1, "least") && d.is(s-2, "at"):
		return s - 2
	case s-3 >= lim && d.is(s-1, "as") && (d.is(s-2, "many") || d.is(s-2, "much")) && d.is(s-3, "as"):
		return s - 3
	}
	return s
}

// approximators grade a share that opens with "a": "nearly a third".
var approximators = setOf("nearly almost about roughly only just some over")

// modifiersBack extends a phrase starting at s back over the lower-case
// modifiers before it when they run back to a determiner or to the start
// of the clause: "mainstream Republicans", "some close Clinton allies",
// "Several presidential candidates". It returns the new start, or s.
func (d *doc) modifiersBack(s, lim int) int {
	if d.in(s, wcDeterminer|wcPronoun) {
		return s
	}
	k := s - 1
	for k >= lim && s-k <= 3 && d.word(k) && !d.toks[k].cap && d.toks[k].quote == 0 && !d.in(k, wcNPStop) && !d.in(k, wcDeterminer) && !d.in(k, wcLeadStop) && !d.in(k, wcClauseOpener) && !modStop[d.lw(k)] && !strings.HasSuffix(d.lw(k), "ly") && !d.strongCue(k) && !isGerund(d.lw(k)) {
		k--
	}
	if k == s-1 {
		return s
	}
	switch {
	case k >= lim && d.word(k) && d.in(k, wcDeterminer) && d.lw(k) != "that" && d.lw(k) != "this" && d.toks[k].quote == 0 && d.subjectStart(k, lim):
		return k
	case d.subjectStart(k+1, lim):
		return k + 1
	}
	return s
}

// relClauseBack extends a phrase starting at s back over a restrictive
// relative clause it ends, to the clause's head, when that head opens
// the sentence's subject: "Supporters who have heard from the campaign
// say", "some who advocate free speech argue", "those who back her say",
// "The officials whose laws were struck down say". PolNeAR keeps the
// clause in the mention. The clause holds no punctuation, quotation,
// reporting verb, clause opener or second finite "be". It returns the
// head's first token, or s.
func (d *doc) relClauseBack(s, lim int) int {
	if d.in(s, wcPronoun) {
		return s // "… because they": a clause of its own
	}
	for k := s - 1; k > lim && s-k <= 20; k-- {
		if d.toks[k].quote != 0 || !d.word(k) && d.toks[k].kind != tkPoss && !d.is(k, "%") {
			return s
		}
		w := d.lw(k)
		if w == "who'd" || w == "who’d" {
			w = "who" // "leaders who’d rather be working": the pronoun with its "would"
		}
		if w != "who" && w != "whose" {
			if d.strongCue(k) && d.clauseCue(k) && !d.relClauseVerb(k, lim) || d.in(k, wcClauseOpener|wcSubordinator) && !d.relInnerAdverb(k, lim) || d.in(k, wcBeForm) && !nonFiniteBe[w] && !d.is(k-1, "who") && !d.is(k-2, "who") {
				return s
			}
			continue
		}
		if k+1 == s || w == "whose" && s < k+3 {
			return s // "voters who Democrats need": s is the clause's own subject; "the hacker whose mischief revealed"
		}
		h := k - 1
		if !d.word(h) || d.toks[h].quote != 0 || d.in(h, wcNPStop) || d.in(h, wcPronoun) || d.strongCue(h) {
			return s
		}
		b := d.npBack(h, lim)
		if b < 0 || b > h {
			switch {
			case d.in(h, wcStandalone) || d.lw(h) == "those":
				b = h // "those who back her"
			case d.plainNounHead(h):
				b = d.modifiersBack(h, lim) // "people who have battled threats", "pilots who flew"
			default:
				return s
			}
		}
		if !d.subjectStart(b, lim) && !d.subjectStart(d.postmodBack(b, lim), lim) && !(b-1 >= lim && d.in(b-1, wcFocusOpener) && d.subjectStart(b-1, lim)) {
			return s
		}
		return b
	}
	return s
}

// relClauseVerb says whether the reporting verb at k is the relative
// clause's own verb, right after "who" and at most two auxiliaries: "a
// woman who has accused him of fraud said" keeps its clause, unless the
// verb opens the anonymity formula or a clause of its own.
func (d *doc) relClauseVerb(k, lim int) bool {
	if w := d.lw(k + 1); w == "not" || w == "that" || w == "to" || w == "anonymity" {
		return false // "who asked not to be named": the anonymity formula; "who said that …"
	}
	for j := k - 1; j > lim && k-j <= 3; j-- {
		if d.is(j, "who") && d.toks[j].quote == 0 {
			return true
		}
		if !d.word(j) || !d.in(j, wcAuxVerb) || d.toks[j].quote != 0 {
			return false
		}
	}
	return false
}

// relInnerAdverbs open a clause at its start but stand inside a
// relative clause after its pronoun or verb: "leaders who would rather
// be working now on a campaign", "supporters who still back her".
var relInnerAdverbs = setOf("now still then")

// relInnerAdverb says whether the clause opener at k is an adverb inside
// a relative clause: one of relInnerAdverbs after a lower-case word, not
// before a comma.
func (d *doc) relInnerAdverb(k, lim int) bool {
	return relInnerAdverbs[d.lw(k)] && k-1 > lim && d.word(k-1) && !d.toks[k-1].cap && d.toks[k-1].quote == 0 && !d.in(k-1, wcClauseOpener|wcSubordinator) && k+1 < len(d.toks) && d.word(k+1)
}

// nonFiniteBe are the forms of "be" that need an auxiliary: a relative
// clause may hold one ("who would rather be campaigning") without a
// second finite verb.
var nonFiniteBe = setOf("be been being")

// relClauseEnd says whether token j, just before a verb, may end a
// restrictive relative clause closing the subject: not "who has been",
// "who … and", "who he …", where the verb is the clause's own.
func (d *doc) relClauseEnd(j int) bool {
	w := d.lw(j)
	return d.word(j) && !npStop[w] && !skipBetween[w] && !beForms[w] && !pronouns[w] && !modStop[w] && w != "almost" && !lyAdverb(w)
}

// relObjectIt says whether "it" at j is the object of a relative clause's
// verb ("those who saw it said …"), not the subject of the cue.
func (d *doc) relObjectIt(j int) bool {
	return j >= 2 && d.is(j, "it") && d.word(j-1) && !d.toks[j-1].cap && !d.in(j-1, wcAuxVerb) && d.is(j-2, "who") && d.toks[j-2].quote == 0
}

// focusOpeners open a sentence before its subject without belonging to
// the mention, as PolNeAR marks it: "Even Republicans say", "Perhaps
// Trump thinks", "Indeed Lee said".
var focusOpeners = setOf("even perhaps indeed")

// modStop are lower-case words before a subject that do not modify it:
// "even Mr. Slinker", "soon Trump".
var modStop = setOf("even soon whereas only perhaps just also too not never once already again")

// clauseOpeners may stand just before a subject that opens a clause.
var clauseOpeners = setOf("but and so yet still now then however meanwhile that because while when although though if since whether")

// subjectStart says whether a subject may begin at token b: at the limit,
// or after a comma, colon, dash or a word that opens a clause.
func (d *doc) subjectStart(b, lim int) bool {
	if b <= lim {
		return true
	}
	p := b - 1
	if d.toks[p].quote != 0 && d.toks[p].kind != tkWord {
		return true // after a quotation
	}
	return d.is(p, ",") || d.is(p, ";") || d.is(p, ":") || d.is(p, "—") || d.is(p, "–") || d.is(p, "-") || d.is(p, "--") || d.word(p) && (d.in(p, wcClauseOpener) || d.is(p, "with") && d.is(p-1, ","))
}

// coordBack extends a subject starting at s over the conjuncts before it
// when together they open the clause, as PolNeAR marks them: "Trump and
// his attorneys", "Rubio, Cruz and Kasich", "Current and former
// officials". It returns the new start, or s.
func (d *doc) coordBack(s, lim int) int {
	k := s - 1
	if k-1 >= lim && d.is(k, ",") && d.capWord(s) && d.capWord(k-1) && d.andAhead(s) {
		// "Rubio, Cruz and Kasich said": npBack took "Cruz and Kasich".
		if b := d.nameListBack(k+1, lim); b < s && (d.subjectStart(b, lim) || d.prepBefore(b, lim)) {
			return b
		}
		return s
	}
	if k-1 > lim && d.is(k, "even") && d.is(k-1, "and") {
		k-- // "Politicians and even some technologists"
	}
	if k-1 < lim || !d.is(k, "and") || d.toks[k].quote != 0 || d.toks[k-1].quote != 0 {
		return s
	}
	h := k - 1
	if d.is(h, ",") && h-1 >= lim && (d.capWord(h-1) && d.capWord(s) || d.commonListEnd(h-1, lim)) {
		h-- // the serial comma: "Clinton, Sanders, and O'Malley", "unions, groups, and lawmakers"
	}
	h = d.partyTagBack(h, lim)
	var b int
	switch {
	case d.word(h) && !d.toks[h].cap && !d.in(h, wcNPStop) && !d.in(h, wcDeterminer) && !d.in(h, wcPronoun) && d.subjectStart(h, lim) && !d.strongCue(h):
		// "Liberal and conservative economists": coordinated modifiers.
		b = h
	case d.word(h) && (d.in(h, wcPronoun) && d.lw(h) != "who" && d.lw(h) != "it" || d.headOK(h) && !d.in(h, wcStandalone)):
		b = d.npBack(h, lim)
		if b < 0 || b > h {
			return s
		}
		b = d.nameListBack(b, lim) // "Rubio, Cruz and Kasich"
		b = d.nounListBack(b, lim) // "the families, supporters and officials"
	default:
		return s
	}
	if b > lim && d.is(b-1, "both") {
		b--
	}
	if !d.subjectStart(b, lim) && !d.prepBefore(b, lim) {
		return s
	}
	return b
}

// commonListEnd says whether the lower-case noun at h ends a phrase that
// itself follows a comma of a list: "unions, environmental groups" before
// ", and many lawmakers". A lone phrase before ", and" ends a clause
// instead ("The vote was close, and many lawmakers said …").
func (d *doc) commonListEnd(h, lim int) bool {
	if !d.word(h) || d.toks[h].cap || d.toks[h].quote != 0 || !d.headOK(h) || d.in(h, wcPronoun) || d.in(h, wcStandalone) {
		return false
	}
	pb := d.npBack(h, lim)
	return pb > lim && pb <= h && d.is(pb-1, ",") && d.word(pb-2) && !d.toks[pb-2].cap && d.headOK(pb-2)
}

// partyTagBack steps from a closing parenthesis at h back to the name
// its tag follows: "Gov. Ann Lee (D) and Sen. Bo Tran (R)", "Sen. Ann
// Lee (D-Ohio) and other lawmakers". It returns the name's last token, or
// h when no short tag after a name ends there.
func (d *doc) partyTagBack(h, lim int) int {
	if !d.is(h, ")") {
		return h
	}
	for o := h - 1; o > lim && h-o <= 6; o-- {
		if d.is(o, "(") {
			if d.capWord(o-1) && d.toks[o-1].quote == 0 {
				return o - 1
			}
			return h
		}
		if d.toks[o].quote != 0 || d.is(o, ",") {
			return h
		}
	}
	return h
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
	for s-2 >= lim && d.is(s-1, ",") && d.word(s-2) && !d.toks[s-2].cap && d.toks[s-2].quote == 0 && d.headOK(s-2) && !d.in(s-2, wcPronoun) && !d.in(s-2, wcStandalone) {
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

// nameListBack extends a name starting at b back over the names listed
// before it with commas: "Rubio, Cruz". It returns the new start, or b.
func (d *doc) nameListBack(b, lim int) int {
	for b-2 >= lim && d.is(b-1, ",") && d.capWord(b-2) && d.capWord(b) {
		pb := d.npBack(b-2, lim)
		if pb < 0 || pb > b-2 {
			break
		}
		b = pb
	}
	return b
}

// andAhead says whether an "and" joins names within a few words after
// token s.
func (d *doc) andAhead(s int) bool {
	for k := s + 1; k < s+6 && k < len(d.toks) && (d.word(k) || d.is(k, ",")); k++ {
		if d.is(k, "and") && d.capWord(k+1) {
			return true
		}
	}
	return false
}

// postmodOnce extends s over one head it complements (see postmodBack).
func (d *doc) postmodOnce(s, lim int) int {
	k := s - 1
	v := k
	if d.is(k, "on") || d.is(k, "about") || d.word(k) && lyAdverb(d.lw(k)) && d.anonymityPurpose(k-1) {
		v-- // "not authorized to comment on", "… to speak publicly"
	}
	if v-4 >= lim && d.anonymityPurpose(v) {
		// "two officials not authorized to discuss (or comment on)
		// the talks": the anonymity formula is the head's, and its
		// object no head.
		if pb := d.npBack(v-4, lim); pb >= 0 && pb <= v-4 && d.subjectStart(pb, lim) {
			return pb
		}
	}
	if k-1 < lim || !d.word(k) || !d.inLex(k, lcPostPrep) || d.toks[k].quote != 0 {
		return s
	}
	h := k - 1
	if d.word(h) && (d.lw(h) == "close" || d.lw(h) == "familiar" || d.lw(h) == "loyal") {
		h-- // "sources close to …"
	}
	if d.word(h) && (isWeekday(d.lw(h)) || monthNames[d.lw(h)]) && h-1 > lim {
		// "a poll released (on) Sunday by the Post": the date sits
		// between the participle and its agent.
		p := h - 1
		if d.is(p, "on") || d.is(p, "in") {
			p--
		}
		if p > lim && d.word(p) && !d.toks[p].cap && strings.HasSuffix(d.lw(p), "ed") {
			h = p
		}
	}
	if d.is(k, "of") && d.word(h) && (quantityWords[d.lw(h)] || partWords[d.lw(h)]) {
		// "Many of her supporters", "dozens of members of his party".
		if qb := d.quantityBack(h, lim); qb >= 0 {
			return qb
		}
	}
	if h-1 >= lim && d.word(h) && !d.toks[h].cap && strings.HasSuffix(d.lw(h), "ed") && !d.in(h, wcNPStop) && d.lw(k) != "of" {
		// "officials involved with the groups", "a report released by
		// the institute": a participle between the head and its phrase.
		if pb := d.npBack(h-1, lim); pb >= 0 && pb < h && !d.in(h-1, wcPronoun) && d.subjectStart(pb, lim) {
			return pb
		}
	}
	if h < lim || !d.word(h) || d.in(h, wcNPStop) || d.in(h, wcDeterminer) {
		return s
	}
	pb := d.npBack(h, lim)
	if pb < 0 || pb > h || d.in(h, wcPronoun) {
		return s
	}
	if pb == h && d.toks[h].cap && (pastParticiple(d.lw(h)) || isGerund(d.lw(h))) {
		return s // "Alarmed by the unrest": a participle, no head
	}
	return pb
}

// partWords head a share of a group before "of": "any of the
// Republicans", "dozens of members".
var partWords = setOf("any none dozens hundreds thousands millions scores plenty both much")

// possAt says whether token k marks a possessive: "’s", or a lone
// apostrophe glued to a plural or name in s ("Sanders’ aides").
func (d *doc) possAt(k int) bool {
	t := &d.toks[k]
	if t.kind == tkPoss {
		return true
	}
	if t.kind != tkSQ || t.quote != 0 || !d.word(k-1) || d.toks[k-1].e != t.s || !d.word(k+1) || d.toks[k+1].s == t.e {
		return false
	}
	w := d.lw(k - 1)
	return strings.HasSuffix(w, "s")
}

// quantityWords may stand in a share before "of" or "in": "more than
// half", "16 percent", "about four".
var quantityWords = setOf("about nearly almost roughly more less than at least only just some over under percent half third quarter majority most many few all each several one two three four five six seven eight nine ten any none dozens hundreds thousands millions both much plurality fewer")

// quantityWordAt says whether token k is one of quantityWords within a
// share; "at" only in "at least": in "a woman at one of the rallies" it
// places the phrase, which is no share's.
func (d *doc) quantityWordAt(k int) bool {
	return quantityWords[d.lw(k)] && (!d.is(k, "at") || d.is(k+1, "least"))
}

// quantityBack finds the start of a share ending at token j ("Nine",
// "16 percent", "More than half") standing at the start of a clause, or
// returns -1.
func (d *doc) quantityBack(j, lim int) int {
	if j-1 >= lim && d.is(j, "out") && d.word(j-1) && isNumberWord(d.lw(j-1)) {
		j-- // "two out of three voters": "out of" as "in"
	}
	if j < lim || !(d.word(j) && (isNumberWord(d.lw(j)) || quantityWords[d.lw(j)]) || d.is(j, "%")) {
		return -1
	}
	b := j
	for b-1 >= lim && d.toks[b-1].quote == 0 && (d.word(b-1) && (isNumberWord(d.lw(b-1)) || d.quantityWordAt(b-1) || d.is(b-1, "in")) || d.is(b-1, "%")) {
		b--
	}
	if d.is(b, "in") {
		b++
	}
	if b-1 >= lim && d.word(b-1) && (d.is(b-1, "a") || d.is(b-1, "the")) && (isNumberWord(d.lw(b)) || d.is(b+1, "%")) {
		b-- // "a 69% majority of Republicans"
	}
	p := b - 1
	if p < lim || d.is(p, ",") || d.is(p, "and") || d.is(p, "but") || d.is(p, "that") || d.is(p, "while") || d.is(p, "because") {
		return b
	}
	if d.subjectStart(b, lim) || d.word(p) && d.toks[p].quote == 0 && (d.in(p, wcSubordinator) || innerOpeners[d.lw(p)] || shareOpeners[d.lw(p)]) {
		return b // "after some of her followers attacked", "even some of his admirers"
	}
	return -1
}

// shareDenominator says whether the number word s is the second number
// of a share ("one in three voters", "two out of three voters"), whose
// first number opens the phrase.
func (d *doc) shareDenominator(s, lim int) bool {
	if !d.word(s) || !isNumberWord(d.lw(s)) || s-2 < lim {
		return false
	}
	p := s - 1
	if d.is(p, "of") && d.is(p-1, "out") {
		p--
	}
	return d.is(p, "in") || d.is(p, "out")
}

// shareOpeners may stand before a share that opens a subject: "even
// some of his allies", "with one of her ads asking".
var shareOpeners = setOf("even with how ultimately")

// ingName says whether the capitalised "-ing" word at k is a name, not a
// participle: a participle never runs straight into a reporting verb
// ("Boreing said …", "Fleming told …"), but "Nothing says …" is no name.
func (d *doc) ingName(k int) bool {
	return d.toks[k].cap && k+1 < len(d.toks) && d.strongCue(k+1) && !strings.HasSuffix(d.lw(k), "thing")
}

// strongCue: token k is a reporting verb no modifier is made of ("Trump
// said Fox executives …").
func (d *doc) strongCue(k int) bool {
	n, e := d.cueMatch(k)
	return n > 0 && e.Prec >= 0.5 && !d.toks[k].cap
}

// orgHeads head a body's name that goes on with "on": "Commission on
// Presidential Debates", "Council on Foreign Relations".
var orgHeads = setOf("commission council committee board task panel conference institute center centre forum")

// clauseCue says whether the cue at k may take a clause that runs on to
// the verb after it ("officials who said Lee warned …"); a cue with a
// noun object ("Republicans who praised his candidacy warned …") ends
// within the relative clause.
func (d *doc) clauseCue(k int) bool {
	n, _ := d.cueMatch(k)
	w := d.lw(k + n)
	return !(d.word(k+n) && (determiners[w] && w != "that" || possPronouns[w]))
}

// openingComma says whether the comma at c closes an adverbial that
// opens the sentence at lim, so that a subject may start after it:
// "Still, people who …", "While the plan stalled, the groups who …".
// The adverbial is one opening word, or a clause led by a subordinator
// (after an optional conjunction) with no other comma.
func (d *doc) openingComma(c, lim int) bool {
	if c <= lim || !d.is(c, ",") || d.toks[c].quote != 0 || !d.word(lim) {
		return false
	}
	if c-1 == lim {
		return openerWord(d.lw(lim))
	}
	o := lim
	if d.in(o, wcClauseOpener) && !d.in(o, wcSubordinator) && o+1 < c {
		o++ // "But while …,"
	}
	if !d.word(o) || !d.in(o, wcSubordinator) || d.is(o, "that") {
		return false
	}
	for k := o + 1; k < c; k++ {
		if d.toks[k].quote != 0 || !d.word(k) && d.toks[k].kind != tkPoss && !d.is(k, "%") {
			return false
		}
	}
	return true
}

// plainNounHead says whether the lower-case word at h may head a plain
// noun phrase that a relative clause follows, where npBack knows no head
// noun: "people who …", "pilots who …". It is no function word, verb
// form, adverb or reporting word.
func (d *doc) plainNounHead(h int) bool {
	w := d.lw(h)
	return d.word(h) && !d.toks[h].cap && d.toks[h].quote == 0 && len(w) > 2 && !d.in(h, wcNPStop|wcDeterminer|wcPronoun|wcClauseOpener|wcSubordinator|wcBeForm|wcAuxVerb|wcLeadStop) && !modStop[w] && !lyAdverb(w) && !isGerund(w) && !isPast(w) && !d.strongCue(h) && !isNumberWord(w)
}

// monthDayBack: the comma at k splits a full date that modifies the
// noun after its year ("A Sept. 15, 2011 email shows …", "the March 3,
// 2016 memo"). It returns the month's token, or -1.
func (d *doc) monthDayBack(k, lim int) int {
	if k-2 < lim || !d.is(k, ",") || d.toks[k].quote != 0 || !d.word(k+1) || !isYear(d.lw(k+1)) || !d.word(k-1) || !isNumberWord(d.lw(k-1)) {
		return -1
	}
	if m := k - 2; d.word(m) && d.toks[m].cap && monthWords[d.lw(m)] {
		return m
	}
	return -1
}
