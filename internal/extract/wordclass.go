package extract

// Word classes: a token's membership in the word sets the layouts ask
// about most often, looked up once per token and kept with it, so that
// the layouts' repeated questions about the same token cost a load
// rather than a map look-up each.

// wordClass is a bit set over classSets.
type wordClass uint64

const (
	wcPronoun wordClass = 1 << iota
	wcDeterminer
	wcNPStop
	wcAuxVerb
	wcLeadStop
	wcSkipBetween
	wcNamingVerb
	wcNounDeterminer
	wcDatedNoun
	wcSubOpener
	wcFocusOpener
	wcTitleWord
	wcObjectSubord
	wcTellCue
	wcTimeWord
	wcVenueNoun
	wcWeekday
	wcRaisingCue
	wcLabelStop
	wcEventNoun
	wcWhWord
	wcPlainSay
	wcInnerSayNot
	wcVenuePrep
	wcStandalone
)

// classSets gives each class its word set. The classes are read from
// the sets when the package starts, so a word added to a set needs
// nothing more here.
var classSets = [...]struct {
	c   wordClass
	set map[string]bool
}{
	{wcPronoun, pronouns},
	{wcDeterminer, determiners},
	{wcNPStop, npStop},
	{wcAuxVerb, auxVerbs},
	{wcLeadStop, leadStop},
	{wcSkipBetween, skipBetween},
	{wcNamingVerb, namingVerbs},
	{wcNounDeterminer, nounDeterminers},
	{wcDatedNoun, datedNouns},
	{wcSubOpener, subOpeners},
	{wcFocusOpener, focusOpeners},
	{wcTitleWord, titleWords},
	{wcObjectSubord, objectSubords},
	{wcTellCue, tellCues},
	{wcTimeWord, timeWords},
	{wcVenueNoun, venueNouns},
	{wcWeekday, keysOf(weekdays)},
	{wcRaisingCue, raisingCues},
	{wcLabelStop, labelStop},
	{wcEventNoun, eventNouns},
	{wcWhWord, whWords},
	{wcPlainSay, plainSay},
	{wcInnerSayNot, innerSayNot},
	{wcVenuePrep, venuePreps},
	{wcStandalone, standalone},
}

// keysOf is the set of m's keys, for a map that is not a word set.
func keysOf[V any](m map[string]V) map[string]bool {
	s := make(map[string]bool, len(m))
	for w := range m {
		s[w] = true
	}
	return s
}

// wordInfo is what a token's lower-case text tells without context:
// its classes and the cue phrases and noun-phrase cues it starts.
type wordInfo struct {
	cls wordClass
	cue cueHead
	np  []npPhrase
}

// wordInfos[0] is the word known to none of the sets; wordIndex maps
// every other word to its entry.
var wordInfos, wordIndex = buildWordInfos()

// wordKnown spares the map look-up for most words known to no set.
var wordKnown = newWordFilter(wordIndex)

func buildWordInfos() ([]wordInfo, map[string]int32) {
	var words []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for w := range cueIndex {
		add(w)
	}
	for w := range npCueIndex {
		add(w)
	}
	for _, cs := range classSets {
		for w := range cs.set {
			add(w)
		}
	}
	infos := make([]wordInfo, 1, len(words)+1)
	idx := make(map[string]int32, len(words))
	for _, w := range words {
		wi := wordInfo{cue: cueIndex[w], np: npCueIndex[w]}
		for _, cs := range classSets {
			if cs.set[w] {
				wi.cls |= cs.c
			}
		}
		idx[w] = int32(len(infos))
		infos = append(infos, wi)
	}
	return infos, idx
}

// wordMemo remembers, while one text is tokenised, the last known word
// seen at each of its slots: news text repeats its function words, and
// comparing with the remembered word costs less than the map look-up.
type wordMemo [256]struct {
	w  string
	wi int32
}

// wordOf returns the index in wordInfos of w, 0 for a word no set
// knows. newDoc asks once per token.
func (m *wordMemo) wordOf(w string) int32 {
	h := wordHash(w)
	if !wordKnown.test(h) {
		return 0
	}
	e := &m[h%uint32(len(m))]
	if e.w != w {
		e.w, e.wi = w, wordIndex[w]
	}
	return e.wi
}

// info returns token k's wordInfo.
func (d *doc) info(k int) *wordInfo {
	return &wordInfos[d.toks[k].wi]
}

// npPhrases returns the noun-phrase cues starting with token k's text,
// npCueIndex[d.lw(k)].
func (d *doc) npPhrases(k int) []npPhrase {
	if uint(k) >= uint(len(d.toks)) {
		return nil
	}
	return wordInfos[d.toks[k].wi].np
}

// in says whether token k's lower-case text is in the set of class c:
// in(k, wcPronoun) is pronouns[d.lw(k)]. Small enough to inline.
func (d *doc) in(k int, c wordClass) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return wordInfos[d.toks[k].wi].cls&c != 0
}
