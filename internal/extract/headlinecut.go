package extract

// headlineFunctionWords are capitalised in a title-case headline but
// never continue a name there: "Democrats Should Be Very Nervous …",
// "Obama To Asians …", "CNN President On Trump: …". Adverbs that stand
// before a headline's verb end the name too: "Donald Trump Finally
// Endorses …", "Lee Fully Embraces …" (no PolNeAR headline source holds
// one).
var headlineFunctionWords = setOf("on to with who should be is are was were will would could can may might must has have had does did finally fully also still just again already never officially reportedly really")

// headlineWordCut ends a mention in a title-case headline before the
// first function word after its head, which title case capitalises like
// the name before it. It returns the new end, or e.
func (f *finder) headlineWordCut(a *attr, e int) int {
	d := f.d
	if a.sent < 0 || a.sent >= len(f.sents) || f.sents[a.sent].para != 0 || !f.titleCaseSent(a.sent) {
		return e
	}
	for k := a.srcS + 1; k < e; k++ {
		if d.word(k) && d.toks[k].cap && !d.allCaps(k) && headlineFunctionWords[d.lw(k)] && !f.headlineNamePart(a, k, e) {
			return k
		}
	}
	return e
}

// titleCaseSent says whether most longer words of sentence si are
// capitalised, as in a title-case headline.
func (f *finder) titleCaseSent(si int) bool {
	d := f.d
	s := f.sents[si]
	words, caps := 0, 0
	for k := s.ts; k < s.te; k++ {
		if !d.word(k) || d.toks[k].e-d.toks[k].s < 4 {
			continue
		}
		words++
		if d.toks[k].cap {
			caps++
		}
	}
	return titleCaseCounts(words, caps)
}

// headlineNamePart says whether the listed word at k, in a mention
// ending at e, belongs to the name: "on" after an organisation's head
// ("Council On Foreign Relations"), or a modal that is a given name
// ("Actor Will Smith Says …"): capitalised words follow it up to the cue.
func (f *finder) headlineNamePart(a *attr, k, e int) bool {
	d := f.d
	if d.is(k, "on") {
		return orgHeads[d.lw(k-1)] && d.capWord(k+1)
	}
	if !d.inLex(k, lcModalName) || e != a.cueS || !d.capWord(k+1) {
		return false
	}
	for i := k + 1; i < e; i++ {
		if !d.capWord(i) {
			return false
		}
	}
	return true
}

// modalNames are modals that are also given names (Will, May, Can).
var modalNames = setOf("will may can")
