package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold makes text comparable the way FORMAT.md asks: Unicode NFKD with the
// accents removed, lower case, typographic apostrophes as ', runs of space
// collapsed to one and the ends trimmed.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // the accent split off by NFKD
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// nameKey normalises a speaker or outlet name: fold plus a leading "the",
// "a" or "an" dropped, so "The White House" meets "White House".
func nameKey(s string) string {
	k := fold(s)
	for _, art := range [...]string{"the ", "a ", "an "} {
		if strings.HasPrefix(k, art) {
			return k[len(art):]
		}
	}
	return k
}

// trimSpan is the literature's exact-match trim: whitespace and .,;:!? off
// both ends; quotation marks stay.
func trimSpan(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?", r)
	})
}
