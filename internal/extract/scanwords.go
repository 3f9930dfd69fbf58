package extract

import (
	"maps"
	"slices"
)

// Scanned words: the words that passes over the whole article look for
// token by token ("about", "who", a "that" after a noun). The tokenizer
// lists each one's tokens, so that a pass visits the few tokens that hold
// its word rather than testing every token of every sentence.
//
// To give a pass its word: add a constant and a scanWords row, then
// range over d.scanned(swX, a, b) where the pass tested d.is(k, "x") for
// each k in [a, b).
type scanWord uint8

const (
	swNone scanWord = iota
	swThat
	swOf
	swTo
	swArticle // "a", "an"
	swAbout
	swWho
	swThere
	swAsked
	swView // "view", "opinion"
	swColon
	swWhich
	swDash        // "—", "–", "―", "-", and "--" read as "—"
	swMidAdverb   // "since", "now"
	swFaultNoun   // faultNouns: "criticism", "questions", …
	swCompoundCue // cueCompounds' verbs: "think", "talk"
	swCalls       // "calls", for bareCalls
	swCount
)

// scanWords gives each scanned word its spellings (lower case).
var scanWords = [...]struct {
	sw    scanWord
	words []string
}{
	{swThat, []string{"that"}},
	{swOf, []string{"of"}},
	{swTo, []string{"to"}},
	{swArticle, []string{"a", "an"}},
	{swAbout, []string{"about"}},
	{swWho, []string{"who"}},
	{swThere, []string{"there"}},
	{swAsked, []string{"asked"}},
	{swView, []string{"view", "opinion"}},
	{swColon, []string{":"}},
	{swWhich, []string{"which"}},
	{swDash, []string{"—", "–", "―", "-"}},
	{swMidAdverb, []string{"since", "now"}},
	{swFaultNoun, slices.Sorted(maps.Keys(faultNouns))},
	{swCompoundCue, slices.Sorted(maps.Keys(cueCompounds))},
	{swCalls, []string{"calls"}},
}

// scanned returns, in order, the tokens in [a, b) whose word is sw's.
// The passes ask once a sentence, so the search is written out: a call
// of slices.BinarySearch cost more than most lists' few entries.
func (d *doc) scanned(sw scanWord, a, b int) []int32 {
	ks := d.scans[sw]
	lo, hi := 0, len(ks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ks[m]) < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	j := lo
	for j < len(ks) && int(ks[j]) < b {
		j++
	}
	return ks[lo:j]
}

// midAdverbAux are the forms of "have" and "be" a participle follows;
// after a modal ("may now feel") the verb is seldom a report (two of two
// on train were not).
var midAdverbAux = setOf("has have had is are was were")

// markMidAdverbs lets "since" and "now" stand between a source and its
// cue, as the skipBetween words do, where midAdverb says they sit between
// an auxiliary and the verb. The token's class then departs from the
// word set, which cannot hold the two words (see midAdverb).
func (d *doc) markMidAdverbs() {
	for _, k := range d.scans[swMidAdverb] {
		if d.midAdverb(int(k)) {
			d.toks[k].cls |= wcSkipBetween
		}
	}
}

// midAdverb says whether "since" or "now" at i sits between a form of
// "have" or "be" and a lower-case word: "She has since stressed that …",
// "Aides are now arguing that …", "had just now insisted". Elsewhere the
// words open a clause or a time phrase ("since the vote", "now Lee
// says", "has been closed since the flood", "has now been posted").
func (d *doc) midAdverb(i int) bool {
	if !d.is(i, "since") && !d.is(i, "now") {
		return false
	}
	aux := func(k int) bool { return d.word(k) && midAdverbAux[d.lw(k)] }
	if !aux(i-1) && !(d.is(i-1, "just") && aux(i-2)) {
		return false
	}
	if !d.word(i+1) || d.toks[i+1].cap || d.toks[i+1].quote != 0 {
		return false
	}
	return !d.in(i+1, wcDeterminer|wcPronoun|wcPossPronoun|wcBeForm) && !isNumberWord(d.lw(i+1))
}
