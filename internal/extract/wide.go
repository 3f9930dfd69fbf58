package extract

import "unicode/utf8"

// wideRune is a code point of more than one byte in doc.src: its index
// in doc.r and the bytes beyond one per code point up to and including
// it. News text has few (curly quotes, dashes, accents), so these map
// code points to byte offsets in a fraction of the memory of an offset
// per code point.
type wideRune struct{ at, extra int32 }

// wideRunes appends to w[:0] the code points of r[from:] that take more
// than one byte in UTF-8; r[:from] is ASCII.
func wideRunes(w []wideRune, r []rune, from int) []wideRune {
	w = w[:0]
	extra := 0
	for i := from; i < len(r); i++ {
		if c := r[i]; c >= utf8.RuneSelf {
			extra += utf8.RuneLen(c) - 1
			w = append(w, wideRune{int32(i), int32(extra)})
		}
	}
	return w
}

// byteOff is the byte offset in d.src of code point p (len(d.r) for the
// end) of a doc that is not all ASCII.
func (d *doc) byteOff(p int) int {
	lo, hi := 0, len(d.wide) // the first wide rune at or after p
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(d.wide[m].at) < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return p
	}
	return p + int(d.wide[lo-1].extra)
}
