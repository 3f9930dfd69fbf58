package extract

import "strings"

// Word shapes are the suffix tests that the finder's per-token scans ask
// of every word. The tokenizer gives each token its text's shapes once
// (tok.shape: a known word's from its wordInfo, another's from its
// text), so a scan reads a bit rather than the token's text.
const (
	shGerund = 1 << iota // isGerund: "saying"
	shLy                 // ends in "ly": "publicly", "only"
	shNegAux             // negatedAux: "didn't"
	shS                  // ends in "s"
	shEd                 // ends in "ed"
)

// wordShape returns the shapes of the lower-case word w. Each shape
// ends in its own letter, so one switch on the last finds the one that
// may hold.
func wordShape(w string) uint8 {
	if w == "" {
		return 0
	}
	switch w[len(w)-1] {
	case 'g':
		if isGerund(w) {
			return shGerund
		}
	case 'y':
		if strings.HasSuffix(w, "ly") {
			return shLy
		}
	case 't':
		if negatedAux(w) {
			return shNegAux
		}
	case 's':
		return shS
	case 'd':
		if strings.HasSuffix(w, "ed") {
			return shEd
		}
	}
	return 0
}

// shaped says whether token k's lower-case text has one of the shapes
// sh: shaped(k, shGerund) is isGerund(d.lw(k)).
func (d *doc) shaped(k int, sh uint8) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return d.toks[k].shape&sh != 0
}
