// Package fold turns names into the keys quoted matches and links them by:
// accents removed, lower case, typographic apostrophes made plain and spaces
// collapsed, so that "Zelenskyy", "ZELENSKYY" and "Zélenskyy" meet.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key folds s for matching.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
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

// Slug makes a URL-safe identifier: folded letters and digits joined by
// single hyphens ("Giorgia Meloni's office" → "giorgia-melonis-office").
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Key(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' {
			continue // "Meloni's" → "melonis" reads better than "meloni-s"
		}
		hyphen = true
	}
	return b.String()
}
