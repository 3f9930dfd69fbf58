package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Gates against attributions that pair with no gold one: phrases that
// look like a content or a cue but are circumstance, headline labels or
// nouns.

// adverbialOpeners open a phrase of time, place or manner that may stand
// before a clause's subject.
var adverbialOpeners = setOf("on in at during after following with from for under through since before amid despite by among within without against as when while if although though once until because upon")

// frontedAdverbial says whether tokens [a, b) are only an adverbial
// phrase opening the sentence ("On his campaign website", "In response"):
// with no comma inside it has no clause of its own, so it is circumstance
// of the attribution that follows, not its content.
func (f *finder) frontedAdverbial(a, b int) bool {
	d := f.d
	if a >= b || !d.word(a) || !adverbialOpeners[d.lw(a)] || d.atLeast(a) {
		// "At least 20 people were killed, police said.": "at least"
		// bounds the subject's number, so the words are a clause.
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != tkWord && d.toks[k].kind != tkPoss && !d.is(k, "-") {
			return false
		}
	}
	return true
}

// headlineRubrics are kickers that head a headline before its colon
// ("The Latest:", "Breaking:", "Wow:", "Fact Check:", "Analysis:"): a
// rubric of the outlet, not a speaker.
var headlineRubrics = setOf("latest breaking update updates wow bombshell leaked exclusive watch notice check factcheck analysis opinion explainer explained commentary obituary factbox timeline recap preview review correction")

// labelVerbs make a headline label a clause of its own ("Bill is back:
// …") rather than a speaker.
var labelVerbs = setOf("is are was were")

// headlineSpeaker says whether the label [a, c) before a headline's colon
// can be who speaks: its last word is no rubric, it holds no verb, and it
// does not open with "The", which heads a column or a topic ("The Ninth
// Circle:", "The revolutionary's next tactic:"; none of 6 such labels
// speaks on PolNeAR train).
func (f *finder) headlineSpeaker(a, c int) bool {
	d := f.d
	last := c - 1
	for last > a && !d.word(last) {
		last--
	}
	if d.is(a, "the") && c-a > 1 {
		return false
	}
	for k := a; k < c; k++ {
		if labelVerbs[d.lw(k)] {
			return false
		}
	}
	return !headlineRubrics[d.lw(last)]
}

// namingParticiples name a thing when they follow its noun.
var namingParticiples = setOf("called named dubbed titled entitled nicknamed")

// namedThing says whether the cue after token j is a participle naming
// an indefinite noun phrase [b, j] ("a new group called …", "a book
// titled …"): the phrase is what is named, not a speaker.
func (f *finder) namedThing(b, j int) bool {
	d := f.d
	if b < 0 || !d.inLex(j+1, lcNamingParticiple) || !d.word(j) || d.toks[j].cap || d.in(j, wcPronoun) || f.askingParticle(j+2) {
		return false
	}
	w := d.lw(b)
	return w == "a" || w == "an" || w == "another" || f.innerIndefinite(b, j)
}

// determinerModifiers may stand between "the" and its noun.
var determinerModifiers = setOf("other same latest new first last next few many two three four five six seven eight nine ten dozen")

// bareDeterminer says whether the source [b, j] is only "the" and its
// modifiers ("the three", "the latest"): then the "cue" after it is the
// noun of that phrase ("the three states that voted"), and "that" opens
// a relative clause, not a report.
func (f *finder) bareDeterminer(b, j int) bool {
	d := f.d
	if b < 0 || !d.is(b, "the") {
		return false
	}
	for k := b + 1; k <= j; k++ {
		if !d.in(k, wcDetModifier) {
			return false
		}
	}
	return true
}

// nounVerbCues are cues whose bare form is as often a noun ("the reality
// TV show", "a talk show", "the vain hope that …", "the debunked claim
// that …"): after a singular word the verb would need its "s".
var nounVerbCues = setOf("show claim hope fear view promise pledge vow demand")

// pluralSubjects take a bare present verb without ending in "s".
var pluralSubjects = setOf("data media people police they we you i who that which many some most few all both several")

// nounCue says whether the one-word cue at k is a noun: its bare present
// form needs a plural subject, an auxiliary or "to" before it, and a
// singular word there ("TV show", "talk show", "The Daily Show") makes it
// the head of a noun phrase.
func (f *finder) nounCue(k, n int) bool {
	d := f.d
	if n != 1 || !d.inLex(k, lcNounVerbCue) || k == 0 || !d.word(k-1) {
		return false
	}
	w := d.lw(k - 1)
	if strings.HasSuffix(w, "s") || pluralSubjects[w] || d.in(k-1, wcAuxVerb) || w == "to" || w == "not" || w == "and" || w == "or" || strings.HasSuffix(w, "ly") || npAdverbs[w] && !d.toks[k-1].cap {
		return false
	}
	if f.docBefore(k) {
		return false // "Polls in New Hampshire show …": the documents' verb
	}
	if d.lw(k) != "show" && (d.toks[k-1].cap || possPronouns[w]) {
		// "Her vow to …" is the possessive layout's; "DOJ demand" may
		// be a plural.
		return false
	}
	return true
}

// feelingParticiples name a feeling its subject holds: "angered by the
// deal" reports the subject's attitude, with the cause after "by".
var feelingParticiples = setOf("alarmed amused angered annoyed appalled baffled bothered concerned delighted disappointed disgusted dismayed distressed disturbed emboldened encouraged enraged excited fascinated frightened frustrated heartened horrified impressed infuriated inspired intrigued irritated offended outraged perplexed pleased puzzled relieved saddened satisfied shaken shocked startled stunned surprised terrified thrilled troubled unimpressed untroubled worried")

// passiveAgent says whether the cue of n tokens at k ends in "by" after
// a participle that names no feeling ("was backed by", "was named by",
// "responded by"): the subject is what was acted on, and what follows
// "by" is the agent or a manner, so the subject is no source and the
// phrase after "by" no content.
func (f *finder) passiveAgent(k, n int) bool {
	d := f.d
	if n < 2 || !d.is(k+n-1, "by") {
		return false
	}
	w := d.lw(k + n - 2)
	return pastParticiple(w) && !feelingParticiples[w]
}

// phrasalCue says whether a content without quotation marks opens with a
// particle right after the cue ("showed up in the gear of …", "cracked
// down on dissent", "passed out copies"): the cue is part of a phrasal
// verb of action, not a report.
func (f *finder) phrasalCue(a *attr) bool {
	d := f.d
	k := a.cueE
	return len(a.frags) > 0 && k < len(d.toks) && d.toks[k].quote == 0 && particles[d.lw(k)] && !d.is(k, "back") && !d.is(k, "over") && a.frags[0][0] == int(d.toks[k].s)
}

// nounDeterminers open a noun phrase.
var nounDeterminers = setOf("the a an this that these those his her their its our my your any some every each which what whatever")

// gappedRelative says whether a pronoun source [b, j] directly follows
// a noun phrase: "the things he wants to do", "the party she hopes to
// lead" — an object relative clause whose verb's object is that noun,
// so what follows the verb is no content. Time phrases ("this week he
// said") are circumstance, not such a noun.
func (f *finder) gappedRelative(b, j int) bool {
	d := f.d
	if b != j || b < 2 || !d.in(b, wcPronoun) || d.is(b, "who") || d.is(b, "it") || !d.word(b-1) || d.toks[b-1].cap || d.toks[b-1].quote != 0 {
		return false
	}
	w := d.lw(b - 1)
	if d.in(b-1, wcTimeWord|wcTimeNoun|wcDetModifier|wcNounDeterminer|wcAuxVerb|wcVenuePrep|wcSubordinator) || strings.HasSuffix(w, "ly") {
		return false
	}
	for k := b - 2; k >= 0 && k >= b-4 && d.word(k); k-- {
		if d.in(k, wcNounDeterminer) {
			return true
		}
	}
	return false
}

// findVerbs report a finding, except with a reflexive object.
var findVerbs = setOf("find finds found")

// reflexives are the reflexive pronouns.
var reflexives = setOf("himself herself themselves itself myself ourselves yourself yourselves oneself")

// foundOneself says whether the cue is "find" with a reflexive object at
// k ("found himself in a muddy battle"): where someone ended up, not
// what a study or a person found. "found a way to", "has found ways to"
// tell a means, not a finding either.
func (f *finder) foundOneself(a *attr, k int) bool {
	d := f.d
	if !d.inLex(a.cueE-1, lcFindVerb) {
		return false
	}
	if d.is(k, "a") || d.is(k, "new") {
		k++ // "found a way", "found new ways"
	}
	return d.inLex(k, lcReflexive) || (d.is(k, "way") || d.is(k, "ways")) && d.is(k+1, "to")
}

// aspectualCues report speech only before a quotation, a colon or
// "that" ("“…,” he continued"); with a plain object or an infinitive they
// say that something goes on ("continued his push on Twitter").
var aspectualCues = setOf("continue continues continued continuing")

// trailingRelative says whether the comma at i opens a non-restrictive
// relative clause (", which was passed in 2010") that closes a content
// starting at k: the writer's gloss on the last noun, not the speaker's
// words.
func (f *finder) trailingRelative(k, i int) bool {
	d := f.d
	return d.is(i+1, "which") && i > k+2 && !d.is(k, "that") && !f.subjectRelative(i, len(d.toks))
}

// finalAppositive says whether the comma at i opens a last noun phrase
// (with "a", "an" or "the") that runs to the content's end (", a claim
// not recognized internationally", ", a former secretary of state"): the
// writer's gloss on the content or its last noun, which PolNeAR leaves
// out more often than not — unless it is short.
func (f *finder) finalAppositive(k, i, end int) bool {
	d := f.d
	if i <= k+2 || !(d.is(i+1, "a") || d.is(i+1, "an") || d.is(i+1, "the")) {
		return false
	}
	if f.frontedPhrase(k, i) {
		return false // "that during the storm, the council was …": the clause itself
	}
	if f.listTail(i+2, end) {
		return false // "differ on Israel, the nuclear deal and the court": a list goes on
	}
	words := 0
	for j := i + 2; j < end; j++ {
		if d.toks[j].quote != 0 || d.is(j, ",") || d.is(j, ";") {
			return false
		}
		if d.word(j) {
			words++
		}
	}
	// A short name for the last noun (", the majority leader", ", the
	// Affordable Care Act") stays: train keeps 14 of about 20 such.
	return words > shortAppositiveWords
}

// frontedPhrase says whether a "that" content [k, i) holds only a
// phrase fronted before its clause ("that during the storm", "that even
// in small things", "that with the votes she had"): a preposition opens
// it and no comma comes before i, so the comma at i leads into the
// reported clause itself.
func (f *finder) frontedPhrase(k, i int) bool {
	d := f.d
	if !d.is(k, "that") || f.commasBetween(k+1, i) > 0 {
		return false
	}
	j := f.leadWord(k)
	return j < i && d.word(j) && frontedPreps[d.lw(j)]
}

// frontedPreps open a phrase that a clause can follow after a comma
// ("that during the visit, …", "that even in little things, …", "that
// with the votes she had, …"). On train the rule fires 5 times (during,
// in, with, sometime), and all 5 longer contents pair with gold where
// none of the cut ones did; the other prepositions are the same closed
// family ("that on Tuesday, the council would vote"), and with them train
// and dev predictions are byte-identical.
var frontedPreps = setOf("in on at during with for under by from within among amid despite sometime")

// shortAppositiveWords is the most words after the determiner of a final
// appositive that a content keeps.
const shortAppositiveWords = 3

// cutBefore is where a content ending before token i ends: at i, or at
// the comma just before it.
func (d *doc) cutBefore(i int) int {
	if d.is(i-1, "even") {
		i-- // "even though …": the adverb belongs to the clause that is cut
	}
	if d.is(i-1, ",") {
		return i - 1
	}
	return i
}

// newSubjectAfterAnd ends a content without "that" [k, end) before "and"
// or "but" with a subject pronoun ("said the bridge was unsafe and she
// ordered it closed"), or a name and a cue of its own: more often the
// narrative goes on than the speaker. After "that" the pronoun may as
// well belong to the reported clause.
func (f *finder) newSubjectAfterAnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end-2; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if d.is(i, "because") && subjPronoun(d.lw(i+1)) && d.in(i+2, wcSayVerb) {
			// "blocked the bill because they said …": the reason clause
			// holds a report of its own.
			return d.cutBefore(i)
		}
		if !(d.is(i, "and") || d.is(i, "but")) {
			continue
		}
		newSubj := false
		if w := d.lw(i + 1); pronouns[w] && w != "it" && w != "you" && w != "who" && d.word(i+2) {
			newSubj = true
		} else if d.capWord(i+1) && !d.capWord(i-1) && !d.in(i-1, wcPronoun) {
			// "asked for a permit and Ann Hale said", "accuses Obama of
			// “…” and Trump says …": a named subject with its own reporting
			// verb opens a second report ("both he and Rubio promised" is
			// one coordinated subject).
			j := i + 1 // the name, whose verb may already end the content
			for j < end && j-i <= 4 && d.capWord(j) {
				j++
			}
			ne := d.npForward(i+1, end)
			newSubj = d.strongCue(j) || ne > i+1 && ne < end && (d.strongCue(ne) || f.quotingCue(ne))
		}
		if newSubj {
			return d.cutBefore(i)
		}
	}
	return end
}

// gappedObject says whether a content without "that" opens with "and" or
// "or" ("the backstop it seeks and the American contribution …"): the
// verb's object stands before it, so nothing was reported. A later
// "that" means a longer phrase ran on before the content ("said after
// meeting A and other advisers that …"), which is not this case.
func (f *finder) gappedObject(k, end int) bool {
	d := f.d
	if !d.is(k, "and") && !d.is(k, "or") {
		return false
	}
	for i := k + 1; i < end; i++ {
		if d.is(i, "that") && d.toks[i].quote == 0 {
			return false
		}
	}
	return true
}

// embeddedSource says whether the source at b follows a word of the same
// clause, so that its cue sits inside a larger phrase: an object relative
// ("the coronation many pundits forecast, …", "words he has repeated,
// …"), an adverbial clause ("After the senator testified, …") or a
// question ("Would you say, …"). What follows the comma after such a cue
// belongs to the outer clause: on train 6 of 40 such readings were marked.
// A source opening its clause keeps the reading: after "as" or a focus
// word ("as Smith noted, …", "Even his aides say, …"), or after a word
// that opens a main clause: a conjunction, a sequence or time word ("And
// she said, …", "but I said, hey, …", "Then she said, …", "Last week
// Tolen said, …").
func (f *finder) embeddedSource(b int) bool {
	d := f.d
	if b > 0 && d.toks[b].kind == tkPoss {
		b-- // "Tuesday's results": npBack may stop at the possessive
	}
	if b < 1 || !d.word(b-1) || d.toks[b-1].quote != 0 || d.toks[b-1].para != d.toks[b].para {
		return false
	}
	w := d.lw(b - 1)
	if w == "as" || focusWords[w] || clauseLinks[w] || w == "so" || sequenceAdverbs[w] || timeWords[w] || isWeekday(w) {
		return false
	}
	return true
}

// hearerCues take the person spoken to as their object, so in the passive
// ("Sanders was asked by host Bill Maher …") the subject is the hearer,
// not what was said.
var hearerCues = setOf("asked questioned pressed told urged informed reminded warned assured briefed interviewed")

// dropInParticiples drops attributions whose cue and content lie inside
// the content of a participle's ("…, saying that he supports equal pay"
// read again at "supports", "…, claiming he sought to retaliate"): the
// participle already reports those words, and PolNeAR marks no second
// report inside them. Inside any other content only a belief goes ("Asked
// if he thought the toll went too far, …"): on train PolNeAR marked none
// of the 7 this drops, while a spoken report inside a content ("Asked if
// the mayor said …") is often marked. Inherit indices of the dropped
// point to the host.
func (f *finder) dropInParticiples() {
	d := f.d
	var host []int
	byStart := f.byStart[:0] // attributions with a cue and a content, ordered by the content's start; built on first need
	built := false
	for j := range f.attrs {
		h := &f.attrs[j]
		if h.cueS < 0 || len(h.frags) != 1 || h.frags[0][0] < int(d.toks[h.cueS].e) {
			continue
		}
		if !built {
			built = true
			for i := range f.attrs {
				if f.attrs[i].cueS >= 0 && len(f.attrs[i].frags) > 0 {
					byStart = append(byStart, int32(i))
				}
			}
			slices.SortStableFunc(byStart, func(a, b int32) int { return cmp.Compare(f.attrs[a].frags[0][0], f.attrs[b].frags[0][0]) })
			f.byStart = byStart
		}
		// A participle holds any report; another content, only beliefs
		// whose cue it holds. Only contents that start inside it can lie
		// in it.
		gerund := isGerund(d.lw(h.cueS))
		hs, he := h.frags[0][0], h.frags[0][1]
		lo := sort.Search(len(byStart), func(n int) bool { return f.attrs[byStart[n]].frags[0][0] >= hs })
		for _, i32 := range byStart[lo:] {
			i := int(i32)
			a := &f.attrs[i]
			if a.frags[0][0] > he {
				break
			}
			if i == j || host != nil && host[i] >= 0 || !gerund && a.entry.Type != CueThought {
				continue
			}
			if cs := int(d.toks[a.cueS].s); cs < hs || !gerund && cs >= he || a.frags[len(a.frags)-1][1] > he {
				continue
			}
			if host == nil {
				host = make([]int, len(f.attrs))
				for k := range host {
					host[k] = -1
				}
			}
			host[i] = j
		}
	}
	if host == nil {
		return
	}
	into := make([]int, len(host))
	for i := range host {
		// Follow the chain of hosts to one that stays.
		j := i
		for n := 0; host[j] >= 0 && n < len(host); n++ {
			j = host[j]
		}
		into[i] = j
	}
	f.compactAttrs(into)
}

// identity is [0, 1, …, n-1]: every attribution stays where it is.
func identity(n int) []int { return identityFrom(0, n) }

// identityFrom is [n0, n0+1, …, n-1]: compactFrom's "all stay".
func identityFrom(n0, n int) []int {
	into := make([]int, n-n0)
	for i := range into {
		into[i] = n0 + i
	}
	return into
}

// compactAttrs removes every attribution i with into[i] != i, keeping
// the order of the rest, and remaps inherit: one that inherited from a
// removed attribution inherits from into[i] (which stays) instead, or
// from none when into[i] is -1.
func (f *finder) compactAttrs(into []int) { f.compactFrom(0, into) }

// compactFrom is compactAttrs for attributions n0 and after, with into
// indexed from n0 and holding only n0 and after or -1: a per-sentence
// pass drops from its own sentence without walking the whole document
// (hostile input holds thousands of attributions). Inherit points back
// (an attribution inherits from one made before it), so the ones before
// n0 need no remapping.
func (f *finder) compactFrom(n0 int, into []int) {
	newIdx := make([]int, len(into))
	out := n0
	for i := n0; i < len(f.attrs); i++ {
		if into[i-n0] == i {
			newIdx[i-n0] = out
			f.attrs[out] = f.attrs[i]
			out++
		}
	}
	for i, j := range into {
		switch {
		case j == n0+i:
		case j < 0:
			newIdx[i] = -1
		default:
			newIdx[i] = newIdx[j-n0]
		}
	}
	f.attrs = f.attrs[:out]
	for i := n0; i < out; i++ {
		if h := f.attrs[i].inherit; h >= n0 {
			f.attrs[i].inherit = newIdx[h-n0]
		}
	}
}

// dropDuplicates keeps the first of attributions with the same cue and
// a content starting at the same place: passes that meet one participle
// twice ("…, adding that …") would report it twice, and two readings of
// one cue may end its object in different places ("to discuss the
// talks" and "discuss the talks publicly"). Indices in inherit are remapped. A
// document holds a few dozen attributions, so pairs are compared
// directly, without allocating; past manyAttrs (hostile input) a map
// keeps the pass linear.
func (f *finder) dropDuplicates() {
	const manyAttrs = 64
	type key struct{ cue, s int }
	keyOf := func(a *attr) (key, bool) {
		if len(a.frags) == 0 {
			return key{}, false
		}
		cue := a.cueS
		if f.d.is(cue, "to") {
			cue++ // "to accuse" and "accuse" are one cue
		}
		return key{cue, a.frags[0][0]}, true
	}
	var into []int
	dup := func(i, j int) {
		if into == nil {
			into = identity(len(f.attrs))
		}
		into[i] = j
	}
	if len(f.attrs) > manyAttrs {
		first := make(map[key]int, len(f.attrs))
		for i := range f.attrs {
			if k, ok := keyOf(&f.attrs[i]); ok {
				if j, seen := first[k]; seen {
					dup(i, j)
				} else {
					first[k] = i
				}
			}
		}
	} else {
		for i := range f.attrs {
			ki, ok := keyOf(&f.attrs[i])
			for j := 0; ok && j < i; j++ {
				if kj, okj := keyOf(&f.attrs[j]); okj && (into == nil || into[j] == j) && kj == ki {
					dup(i, j)
					break
				}
			}
		}
	}
	if into != nil {
		f.compactAttrs(into)
	}
}

// quotingCue says whether a cue at token k reaches quoted words in its
// object ("… and Trump calling it a “great meeting”").
func (f *finder) quotingCue(k int) bool {
	n, c := f.d.cueMatch(k)
	if n == 0 || c.Prec < 0.3 || f.d.toks[k].cap {
		return false
	}
	a := attr{cueS: k, cueE: k + n, entry: c}
	return f.coordQuoted(&a, f.sents[f.sentOf(k)])
}

// deniedImpression says whether the raising cue at k is negated: "He
// didn't seem impressed", "The plan does not seem to work", "She just
// can't seem to win" describe the writer's own reading of a state, which
// PolNeAR does not mark (2 of 9 such readings on train are gold).
func (f *finder) deniedImpression(k, lim int) bool {
	d := f.d
	j := k - 1
	if j > lim && d.word(j) && strings.HasSuffix(d.lw(j), "ly") || d.is(j, "just") {
		j-- // "doesn't really seem"
	}
	w := d.lw(j)
	return j >= lim && d.word(j) && (negations[w] || w == "cannot" || strings.HasSuffix(w, "n't"))
}

// audienceNouns name a gathering or a public spoken to.
var audienceNouns = setOf("gala nation crowd crowds audience audiences rallies conventions conferences")

// addressedAudience says whether an "address" cue has an event or an
// audience for its object: "is due to address the convention", "to
// address a conference of …" is a speech given, not a matter taken up as
// in "to address the concerns" (2 of 8 such objects are gold on train).
func (f *finder) addressedAudience(a *attr) bool {
	d := f.d
	if !strings.HasPrefix(d.lw(a.cueE-1), "address") {
		return false
	}
	for k := a.cueE; k < a.cueE+4 && d.word(k) && !d.is(k, "of"); k++ {
		if w := d.lw(k); eventNouns[w] || audienceNouns[w] {
			return true
		}
	}
	return false
}

// perceptionCues, in the past, tell what someone had in sight.
var perceptionCues = setOf("saw watched")

// perceivedObject says whether a past perception cue has an object with
// no "as" reading after it: "when I saw a guy careening down the hall",
// "Trump watched the returns from Palm Beach" tell what was in sight,
// while "saw the vote as a warning" reports a view (1 in 10 of the
// former are gold on train).
func (f *finder) perceivedObject(a *attr) bool {
	d := f.d
	if len(a.frags) == 0 || !perceptionCues[d.lw(a.cueE-1)] || f.isOpen(a.cueE) {
		return false
	}
	end := a.frags[len(a.frags)-1][1]
	for k := d.tokFrom(a.frags[0][0]) + 1; k < len(d.toks) && int(d.toks[k].s) < end; k++ {
		if d.is(k, "as") {
			return false
		}
	}
	return true
}
