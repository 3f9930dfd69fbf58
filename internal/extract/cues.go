package extract

import "strings"

// cuePhrase is one entry of the cue lexicon, split into tokens.
type cuePhrase struct {
	toks  []string
	entry cueEntry
	wis   []int32 // each of toks' index in wordInfos, to match a token by its index (set by buildWordInfos)
}

// handCues are written by hand: phrases PolNeAR has too rarely, and types
// the learned lemma classes would get wrong.
var handCues = map[string]cueEntry{
	"told reporters":      {CueSpeech, 50, 0.95},
	"told journalists":    {CueSpeech, 50, 0.95},
	"said in a statement": {CueWriting, 50, 0.95},
	"said in a post":      {CueWriting, 50, 0.95},
	"wrote on":            {CueWriting, 50, 0.9},
	"posted on":           {CueWriting, 50, 0.8},
	"according to":        {CueSpeech, 387, 0.9},
	"called for":          {CueSpeech, 30, 0.8},
	// "called out the senator", "calls out companies": the phrasal verb
	// of public rebuke, marked 7 of 9 times on train in its four forms,
	// which split its few sightings too thinly for lexgen to learn them.
	"call out":              {CueSpeech, 7, 0.7},
	"calls out":             {CueSpeech, 7, 0.7},
	"called out":            {CueSpeech, 7, 0.7},
	"calling out":           {CueSpeech, 7, 0.7},
	"laid out":              {CueSpeech, 10, 0.7},
	"ruled out":             {CueSpeech, 10, 0.6},
	"hailed":                {CueSpeech, 10, 0.5},
	"accused":               {CueSpeech, 36, 0.6},
	"insisted":              {CueSpeech, 21, 0.8},
	"warned":                {CueSpeech, 21, 0.7},
	"stated":                {CueSpeech, 22, 0.8},
	"mentioned":             {CueSpeech, 10, 0.4},
	"emphasized":            {CueSpeech, 10, 0.6},
	"emphasised":            {CueSpeech, 10, 0.6},
	"stressed":              {CueSpeech, 10, 0.6},
	"announced":             {CueSpeech, 77, 0.6},
	"told":                  {CueSpeech, 400, 0.82},
	"said":                  {CueSpeech, 4127, 0.85},
	"says":                  {CueSpeech, 417, 0.82},
	"added":                 {CueSpeech, 200, 0.76},
	"adding":                {CueSpeech, 54, 0.65},
	"suggested":             {CueSpeech, 72, 0.5},
	"said on social media":  {CueWriting, 10, 0.9},
	"wrote on social media": {CueWriting, 10, 0.9},
}

// cueHead holds the cue phrases starting with one word: the word alone,
// and the longer phrases by their second word, longest first. Grouping
// by the second word spares scanning the ~90 phrases of "a" or "said".
type cueHead struct {
	one  *cueEntry
	next map[string][]cuePhrase
}

// cueIndex maps a cue's first token to its phrases.
var cueIndex = buildCueIndex()

// wordnetOnly holds the WordNet forms that neither train, the hand cues
// nor the idioms know: cues that only the prior lends.
var wordnetOnly = func() map[string]bool {
	m := map[string]bool{}
	for k := range wordnetCues {
		_, learned := learnedCues[k]
		_, hand := handCues[k]
		_, idiom := idiomCues[k]
		if !learned && !hand && !idiom {
			m[k] = true
		}
	}
	return m
}()

func buildCueIndex() map[string]cueHead {
	all := map[string]cueEntry{}
	for k, v := range learnedCues {
		all[k] = v
	}
	for k, v := range handCues {
		all[k] = v
	}
	// Idioms fill in only where train has no figures of its own, and
	// WordNet's reporting verbs where neither train nor the idioms do.
	for _, fill := range []map[string]cueEntry{idiomCues, wordnetCues} {
		for k, v := range fill {
			if _, ok := all[k]; !ok {
				all[k] = v
			}
		}
	}
	// A phrase seen once as a cue has an unreliable precision: trust it
	// only with the stronger evidence a named subject or "that" gives.
	for k, v := range all {
		if v.Count < 2 && v.Prec > 0.3 {
			v.Prec = 0.3
			all[k] = v
		}
	}
	// A longer phrase is at least as good a cue as its first word:
	// PolNeAR often marks only "said" in "said in an interview", which
	// makes the long phrase look rare as a cue.
	for k, v := range all {
		t := strings.Fields(k)
		if len(t) > 1 {
			if h, ok := all[t[0]]; ok && h.Prec > v.Prec {
				v.Prec = h.Prec
				v.Type = h.Type
				all[k] = v
			}
		}
	}
	// "vowed to ban …": PolNeAR marks "vowed" as the cue and "to ban …"
	// as the content. A phrase ending in "to" that is rarer as a cue than
	// its verb alone is that verb with its infinitive ("according to",
	// "referring to" are not).
	for k, v := range all {
		if p, ok := strings.CutSuffix(k, " to"); ok {
			if h, ok := all[p]; ok && h.Count > v.Count {
				delete(all, k)
			}
		}
	}
	// A verb or adjective with the preposition of its stance ("lobbying
	// for", "complained of") is read by the attitude layout, which knows
	// when the object is no stance ("for months", "of back pain"). A
	// phrase seen once or lent by lexgen would take it from that layout.
	// A feeling's "by" stays: the layout reads it only after "be", and
	// the other readings ("With most voters alarmed by …") need it.
	for k, v := range all {
		if a, p, ok := strings.Cut(k, " "); ok && v.Count < 2 && !strings.Contains(p, " ") && attitudeHead(a, p) && !(p == "by" && feelingBy[a]) {
			delete(all, k)
		}
	}
	// A British spelling is the American one's cue: wire copy from London
	// or Paris writes "apologised", PolNeAR mostly "apologized".
	for k, v := range all {
		if alt := otherSpelling(k); alt != k {
			if _, ok := all[alt]; !ok {
				all[alt] = v
			}
		}
	}
	// "upon" is the formal "on": a phrase train shows with "on" ("called
	// on", "remarked on") is the same cue with "upon", which PolNeAR
	// marks the same way (train: the content starts after "upon" 5 times
	// in 5).
	for k, v := range all {
		if p, ok := strings.CutSuffix(k, " on"); ok {
			if _, ok := all[p+" upon"]; !ok {
				all[p+" upon"] = v
			}
		}
	}
	idx := map[string]cueHead{}
	for k, v := range all {
		t := strings.Fields(k)
		if len(t) == 0 || strings.ContainsAny(t[0], ",.:;\"“”") {
			continue
		}
		h := idx[t[0]]
		if len(t) == 1 {
			h.one = &v
		} else {
			if h.next == nil {
				h.next = map[string][]cuePhrase{}
			}
			h.next[t[1]] = append(h.next[t[1]], cuePhrase{toks: t, entry: v})
		}
		idx[t[0]] = h
	}
	for _, h := range idx {
		for k, ps := range h.next {
			// longest first, then alphabetical for determinism
			for i := 1; i < len(ps); i++ {
				for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
					ps[j], ps[j-1] = ps[j-1], ps[j]
				}
			}
			h.next[k] = ps
		}
	}
	return idx
}

func less(a, b cuePhrase) bool {
	if len(a.toks) != len(b.toks) {
		return len(a.toks) > len(b.toks)
	}
	return strings.Join(a.toks, " ") < strings.Join(b.toks, " ")
}

// cueMatch finds the longest cue phrase starting at token k. A token
// already known to start none, as most words are once asked, is answered
// here without a call: the layouts ask at every word. (The named results
// and bare return keep it within the inliner's budget.)
func (d *doc) cueMatch(k int) (n int, e cueEntry) {
	if uint(k) >= uint(len(d.cueI)) || d.cueI[k] >= 0 {
		n, e = d.cueMatchMemo(k)
	}
	return
}

// cueMatchMemo is cueMatch, remembering each token's answer in d.cueI.
func (d *doc) cueMatchMemo(k int) (int, cueEntry) {
	if uint(k) >= uint(len(d.toks)) || d.toks[k].kind != tkWord {
		return 0, cueEntry{}
	}
	// The layouts ask about each token many times: answer once.
	// Few tokens start a cue: an index per token into the cues found
	// keeps the memo small and free of pointers.
	if len(d.cueI) != len(d.toks) {
		d.cueI = resize(d.cueI, len(d.toks))
		clear(d.cueI)
	}
	switch i := d.cueI[k]; {
	case i > 0:
		h := &d.cueHits[i-1]
		return int(h.n), *h.e
	case i < 0:
		return 0, cueEntry{}
	}
	n, e := d.cueLookup(k)
	if n == 0 {
		d.cueI[k] = -1
		return 0, cueEntry{}
	}
	d.cueHits = append(d.cueHits, cueHit{int8(n), e})
	d.cueI[k] = int32(len(d.cueHits))
	return n, *e
}

// cueHit is a cue matched at a token: its length and entry.
type cueHit struct {
	n int8
	e *cueEntry
}

func (d *doc) cueLookup(k int) (int, *cueEntry) {
	n, e := d.lexCueLookup(k)
	if n > 0 && n < 4 {
		if sn := d.showFrame(k); sn > n {
			return sn, &showFrameEntry
		}
	}
	lex := d.info(k).lex // one load for the two classes
	if lex&lcCatenative != 0 {
		// A learned phrase of the chain's own words seen once ("tried to
		// defend") is held at 0.3 for want of evidence: the chain's
		// reading, judged by the report verb, is better evidence.
		if cn, ce := d.catenativeChain(k); cn > n || cn == n && cn > 0 && e.Count < 2 && ce.Prec > e.Prec {
			return cn, ce
		}
	}
	if lex&lcVehicle != 0 {
		if vn, ve := d.vehicleChain(k); vn > n {
			return vn, ve
		}
	}
	if (n == 0 || e.Prec < causedMinOwn) && k > 0 && d.is(k-1, "to") {
		if tn, te := d.causedReport(k - 1); tn > 0 {
			return tn, te
		}
	}
	return n, e
}

// cueCompounds maps a cue verb to the nouns it modifies in a compound
// noun ("think tank", "talk show"), where it reports nothing.
var cueCompounds = map[string]map[string]bool{
	"think": setOf("tank tanks"),
	"talk":  setOf("show shows radio"),
}

// cueCompoundNoun says whether word k opens such a compound: "Ann Lee,
// a founder of the think tank, said" has one cue, "said". After a
// pronoun the word is the verb ("I think tanks cost too much").
func (d *doc) cueCompoundNoun(k int) bool {
	// Asked of every word that starts a cue: the word's scanned-word tag
	// spares the look-up for all but the few verbs.
	if d.info(k).scan != swCompoundCue {
		return false
	}
	nouns := cueCompounds[d.lw(k)]
	if nouns == nil || k+1 >= len(d.toks) || !d.word(k+1) || !nouns[d.lw(k+1)] {
		return false
	}
	return k == 0 || !d.word(k-1) || !d.in(k-1, wcPronoun)
}

// lexCueLookup finds the longest phrase of the lexicon starting at k.
func (d *doc) lexCueLookup(k int) (int, *cueEntry) {
	t := &d.toks[k]
	in := d.info(k)
	h := &in.cue
	if h.next == nil && h.one == nil || t.cap && (d.inName(k) || d.nameMiddle(k)) {
		return 0, nil
	}
	if k > 0 && d.is(k-1, "the") && d.is(k, "said") && !t.cap {
		return 0, nil // "the said property": the legal adjective, no report
	}
	if d.cueCompoundNoun(k) {
		return 0, nil // "a think tank", "a talk show": the verb is a noun's modifier
	}
	if h.next != nil && k+1 < len(d.toks) && d.toks[k+1].para == t.para {
		ps := in.cuePhrases(d.toks[k+1].wi)
		for pi, p := range ps {
			if k+len(p.toks) > len(d.toks) {
				continue
			}
			ok := true
			for i := 2; i < len(p.toks); i++ {
				if u := &d.toks[k+i]; u.wi != p.wis[i] || u.para != t.para {
					ok = false
					break
				}
			}
			if e := k + len(p.toks); ok && (e < len(d.toks) && d.toks[e].kind == tkPoss || d.possTime(e-1, len(d.toks))) {
				ok = false // "said Tuesday’s vote", "said Friday night’s fire": the last word opens a possessive, no adjunct of the cue
			}
			if e := k + len(p.toks); ok && focusAdverbs[p.toks[len(p.toks)-1]] && !d.is(e, "that") {
				ok = false // "said only the board could decide": the adverb bounds the content's subject; "said only that …" keeps it
			}
			if ok && approximators[p.toks[len(p.toks)-1]] && d.countsNumber(k+len(p.toks)-1) {
				ok = false // "said about 1.5 million people had fled": the word counts the content's subject
			}
			if ok && d.callOutNoObject(k, len(p.toks)) {
				ok = false // "called out sick", "calling out for change": no one rebuked
			}
			if ok {
				return len(p.toks), &ps[pi].entry
			}
		}
	}
	if h.next != nil {
		if n, e := d.innerAdverbPhrase(k, in); n > 0 {
			return n, e
		}
	}
	if t.para == 0 && h.one != nil {
		if e := d.headlineCue(k, h.one); e != nil && (!t.cap || !d.cueNameEnd(k, e)) {
			return 1, e
		}
	}
	if h.one != nil && (!t.cap || !d.cueNameEnd(k, h.one) && !d.headlineSurname(k)) {
		return 1, h.one
	}
	return 0, nil
}

// innerAdverbPhrase matches a cue phrase of two words or more that an
// adverb interrupts after its verb: "touched briefly on", "called again
// for", "voted solidly for", "spoke out sharply against" (PolNeAR marks
// the whole, adverb included; 12 of 17 such phrases on train). The
// phrase must be one a cue needs to be without "that" (tunePre): "focused
// heavily on", "rely increasingly on" tell what one leans on, and PolNeAR
// left them unmarked. It returns the phrase's length with the adverb, or 0.
func (d *doc) innerAdverbPhrase(k int, in *wordInfo) (int, *cueEntry) {
	a := k + 1
	if !d.midPhraseAdverb(a) || a+1 >= len(d.toks) || d.toks[a+1].para != d.toks[k].para {
		return 0, nil
	}
	ps := in.cuePhrases(d.toks[a+1].wi)
	for pi, p := range ps {
		e := a + len(p.toks) // one past the phrase, the adverb counted
		if e > len(d.toks) {
			continue
		}
		ok := true
		for i := 2; i < len(p.toks); i++ {
			if u := &d.toks[a+i]; u.wi != p.wis[i] || u.para != d.toks[k].para {
				ok = false
				break
			}
		}
		if ok && (e < len(d.toks) && d.toks[e].kind == tkPoss || d.possTime(e-1, len(d.toks))) {
			ok = false // as in lexCueLookup: the last word opens a possessive
		}
		if ok && p.entry.Prec >= tunePre && !focusAdverbs[p.toks[len(p.toks)-1]] && !approximators[p.toks[len(p.toks)-1]] {
			return len(p.toks) + 1, &ps[pi].entry
		}
	}
	return 0, nil
}

// midPhraseAdverb says whether token k is an adverb of manner, time or
// frequency that may stand inside a cue phrase: an "-ly" adverb that no
// noun or adjective shares the shape of ("briefly", not "rally" or
// "early"), or "again", "often", "twice".
func (d *doc) midPhraseAdverb(k int) bool {
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 {
		return false
	}
	// Asked after every word that starts a cue phrase: the token's
	// shape tells an "-ly" word without reading its text.
	if !d.shaped(k, shLy) {
		return d.is(k, "again") || d.is(k, "often") || d.is(k, "twice")
	}
	w := d.lw(k)
	return lyAdverb(w) && !lyAdjectives[w] && !lyNouns[w]
}

// cueNameEnd says whether the capitalised word k is a surname instead
// of a cue: it follows a capitalised word and ends the phrase ("Ann
// Lowry, an editor, …", "Patti LaBelle and Stevie Wonder, who …"), where
// a verb would go on to its object. A cue seen often is a surname there
// only in running text: a title-case headline capitalises its verb
// ("Trade Deal Is Dead, Senator Says"). A line of two capitalised words
// before its quotation fits a headline ("Mayor Lee Warns: “…”") and a
// speaker's label ("Stevie Wonder: “…”") alike; the word's precision as
// a cue tells them apart.
func (d *doc) cueNameEnd(k int, e *cueEntry) bool {
	if !d.toks[k].cap || d.allCaps(k) || k == 0 || !d.capWord(k-1) || d.toks[k-1].para != d.toks[k].para || k+1 >= len(d.toks) || d.word(k+1) {
		return false
	}
	if e.Count < 2 {
		return true
	}
	words, caps := d.paraCaps(k)
	if words == 2 && caps == 2 {
		return e.Prec < 0.5
	}
	return !titleCaseCounts(words, caps)
}

// titleCaseCounts says whether most of a line's longer words are capitalised,
// as in a title-case headline.
func titleCaseCounts(words, caps int) bool {
	return words >= 3 && caps*4 >= words*3
}

// paraCaps counts the longer words of token k's paragraph and the
// capitalised ones among them. Words inside quotation marks are the
// quotation's own: "Mayor Lee Warns: “The bridge will close.”" has two
// words before its quotation.
func (d *doc) paraCaps(k int) (words, caps int) {
	p := d.toks[k].para
	s, e := k, k
	for s > 0 && d.toks[s-1].para == p {
		s--
	}
	for e < len(d.toks) && d.toks[e].para == p {
		e++
	}
	for i := s; i < e; i++ {
		if !d.word(i) || d.toks[i].quote != 0 || d.toks[i].e-d.toks[i].s < 4 {
			continue
		}
		words++
		if d.toks[i].cap {
			caps++
		}
	}
	return words, caps
}

// nameMiddle says whether the capitalised word k goes on a name begun
// by the capitalised word before it in running text, where it is no
// cue: "the American Bar Association", "the Elections Project
// estimated", "The Miami Herald reported", "Le Pen told". Only a
// headline capitalises its verbs ("Senator Warns of Cuts"): a line in
// title case, or too short to tell, keeps its cues.
func (d *doc) nameMiddle(k int) bool {
	if k < 1 || !d.capWord(k-1) || d.allCaps(k) || d.allCaps(k-1) || d.toks[k-1].para != d.toks[k].para || d.in(k, wcWeekday) || monthNames[d.lw(k)] {
		return false // "Lee Sunday night recounted": a date opens the cue
	}
	words, caps := d.paraCaps(k)
	return words >= 3 && !titleCaseCounts(words, caps)
}

// inName says whether the capitalised word k stands inside a name in
// running text, where it is no cue: "spokeswoman Hope Hicks said", "the
// latest Rasmussen Reports poll". A headline in title case keeps its
// cues ("Media Reports Reveal …").
func (d *doc) inName(k int) bool {
	if k < 2 || d.allCaps(k) || !d.word(k-1) || !d.word(k+1) {
		return false
	}
	prev, next := d.toks[k-1].cap, d.toks[k+1].cap
	switch {
	case !prev && next:
		return d.toks[k-1].para == d.toks[k].para && !d.is(k-1, "and") // "spokeswoman Hope Hicks"
	case prev && !next:
		return d.word(k-2) && !d.toks[k-2].cap // "latest Rasmussen Reports poll"
	}
	return false
}

// cueAt returns the length in tokens of a confident cue at k, else 0.
func (d *doc) cueAt(k int) int {
	n, e := d.cueMatch(k)
	if e.Prec < 0.3 {
		return 0
	}
	return n
}

// focusAdverbs end some learned cue phrases ("said only that …"); before
// anything but "that" they belong to the content instead.
var focusAdverbs = setOf("only just merely simply solely even")

// countsNumber says whether the approximator at k ("about", "nearly")
// grades the number after it ("about 1.5 million people") instead of
// heading a phrase of its own ("said about the war").
func (d *doc) countsNumber(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].cap || !d.word(k+1) {
		return false // "Prediction About 2016": a title-case headline's topic
	}
	w := d.lw(k + 1)
	return isNumberWord(w) && w != "one" && w != "most" && w != "majority" // "about one thing": a pronoun
}

// tellCues take a hearer before their content: "told reporters that".
var tellCues = setOf("told tells tell telling assured informed reminded warned briefed urged")

// isGerund says whether w is an "-ing" verb form (", adding that …"),
// not a short word ("king") or an "-ing" preposition ("during").
func isGerund(w string) bool {
	return strings.HasSuffix(w, "ing") && len(w) > 5 && w != "according" && w != "during" && w != "including" && w != "following"
}

// pastParticiple says whether w has the shape of a past participle
// ("briefed", "chosen"); the shape also fits some nouns ("citizen"),
// so callers add context.
func pastParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// lyAdverb says whether w looks like an "-ly" adverb ("publicly"); the
// length test leaves out short words such as "only" and "ally".
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// izeSpellings pair the American endings of -ize and -yze verbs with
// their British spellings.
var izeSpellings = [][2]string{
	{"izes", "ises"}, {"ized", "ised"}, {"izing", "ising"}, {"ize", "ise"},
	{"yzes", "yses"}, {"yzed", "ysed"}, {"yzing", "ysing"}, {"yze", "yse"},
}

// ourSpellings pair the American stems of report and stance words in
// -or with their British -our ("favored", "favoured"; "rumored").
var ourSpellings = [][2]string{{"favor", "favour"}, {"disfavor", "disfavour"}, {"rumor", "rumour"}, {"clamor", "clamour"}, {"endeavor", "endeavour"}}

// otherSpelling returns phrase with each -ize/-yze verb form, and each
// word of ourSpellings, in its British spelling ("criticized" gives
// "criticised", "favor" "favour"), or phrase itself when it has none.
// Words whose "ize" is their root's ("size", "seized") keep it (izeRoot).
// The other way round is not safe: "praised", "advised" and "promised"
// have no -ize form.
func otherSpelling(phrase string) string {
	ws := strings.Fields(phrase)
	changed := false
	for i, w := range ws {
		for _, p := range izeSpellings {
			if base, ok := strings.CutSuffix(w, p[0]); ok {
				if izeRoot(base) {
					break // "seized", "sizing", "outsize": the -ize is the root's
				}
				ws[i], changed = base+p[1], true
				break
			}
		}
		for _, p := range ourSpellings {
			if rest, ok := strings.CutPrefix(ws[i], p[0]); ok {
				ws[i], changed = p[1]+rest, true
				break
			}
		}
	}
	if !changed {
		return phrase
	}
	return strings.Join(ws, " ")
}

// izeRoot says whether the letters before an -ize/-yze ending belong to a
// word whose "ize" is part of its root, spelled so in Britain too: a
// stem of one or two letters ("s-ize", "se-ized", "pr-ize") or a compound
// of "size", a consonant before its "s" ("out-size", "cap-sized"); a
// suffix stem in s has a vowel there ("emphas-ize", "synthes-ize").
func izeRoot(stem string) bool {
	n := len(stem)
	if n < 3 {
		return true
	}
	return stem[n-1] == 's' && !strings.ContainsRune("aeiouy", rune(stem[n-2]))
}

// callOutNoObject says whether the phrase of n tokens at k is a "call"
// verb with "out" that takes no object: "called out sick", "calling out
// for change", "called out of retirement". The phrasal verb reports a
// rebuke only with the one rebuked right after it.
func (d *doc) callOutNoObject(k, n int) bool {
	e := k + n
	if n != 2 || !d.is(k+1, "out") || !d.inLex(k, lcCallVerb) || e >= len(d.toks) {
		return false
	}
	return !d.word(e) || d.is(e, "sick") || d.is(e, "for") || d.is(e, "of")
}
