package extract

import (
	"strings"
	"unicode"
)

// Text pasted from a CMS or a web page carries markdown and HTML markup
// around its words. The tokenizer skips the markup (it makes no token),
// so "[Mayor Ann Lee](https://…) said" reads as "Mayor Ann Lee said",
// "**“We will win,”**" opens and closes its quotation, and a "<p>" or
// "<br>" breaks the paragraph as a new line does. Offsets still point
// into the text as given; only the tokens change.

// markupAt returns how many runes of markup start at r[i] (0 if none)
// and whether the markup breaks the line (a block HTML tag). lineStart
// says whether only spaces stand between the last line break and r[i].
func markupAt(r []rune, i int, lineStart bool) (n int, brk bool) {
	c := r[i]
	switch c {
	case '*', '_':
		// Emphasis marks ("**bold**", "_it_"), or a list bullet "* " at
		// a line's start. Between two word characters ("snake_case",
		// "f*ck") and between spaces ("5 * 3") the sign stays.
		j := i
		for j < len(r) && r[j] == c {
			j++
		}
		before := i > 0 && isWordRune(r[i-1])
		after := j < len(r) && isWordRune(r[j])
		if before && after {
			return 0, false
		}
		spB := i == 0 || unicode.IsSpace(r[i-1])
		spA := j == len(r) || unicode.IsSpace(r[j])
		if spB && spA && !(lineStart && c == '*') {
			return 0, false
		}
		return j - i, false
	case '#', '>':
		// A heading "## …" or a block quotation "> …" at a line's start.
		if !lineStart {
			return 0, false
		}
		j := i
		for j < len(r) && r[j] == c && j-i < 6 {
			j++
		}
		if j < len(r) && r[j] == ' ' || c == '>' && (j == len(r) || r[j] == '\n' || r[j] == '\r') {
			// A bare ">" line joins two paragraphs of one block quote.
			return j - i, false
		}
		return 0, false
	case '!':
		// An image "![alt](src)": its alt text describes a picture and
		// is no part of the prose, so the whole of it is skipped.
		if i+1 < len(r) && r[i+1] == '[' {
			if k := linkClose(r, i+2); k > 0 {
				return linkTarget(r, k+2) - i, false
			}
		}
		return 0, false
	case '[':
		if linkClose(r, i+1) > 0 {
			return 1, false
		}
		return 0, false
	case ']':
		// "](url)": the link's target is no part of its words.
		if i+1 < len(r) && r[i+1] == '(' {
			if k := linkTarget(r, i+2); k > 0 {
				return k - i, false
			}
		}
		return 0, false
	case '<':
		return htmlTag(r, i)
	}
	return 0, false
}

// linkClose says where the "](" closing a link opened before r[i]
// stands, within the line, or 0 when no link closes.
func linkClose(r []rune, i int) int {
	for j := i; j < len(r) && j-i < 300; j++ {
		switch r[j] {
		case '\n', '[':
			return 0
		case ']':
			if j+1 < len(r) && r[j+1] == '(' && linkTarget(r, j+2) > 0 {
				return j
			}
			return 0
		}
	}
	return 0
}

// linkTarget returns the index after the ")" closing a link target that
// starts at r[i] (an address: no spaces, a URL, a path or "#"), or 0.
func linkTarget(r []rune, i int) int {
	if i >= len(r) || !(r[i] == '/' || r[i] == '#' || r[i] == '.' || hasPrefixFold(r[i:], "http") || hasPrefixFold(r[i:], "www.") || hasPrefixFold(r[i:], "mailto:")) {
		return 0
	}
	for j := i; j < len(r) && j-i < 500; j++ {
		switch {
		case r[j] == ')':
			return j + 1
		case unicode.IsSpace(r[j]) && !(r[j] == ' ' && j+1 < len(r) && r[j+1] == '"'):
			return 0
		}
	}
	return 0
}

// htmlTag reads an HTML tag "<p>", "</em>", "<a href=…>", "<br/>" at
// r[i]: its length, and whether it breaks the line as a block tag does.
func htmlTag(r []rune, i int) (int, bool) {
	j := i + 1
	if j < len(r) && r[j] == '/' {
		j++
	}
	ns := j
	for j < len(r) && (isASCIIWord(r[j])) {
		j++
	}
	if j == ns || !('a' <= r[ns]|0x20 && r[ns]|0x20 <= 'z') {
		return 0, false
	}
	name := r[ns:j]
	inline := inlineTag(name)
	if !inline && !blockTag(name) {
		// Only HTML's own tags: a feed's "<tweet …>" marks an embedded
		// post, which the rules read (nonreport.go).
		return 0, false
	}
	for ; j < len(r) && j-i < 500; j++ {
		switch r[j] {
		case '>':
			return j + 1 - i, !inline
		case '<', '\n':
			return 0, false
		}
	}
	return 0, false
}

// blockTag says whether an HTML tag name starts or ends a block, which
// breaks the paragraph.
func blockTag(name []rune) bool {
	for _, t := range [...]string{"p", "br", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "hr", "figure", "figcaption", "section", "article", "header", "footer", "aside"} {
		if len(name) == len(t) && foldsTo(name, t) {
			return true
		}
	}
	return false
}

// inlineTag says whether an HTML tag name marks text within a line:
// a link, emphasis, an image, a span.
func inlineTag(name []rune) bool {
	for _, t := range [...]string{"a", "em", "strong", "b", "i", "u", "s", "span", "img", "sup", "sub", "mark", "small", "cite", "q", "abbr", "time", "font"} {
		if len(name) == len(t) && foldsTo(name, t) {
			return true
		}
	}
	return false
}

// hasPrefixFold says whether rs starts with the lower-case ASCII word w
// in any case.
func hasPrefixFold(rs []rune, w string) bool {
	return len(rs) >= len(w) && foldsTo(rs[:len(w)], w)
}

// plainSpeaker drops markup from the names a speaker carries, which are
// read from the text ("report](https://…) by the council"): a name is
// words, not a span, so it need not point into the text.
func plainSpeaker(sp Speaker) Speaker {
	sp.Name, sp.Title, sp.Holder = plainText(sp.Name), plainText(sp.Title), plainText(sp.Holder)
	return sp
}

// plainText is s without the markup the tokenizer skips, its spaces
// collapsed.
func plainText(s string) string {
	if !strings.ContainsAny(s, "*_#>![]<") {
		return s
	}
	r := []rune(s)
	out := make([]rune, 0, len(r))
	for i := 0; i < len(r); {
		if n, _ := markupAt(r, i, i == 0); n > 0 {
			i += n
			continue
		}
		if r[i] == ' ' && (len(out) == 0 || out[len(out)-1] == ' ') {
			i++
			continue
		}
		out = append(out, r[i])
		i++
	}
	return strings.TrimSpace(string(out))
}

// balanceMarks widens the span r[s:e] over an emphasis run ("**", "_")
// just outside it when the span holds an odd number of such runs: the
// tokens end at the words, but "The **city clerk**" reads better than
// "The **city clerk", and the marks are no part of a URL.
func balanceMarks(r []rune, s, e int) (int, int) {
	for _, c := range [...]rune{'*', '_'} {
		runs := 0
		for i := s; i < e; i++ {
			if r[i] == c && (i == s || r[i-1] != c) {
				if n, _ := markupAt(r, i, false); n > 0 {
					runs++
				}
			}
		}
		if runs%2 == 0 {
			continue
		}
		if e < len(r) && r[e] == c {
			if n, _ := markupAt(r, e, false); n > 0 {
				e += n
				continue
			}
		}
		if s > 0 && r[s-1] == c {
			k := s - 1
			for k > 0 && r[k-1] == c {
				k--
			}
			if n, _ := markupAt(r, k, false); n == s-k {
				s = k
			}
		}
	}
	return s, e
}
