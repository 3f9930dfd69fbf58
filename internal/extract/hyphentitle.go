package extract

import "strings"

// titleAbbrev says whether a lower-case word without its period is a
// title abbreviation, also after a hyphenated prefix: "sen", "then-sen",
// "ex-gov". Its period then never ends a sentence.
func titleAbbrev(w string) bool {
	if titleAbbrevs[w] {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	return i > 0 && titleAbbrevs[w[i+1:]]
}
