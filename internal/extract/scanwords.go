package extract

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
	swDash // "—", "–", "―", "-", and "--" read as "—"
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
