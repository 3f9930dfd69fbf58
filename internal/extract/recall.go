package extract

import "strings"

// cardinals spelled out, alone or joined by a hyphen: "Twenty-four",
// "sixty-six", "eleven".
var cardinals = setOf("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred")

// isCardinal says whether w is a number, written in digits or words.
func isCardinal(w string) bool {
	if isNumberWord(w) {
		return true
	}
	for _, p := range strings.Split(w, "-") {
		if !cardinals[p] {
			return false
		}
	}
	return w != ""
}

// shareMods qualify a poll share: "Some 22 percent", "Nearly nine out of
// 10", "Only a third".
var shareMods = setOf("some only nearly almost about roughly just fully another over under more fewer less than at least a an out of in")

// shareBack finds a poll share ending at token j that opens a clause,
// the subject of "Some 22 percent said …", "Twenty-four percent say …",
// "Nearly nine out of 10 say …". It returns its first token, or -1.
func (d *doc) shareBack(j, lim int) int {
	if j < lim || d.toks[j].quote != 0 {
		return -1
	}
	w := d.lw(j)
	if !(w == "percent" || w == "%" || strings.HasSuffix(w, "%") || d.word(j) && isCardinal(w)) {
		return -1
	}
	num := false
	b := j
	for ; b >= lim && d.toks[b].quote == 0; b-- {
		w := d.lw(b)
		switch {
		case w == "percent" || w == "%" || strings.HasSuffix(w, "%"):
		case d.word(b) && isCardinal(w):
			num = true
		case d.word(b) && shareMods[w]:
		default:
			goto done
		}
	}
done:
	b++
	for b < j && (d.is(b, "in") || d.is(b, "of") || d.is(b, "out")) {
		b++
	}
	if !num || !d.subjectStart(b, lim) {
		return -1
	}
	return b
}

// sayVerbs are the plain verbs of saying, whose relative clauses ("voters
// who say …") report speech; other verbs there mostly describe.
var sayVerbs = setOf("said say says told tell tells")
