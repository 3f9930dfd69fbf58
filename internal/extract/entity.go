package extract

import (
	"strings"
	"unicode/utf8"
)

// htmlEntity reads an HTML character reference at r[i] ("&#8217;",
// "&#x201C;", "&rsquo;", "&quot;", "&amp;", "&nbsp;"), as text pasted from
// a CMS or a web page keeps them, and returns its length in runes and the
// character it stands for; 0 when there is none. Only the characters the
// tokenizer treats apart from letters are named: quotation marks and
// apostrophes, dashes, the ampersand and the no-break space.
func htmlEntity(r []rune, i int) (int, rune) {
	if r[i] != '&' || i+3 >= len(r) {
		return 0, 0
	}
	j := i + 1
	for j < len(r) && j-i <= 8 && r[j] != ';' {
		c := r[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
			return 0, 0
		}
		j++
	}
	if j >= len(r) || r[j] != ';' || j == i+1 {
		return 0, 0
	}
	name := r[i+1 : j]
	var c rune
	if name[0] == '#' {
		base, k := rune(10), 1
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			base, k = 16, 2
		}
		if k == len(name) {
			return 0, 0
		}
		for ; k < len(name); k++ {
			d := name[k]
			switch {
			case d >= '0' && d <= '9':
				d -= '0'
			case base == 16 && d >= 'a' && d <= 'f':
				d -= 'a' - 10
			case base == 16 && d >= 'A' && d <= 'F':
				d -= 'A' - 10
			default:
				return 0, 0
			}
			c = c*base + d
			if c > 0xFFFF {
				return 0, 0
			}
		}
	} else {
		switch string(name) {
		case "quot":
			c = '"'
		case "amp":
			c = '&'
		case "apos":
			c = '\''
		case "lsquo":
			c = '‘'
		case "rsquo":
			c = '’'
		case "ldquo":
			c = '“'
		case "rdquo":
			c = '”'
		case "laquo":
			c = '«'
		case "raquo":
			c = '»'
		case "mdash":
			c = '—'
		case "ndash":
			c = '–'
		case "nbsp":
			c = '\u00a0'
		default:
			return 0, 0
		}
	}
	switch {
	case isDQ(c), isSQ(c), c == '—', c == '–', c == '&', c == '\u00a0', c == ' ':
		return j + 1 - i, c
	}
	return 0, 0
}

// mojiMark reads a curly quotation mark, apostrophe or dash at r[i] whose
// three UTF-8 bytes were decoded again as Windows-1252 or Latin-1, as a
// CMS that double-encodes does: "â€œ" for "“", "â€™" for "’", "â€”" for
// "—". Windows-1252 has no character for the last byte of "”", so it is
// often dropped: "â€" before a space or a sign is "”". It returns the
// length in runes and the character; 0 when there is none.
func mojiMark(r []rune, i int) (int, rune) {
	if r[i] != 'â' || i+1 >= len(r) || r[i+1] != '€' && r[i+1] != '\u0080' {
		return 0, 0
	}
	if i+2 < len(r) {
		switch r[i+2] {
		case 'œ', '\u009c':
			return 3, '“'
		case '\u009d':
			return 3, '”'
		case '™', '\u0099':
			return 3, '’'
		case '˜', '\u0098':
			return 3, '‘'
		case '”', '\u0094':
			return 3, '—'
		case '“', '\u0093':
			return 3, '–'
		}
	}
	if r[i+1] == '€' && (i+2 >= len(r) || !isWordRune(r[i+2])) {
		return 2, '”'
	}
	return 0, 0
}

// markStart is the character of the sign that starts at r[i], reading an
// HTML reference or a double-encoded mark as its character, for the rules
// that ask whether a span opens with a quotation mark.
func markStart(r []rune, i int) rune {
	switch r[i] {
	case '&':
		if n, c := htmlEntity(r, i); n > 0 {
			return c
		}
	case 'â':
		if n, c := mojiMark(r, i); n > 0 {
			return c
		}
	}
	return r[i]
}

// markEnd is markStart for the sign that ends before r[e].
func markEnd(r []rune, e int) rune {
	c := r[e-1]
	switch {
	case c == ';':
		for i := e - 2; i >= 0 && i >= e-10; i-- {
			if r[i] == '&' {
				if n, ec := htmlEntity(r, i); n > 0 && i+n == e {
					return ec
				}
				break
			}
		}
	case c >= 0x80 && c <= 0x9d || c == '€' || c == 'œ' || c == '™' || c == '˜' || c == '”' || c == '“':
		for i := e - 3; i <= e-2; i++ {
			if i >= 0 && r[i] == 'â' {
				if n, ec := mojiMark(r, i); n > 0 && i+n == e {
					return ec
				}
			}
		}
	}
	return c
}

// mayHoldEntity says whether text may hold a reference htmlEntity reads:
// an '&' then one to eight letters, digits or '#' and a ';'. Most '&'s
// are "AT&T" or " & ", and a text whose are all so is tokenized as one
// without marks (its ASCII lowered in one pass) with the same tokens.
func mayHoldEntity(text string) bool {
	for i := strings.IndexByte(text, '&'); i >= 0; {
		for j := i + 1; j < len(text) && j-i <= 9; j++ {
			c := text[j]
			if c == ';' {
				if j > i+1 {
					return true
				}
				break
			}
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
				break
			}
		}
		k := strings.IndexByte(text[i+1:], '&')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// lowMarks appends the lower-case form of r[s:e] to low as the
// tokenizer's emit does, reading HTML references and double-encoded marks
// as their characters: "we&#8217;re" and "weâ€™re" are "we're".
func lowMarks(low []byte, r []rune, s, e int) []byte {
	for x := s; x < e; x++ {
		c := r[x]
		if c < utf8.RuneSelf && c != '&' {
			low = append(low, asciiLower[c]) // most runes: no mark starts here
			continue
		}
		var n int
		var ec rune
		switch c {
		case '&':
			n, ec = htmlEntity(r, x)
		case 'â':
			n, ec = mojiMark(r, x)
		}
		if n > 0 && x+n <= e {
			x += n - 1
			c = ec
		}
		low = appendLowTok(low, c)
	}
	return low
}
