package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Token kinds.
const (
	tkWord  = iota // letters/digits, inner apostrophes and hyphens
	tkPoss         // possessive 's
	tkPunct        // any other single mark
	tkDQ           // double quotation mark: " “ ” „ « »
	tkSQ           // single quotation mark or apostrophe standing alone
)

// tok is one token. s,e are code-point offsets into the text; ls,le index
// doc.low, the lower-cased token text used for lexicon look-ups.
type tok struct {
	s, e   int32
	ls, le int32
	// cls is wordInfos[wi].cls, kept with the token: the layouts ask a
	// token's classes more than anything but its text (see setWord).
	cls   wordClass
	kind  uint8
	cap   bool  // first rune upper case
	nl    bool  // a line break precedes the token
	shape uint8 // wordShape of the lower-case text, for the per-token scans (shape.go)
	para  int32
	quote int32 // index+1 of the quote segment containing it, 0 if none
	wi    int32 // index in wordInfos of the lower-case text (wordclass.go)
}

// doc is the tokenised article.
type doc struct {
	src string // the text as given
	// markup: the tokenizer skipped markdown or HTML markup (markup.go),
	// which names read from the text must then drop.
	markup bool
	wide   []wideRune // the code points of src over one byte, to find byte offsets; empty for ASCII
	r      []rune
	low    []byte
	plow   []byte // the lower-case text of the paragraphs that classify reads (para.low)
	toks   []tok
	paras  []para
	// invis: the text holds a soft hyphen or zero-width mark
	// (invisible), or a line break inside a paragraph, which names read
	// from the text must then drop.
	invis bool
	// lowText: d.low[:len(src)] is src lowered, byte for byte (load)
	lowText bool

	cueI    []int32  // per token: 0 not yet known, -1 no cue, else 1 + its index in cueHits
	cueHits []cueHit // the cues matched so far
	wordN   []int32  // wordN[k]: word tokens before token k; built on first use (findQuotes)
	// scans[sw]: the tokens whose word is scanned word sw, in order (scanwords.go)
	scans [swCount][]int32
}

type para struct {
	s, e   int // code points
	ts, te int // tokens [ts, te)
	chrome bool
	low    string // lower-cased, trimmed text; set by classify
}

// lw returns token i's lower-case text. It is a view of d.low, which is
// never written after newDoc returns, so no copy is needed.
func (d *doc) lw(i int) string {
	if uint(i) >= uint(len(d.toks)) {
		return ""
	}
	t := &d.toks[i]
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(d.low)), t.ls)), int(t.le-t.ls))
}

// is reports whether token i's lower-case text equals w, without allocating.
// It compares lengths first and then len(w) bytes, so that with w a
// constant the compiler compares a short word in a load or two rather
// than calling memequal; the layouts ask this more than anything else.
func (d *doc) is(i int, w string) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return int(t.le-t.ls) == len(w) && unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(d.low)), t.ls)), len(w)) == w
}

// tokFrom returns the first token starting at or after code point p, or
// len(d.toks).
func (d *doc) tokFrom(p int) int {
	// sort.Search by hand: some fifty rules call this per frame, and the
	// closure call per probe cost more than the probe.
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(d.toks[m].s) >= p {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

func (d *doc) text(s, e int) string {
	if s < 0 {
		s = 0
	}
	if e > len(d.r) {
		e = len(d.r)
	}
	if s >= e {
		return ""
	}
	// Slices of the text itself: no copy for the quotes, mentions and cues.
	if len(d.r) == len(d.src) {
		return d.src[s:e] // ASCII: code points are bytes
	}
	return d.src[d.byteOff(s):d.byteOff(e)]
}

// mojibakePair says whether r[j] is the second half of a two-byte UTF-8
// letter read as Latin-1 or Windows-1252 after the first half r[j-1]
// (bytes C2–DF read as "Â"–"ß"): "BabiÅ¡" for "Babiš", "ErdoÄŸan" for
// "Erdoğan", "Ã“scar" for "Óscar". A Windows-1252 sign, or a Latin-1
// guillemet, counts only inside the word, so "Ö”" still closes a
// quotation. A C1 control is the second byte read as Latin-1, as twice-
// encoded text shows it: "FranÃ\u0083Â§ois" for "François".
//
// The test of r[j-1] is apart, small enough to inline: the tokenizer
// asks at the end of every word, and nearly every word ends in ASCII.
func mojibakePair(r []rune, j int) bool {
	return r[j-1] >= 0xC2 && r[j-1] <= 0xDE && mojibakeSecond(r, j) // "ß" (DF) ends German words: "Strauß’s"
}

// mojibakeSecond is mojibakePair once r[j-1] is a first half.
func mojibakeSecond(r []rune, j int) bool {
	c := r[j]
	inside := j+1 < len(r) && unicode.IsLetter(r[j+1])
	if c == '’' && inside && (r[j+1] == 's' || r[j+1] == 'S') && (j+2 >= len(r) || !unicode.IsLetter(r[j+2])) {
		return false // a possessive: "ÅLAND’s"
	}
	switch {
	case c == '«' || c == '»':
		return inside
	case c >= 0x80 && c <= 0xBF:
		return true
	}
	switch c {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return inside
	}
	return false
}

func isDQ(c rune) bool {
	switch c {
	case '"', '“', '”', '„', '«', '»', '‟', '〃':
		return true
	}
	return false
}

func isSQ(c rune) bool {
	switch c {
	case '\'', '‘', '’', '‚', '‹', '›', '`':
		return true
	}
	return false
}

// isWordRune says whether c is a letter or digit. The ASCII test is
// apart from the Unicode tables, so that the call inlines.
func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return asciiWord[c]
	}
	return isWideWordRune(c)
}

// asciiWord is isASCIIWord as a table, cheaper to inline.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isASCIIWord(rune(c))
	}
	return t
}()

func isWideWordRune(c rune) bool {
	if generalPunct(c) {
		return false // curly quotes and dashes, most wide runes: no table search
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

// generalPunct says whether c is in Unicode's General Punctuation block
// (the curly quotes, dashes and ellipsis of most wide text), which holds
// no letter or digit (TestGeneralPunctNoWordRune): the tokenizer skips
// the Unicode tables' searches for them.
func generalPunct(c rune) bool { return c >= 0x2000 && c <= 0x206F }

// isASCIIWord is isWordRune for c < utf8.RuneSelf, small enough to
// inline in the tokeniser's loop over each word's letters.
func isASCIIWord(c rune) bool {
	lc := c | 0x20 // 'A'-'Z' to 'a'-'z'; no other mark lands there
	return 'a' <= lc && lc <= 'z' || '0' <= c && c <= '9'
}

// abbrevs keep their period in the token ("Sen.", "U.S."): the
// titleAbbrevs plus those that may also close a sentence ("Apple
// Inc."), which the sentence splitter treats apart.
var abbrevs = setWith(titleAbbrevs, "jr sr v etc inc corp co ltd u.s u.k u.n d.c e.g i.e a.m p.m ph.d ed.d psy.d")

// degreeAt says whether r[i:j] and the period at j open an academic
// degree written with a mixed-case first part ("Ph.D.", "Ed.D.",
// "Psy.D."), which initialism misses: one word, so "a Ph.D. from
// Harvard" ends no sentence and no mention.
func degreeAt(r []rune, i, j int) bool {
	if j+2 > len(r) || r[j+1] != 'D' || j+2 < len(r) && r[j+2] != '.' {
		return false
	}
	switch string(r[i:j]) {
	case "Ph", "Ed", "Psy":
		return true
	}
	return false
}

// stateAbbrevs are the AP's abbreviations of US states; one is read as
// an abbreviation after a comma and before another: "from Jackson,
// Miss., attending …". A sentence ends after "Miss." otherwise.
var stateAbbrevs = setOf("ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo")

// stateTitles are titles spelled like a state's abbreviation ("Del." for
// a delegate to Congress): a title before a name when no comma puts
// them after a place ("Del. Ann Ward said" against "Dover, Del. The …").
var stateTitles = setOf("del")

// afterPlacePrep says whether the last token so far is a preposition
// that a place follows: "moved to Del." is the state.
func (d *doc) afterPlacePrep() bool {
	n := len(d.toks) - 1
	return n >= 0 && (d.in(n, wcVenuePrep) || d.is(n, "to") || d.is(n, "from"))
}

// nameDays are capitalised elsewhere only at a sentence start.
var nameDays = setOf("today tonight yesterday")

// afterComma says whether the word at i follows ", ".
func afterComma(r []rune, i int) bool {
	k := i - 1
	for k >= 0 && r[k] == ' ' {
		k--
	}
	return k >= 0 && k < i-1 && r[k] == ','
}

// wordFilter is a bit set over a hash of words: a word whose bit is
// clear is surely not among the words the filter was built from. It
// spares the map look-up for tokens that cannot match, which pays for a
// lexicon that most tokens miss, like the known-word index (wordKnown).
type wordFilter [1 << 16 / 64]uint64

func newWordFilter[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range m {
		f.add(wordHash(w))
	}
	return f
}

func (f *wordFilter) add(h uint32) { f[h/64] |= 1 << (h % 64) }

func (f *wordFilter) test(h uint32) bool { return f[h/64]&(1<<(h%64)) != 0 }

// mayHave says whether w may be one of the filter's words.
func (f *wordFilter) mayHave(w string) bool { return f.test(wordHash(w)) }

// setFilter is a small wordFilter, of 1,024 bits, for a set of a few
// dozen words that a hot predicate asks of a string rather than of a
// token (so no class bit serves): most words miss it with a bit test and
// are spared the set's map look-up.
type setFilter [1024 / 64]uint64

func newSetFilter(m map[string]bool) *setFilter {
	f := new(setFilter)
	for w := range m {
		h := wordHash(w) % 1024
		f[h/64] |= 1 << (h % 64)
	}
	return f
}

// mayHave says whether w may be one of the set's words.
func (f *setFilter) mayHave(w string) bool {
	h := wordHash(w) % 1024
	return f[h/64]&(1<<(h%64)) != 0
}

// wordHash mixes a word's length, first, middle and last bytes, which
// tell apart the words of a lexicon well enough for a filter.
func wordHash(w string) uint32 {
	if w == "" {
		return 0
	}
	x := uint32(w[0]) | uint32(w[len(w)/2])<<8 | uint32(w[len(w)-1])<<16 | uint32(len(w))<<24
	return x * 2654435769 >> 16
}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	w := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > w {
				m[s[w:i]] = true
			}
			w = i + 1
		}
	}
	return m
}

// setWith is base plus the words of extra, for a named variant of a
// shared word set: setWith(clauseSubs, "during").
func setWith(base map[string]bool, extra string) map[string]bool {
	m := setOf(extra)
	for w := range base {
		m[w] = true
	}
	return m
}

// setUnion is the union of sets.
func setUnion(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// newDoc tokenises text. Invalid UTF-8 becomes U+FFFD, one code point per
// bad byte, matching how Go's []rune conversion counts.
func newDoc(text string) *doc {
	d := new(doc)
	d.load(text)
	return d
}

// load tokenises text into d, reusing the slices d holds from an earlier
// article (see work.go); d keeps no other state from it.
func (d *doc) load(text string) {
	*d = doc{src: text, r: d.r[:0], low: d.low[:0], plow: d.plow[:0], toks: d.toks[:0], paras: d.paras[:0], wide: d.wide[:0], cueI: d.cueI[:0], cueHits: d.cueHits[:0], wordN: d.wordN[:0], scans: d.scans}
	for i := range d.scans {
		d.scans[i] = d.scans[i][:0]
	}
	// Most articles are ASCII: widening their bytes to runes in one pass
	// also finds that out. Another keeps the widened ASCII prefix.
	r := resize(d.r, len(text))
	a := 0
	for ; a < len(text) && text[a] < utf8.RuneSelf; a++ {
		r[a] = rune(text[a])
	}
	switch {
	case a == len(text):
		d.r = r // ASCII: text needs no offsets
	case !utf8.ValidString(text):
		d.r = []rune(text)
		d.src = string(d.r) // each invalid byte is U+FFFD, as in the offsets
		d.wide = wideRunes(d.wide, d.r, 0)
	default:
		n := a // r has a rune's room for each byte of text
		for _, c := range text[a:] {
			r[n] = c
			n++
		}
		d.r = r[:n]
		d.wide = wideRunes(d.wide, d.r, a)
	}
	r = d.r
	// News text runs about one token in 5.3 code points; one in 5 left
	// a tenth of PolNeAR's articles to regrow the slice, one in 4.44
	// two in 840.
	d.toks = resize(d.toks, len(r)/5+len(r)/40+8)[:0]
	d.low = resize(d.low, len(text)+16)[:0]
	nl := true
	var pi int32
	ps, pts := 0, 0
	// wrapped: the width the text is hard-wrapped at, as plain-text
	// feeds and e-mails are, so its lines are not its paragraphs; 0
	// for text whose line breaks end paragraphs.
	wrapped := hardWrapped(text)
	// marks: the text may hold HTML references or double-encoded marks,
	// which the tokenizer reads as their characters; most text holds
	// none and is spared the look.
	marks := mayHoldEntity(text) || strings.Contains(text, "â\u20ac") || strings.Contains(text, "â\u0080")
	// lowText: an ASCII text without marks is lowered in one pass, and a
	// token's lower-case text is its own span of that (ls, le = s, e)
	// rather than a copy made a rune at a time. A token whose text
	// differs from its span's goes past the text's end, so that
	// d.low[:len(text)] stays the lowered text, which classify reads.
	lowText := a == len(text) && !marks
	d.lowText = lowText
	if lowText {
		d.low = d.low[:len(text)]
		copy(d.low, text)
		lowerASCII(d.low)
	}
	emit := func(s, e int, kind uint8) {
		t := tok{s: int32(s), e: int32(e), kind: kind, nl: nl, para: pi}
		t.cap = 'A' <= r[s] && r[s] <= 'Z' || r[s] >= utf8.RuneSelf && !generalPunct(r[s]) && unicode.IsUpper(r[s])
		switch {
		case lowText:
			t.ls, t.le = int32(s), int32(e)
		case marks:
			t.ls = int32(len(d.low))
			d.low = lowMarks(d.low, r, s, e)
			t.le = int32(len(d.low))
		default:
			t.ls = int32(len(d.low))
			low := d.low
			for _, c := range r[s:e] {
				low = appendLowTok(low, c)
			}
			d.low = low
			t.le = int32(len(d.low))
		}
		wi := wordOf(unsafe.String(unsafe.SliceData(d.low[t.ls:]), int(t.le-t.ls)))
		if t.cap && wordInfos[wi].lex&lcNameDay != 0 && len(d.toks) > pts && d.toks[len(d.toks)-1].cap && d.toks[len(d.toks)-1].kind == tkWord {
			// "USA Today": a day word capitalised after a capitalised word
			// is part of a name, so it keeps its case and is looked up as
			// no time word (and no cue: "USA Today reported").
			if lowText {
				t.ls = int32(len(d.low))
				d.low = append(d.low, text[s:e]...)
				t.le = int32(len(d.low))
			} else {
				copy(d.low[t.ls:], string(r[s:e]))
			}
			wi = wordOf(unsafe.String(unsafe.SliceData(d.low[t.ls:]), int(t.le-t.ls)))
		}
		t.setWord(wi)
		if wi == 0 {
			t.shape = wordShape(unsafe.String(unsafe.SliceData(d.low[t.ls:]), int(t.le-t.ls)))
		}
		if sw := wordInfos[t.wi].scan; sw != swNone {
			d.scans[sw] = append(d.scans[sw], int32(len(d.toks)))
		}
		d.toks = append(d.toks, t)
		nl = false
	}
	// emitMark makes the n runes at r[i] that stand for the sign ec (an
	// HTML reference, a double-encoded mark) one token of the sign's kind
	// and returns how many runes it took.
	emitMark := func(i, n int, ec rune) int {
		switch {
		case ec == '\u00a0' || ec == ' ':
			// a no-break space is space
		case isDQ(ec):
			emit(i, i+n, tkDQ)
		case isSQ(ec) && i > 0 && isWordRune(r[i-1]) && i+n < len(r) && (r[i+n] == 's' || r[i+n] == 'S') && (i+n+1 >= len(r) || !unicode.IsLetter(r[i+n+1])):
			n++
			emit(i, i+n, tkPoss)
		case isSQ(ec):
			emit(i, i+n, tkSQ)
		default:
			emit(i, i+n, tkPunct)
		}
		return n
	}
	closePara := func(end int) {
		d.paras = append(d.paras, para{s: ps, e: end, ts: pts, te: len(d.toks)})
		pi++
		pts = len(d.toks)
	}
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == '\n' && len(d.toks) > pts && softBreak(r, i, wrapped):
			// A line break inside a sentence (hard-wrapped text) is
			// a space: the paragraph goes on.
			d.invis = true
			i++
		case c == '\n':
			if len(d.toks) > pts {
				closePara(i)
			}
			if len(d.toks) == pts {
				ps = i + 1
			}
			nl = true
			i++
		case c == ' ' || !isWordRune(c) && (unicode.IsSpace(c) || c >= 0xAD && invisible(c)): // a word's first rune skips the Unicode test
			d.invis = d.invis || c >= 0xAD && invisible(c)
			i++
		case isWordRune(c):
			if c == 'â' && marks {
				if n, ec := mojiMark(r, i); n > 0 {
					i += emitMark(i, n, ec)
					continue
				}
			}
			j := i + 1
			for j < len(r) {
				if r[j] < utf8.RuneSelf && isASCIIWord(r[j]) {
					j++
					continue
				}
				if r[j] == ' ' {
					break // most words end so; none of the joins below starts with a space
				}
				if marks && r[j] == 'â' {
					// A double-encoded apostrophe joins the word as "’"
					// does ("donâ€™t"), its possessive splits off
					// ("Trumpâ€™s"); any other such mark ends the word.
					if n, ec := mojiMark(r, j); n > 0 {
						k := j + n
						if ec == '’' && k < len(r) && unicode.IsLetter(r[k]) && !((r[k] == 's' || r[k] == 'S') && (k+1 >= len(r) || !unicode.IsLetter(r[k+1]))) {
							j = k + 1
							continue
						}
						break
					}
				}
				if isWordRune(r[j]) {
					j++
					continue
				}
				if r[j] >= 0x300 && unicode.Is(unicode.Mn, r[j]) || (r[j-1] == '\u0303' || r[j-1] == '\u0302') && r[j] >= 0x80 && r[j] <= 0xBF || mojibakePair(r, j) {
					// A combining accent ("José" decomposed), or UTF-8
					// read as Latin-1 ("PeÃ±a" for "Peña", its "Ã" or
					// "Â" maybe decomposed too): the sign is still part
					// of the word.
					j++
					continue
				}
				if invisible(r[j]) && j+1 < len(r) && isWordRune(r[j+1]) {
					d.invis = true
					j += 2 // "news\u00adpaper": a soft hyphen or zero-width mark inside a word
					continue
				}
				if (r[j] == '\'' || r[j] == '’') && j+1 < len(r) && unicode.IsLetter(r[j+1]) {
					if (r[j+1] == 's' || r[j+1] == 'S') && (j+2 >= len(r) || !unicode.IsLetter(r[j+2])) {
						break // possessive: own token
					}
					j += 2
					continue
				}
				if (r[j] == '.' || r[j] == ',' || r[j] == '/' || r[j] == ':') && unicode.IsDigit(r[j-1]) && j+1 < len(r) && unicode.IsDigit(r[j+1]) {
					// "3.5", "1,000"; "9/11", "24/7", "5/12/16": one
					// word, so "said 9/11 survivor Ann Lee" keeps its
					// modifier instead of splitting at the slash. A
					// clock time ("2:30", "14:30") is one word too: its
					// colon introduces nothing ("said at 2:30 p.m. that
					// …" is no "said: …").
					j += 2
					continue
				}
				if r[j] == '&' && unicode.IsUpper(r[j-1]) && j+1 < len(r) && unicode.IsUpper(r[j+1]) {
					j += 2 // "AT&T", "P&G", "Texas A&M": one name
					continue
				}
				if r[j] == '&' && marks {
					// An apostrophe or ampersand written as an HTML
					// reference joins a word as the character does:
					// "company&#8217;s" splits off its possessive,
					// "don&rsquo;t" and "AT&amp;T" stay one word.
					if n, ec := htmlEntity(r, j); n > 0 && j+n < len(r) {
						k := j + n
						if (ec == '\'' || ec == '’') && unicode.IsLetter(r[k]) {
							if (r[k] == 's' || r[k] == 'S') && (k+1 >= len(r) || !unicode.IsLetter(r[k+1])) {
								break // possessive: own token
							}
							j = k + 1
							continue
						}
						if ec == '&' && unicode.IsUpper(r[j-1]) && unicode.IsUpper(r[k]) {
							j = k + 1
							continue
						}
					}
				}
				if r[j] == '.' && domainAt(r, j+1) {
					j++ // "Factcheck.org", "MoveOn.org": one name
					continue
				}
				if r[j] == '.' && j+2 < len(r) && r[j+1] == '-' && unicode.IsUpper(r[j+2]) && initialism(r[i:j]) {
					j += 3 // "A.F.L.-C.I.O.": two initialisms hyphenated are one name
					continue
				}
				if (r[j] == '-' || r[j] == '.' && j+1 < len(r) && unicode.IsLetter(r[j+1]) && (initialism(r[i:j]) || degreeAt(r, i, j))) && j+1 < len(r) && isWordRune(r[j+1]) {
					j += 2
					continue
				}
				break
			}
			// Abbreviation period stays with its word ("Sen.", "U.S.").
			if j < len(r) && r[j] == '.' {
				var buf [32]byte
				w := appendLower(buf[:0], r[i:j])
				// abbrevs holds the titleAbbrevs: only a hyphenated title
				// ("ex-Sen.") needs titleAbbrev beyond its class bit.
				ws := unsafe.String(unsafe.SliceData(w), len(w))
				abbrev := wordInfos[wordOf(ws)].lex&lcAbbrev != 0 || strings.IndexByte(ws, '-') >= 0 && titleAbbrev(ws)
				// The capitalised readings ask the case first: most words
				// before a period are lower-case, and spared the look-ups.
				if abbrev && (ws != "no" || numberAfter(r, j+1)) || unicode.IsUpper(r[i]) && (j-i == 1 || j-i > 2 && initialism(r[i:j]) || stateAbbrevs[string(w)] && afterComma(r, i) && j+2 < len(r) && r[j+1] == ',' || capTitles[string(w)] && j+2 < len(r) && r[j+1] == ' ' && unicode.IsUpper(r[j+2]) || stateTitles[string(w)] && !afterComma(r, i) && !d.afterPlacePrep() && j+2 < len(r) && r[j+1] == ' ' && unicode.IsUpper(r[j+2])) {
					j++
				}
			}
			emit(i, j, tkWord)
			i = j
		case isDQ(c):
			emit(i, i+1, tkDQ)
			i++
		case isSQ(c) && i+1 < len(r) && isSQ(r[i+1]) && r[i+1] != '‘' == (c != '‘') && !(i+2 < len(r) && isSQ(r[i+2]) && i > 0 && !unicode.IsSpace(r[i-1])):
			// Two single marks typed for one double: ''…''. Three after
			// a word close a quotation inside one ("… 'go back,'''"):
			// the single first, then the double.
			emit(i, i+2, tkDQ)
			i += 2
		case isSQ(c):
			if elidedYear(r, i) {
				i++ // "in ‘08", "the '90s": the mark elides a century; no token
				continue
			}
			if i+1 < len(r) && (r[i+1] == 's' || r[i+1] == 'S') && i > 0 && isWordRune(r[i-1]) && (i+2 >= len(r) || !unicode.IsLetter(r[i+2])) {
				emit(i, i+2, tkPoss)
				i += 2
				continue
			}
			emit(i, i+1, tkSQ)
			i++
		case c == '-' && i+1 < len(r) && r[i+1] == '-':
			// "--" (or "---") typed for a dash, as some house styles and
			// wire feeds do: one token read as "—", so every rule that
			// knows the em dash knows it too.
			j := i + 2
			if j < len(r) && r[j] == '-' {
				j++
			}
			emit(i, j, tkPunct)
			t := &d.toks[len(d.toks)-1]
			t.ls = int32(len(d.low)) // past the text's, when d.low is the lowered text (lowText)
			d.low = append(d.low, "—"...)
			t.le = int32(len(d.low))
			t.setWord(wordOf("—"))
			if sw := wordInfos[t.wi].scan; sw != swNone {
				d.scans[sw] = append(d.scans[sw], int32(len(d.toks)-1)) // emit listed the token under "--"
			}
			i = j
		default:
			if c == '*' || c == '_' || c == '#' || c == '>' || c == '!' || c == '[' || c == ']' || c == '<' {
				// Markdown or HTML markup makes no token (markup.go).
				if n, brk := markupAt(r, i, nl); n > 0 {
					if brk {
						if len(d.toks) > pts {
							closePara(i)
						}
						if len(d.toks) == pts {
							ps = i + n
						}
						nl = true
					}
					d.markup = true
					i += n
					continue
				}
			}
			if c == '&' && marks {
				// An HTML character reference is one token of the kind
				// its character has, so "&#8220;" opens a quotation and
				// the ";" of "&amp;" ends no clause.
				if n, ec := htmlEntity(r, i); n > 0 {
					i += emitMark(i, n, ec)
					continue
				}
			}
			emit(i, i+1, tkPunct)
			i++
		}
	}
	if len(d.toks) > pts {
		closePara(len(r))
	}
	d.singleQuotations()
	d.markMidAdverbs()
}

// singleQuotations reads single marks as quotation marks in text that has
// no double ones, as British papers quote ("‘We lost,’ she said."): in
// each paragraph an opening mark before a word pairs with the next
// closing mark after one, and both become double-mark tokens, so
// findQuotes pairs them as it pairs double marks. A plural possessive
// ("the players’ union") closes nothing when a closing mark follows
// later in the paragraph. The headline, whose single marks the
// headline rules read, is left alone, and so is a text with one such
// pair only, which is more likely a title or a word held at arm's length
// ("the so-called ‘bedroom tax’") than a British quotation.
//
// British papers mark a quotation inside a quotation with double marks
// ("‘He called it “a disgrace”,’ the MP said."): when every double mark
// of the text lies inside a single pair, an even number to each pair, the
// single pairs are the quotations (one is enough: American copy never
// wraps double marks in single ones) and the double marks become inner
// marks, as single marks are inside American quotations.
func (d *doc) singleQuotations() {
	dq := false
	for k := range d.toks {
		if d.toks[k].kind == tkDQ {
			dq = true
			break
		}
	}
	if !dq {
		if d.singlePairs(false) >= 2 {
			d.singlePairs(true)
		}
		return
	}
	if d.innerDoubles(false) > 0 {
		d.innerDoubles(true)
	}
}

// innerDoubles counts the double marks that lie inside the single pairs
// singlePairs would read, an even number to each pair, or returns -1 if
// any lies outside them; with apply it makes the pairs double-mark
// tokens and the marks inside them single.
func (d *doc) innerDoubles(apply bool) int {
	n := 0
	for pi := range d.paras {
		if pi == 0 && len(d.paras) > 1 {
			for k := d.paras[0].ts; k < d.paras[0].te && !apply; k++ {
				if d.toks[k].kind == tkDQ {
					return -1
				}
			}
			continue
		}
		p := d.paras[pi]
		for k := p.ts; k < p.te; k++ {
			if d.toks[k].kind == tkDQ && !apply {
				return -1 // a double mark outside any single pair: American copy
			}
			if d.toks[k].kind != tkSQ {
				continue
			}
			open, cl := d.singlePairAt(k, p)
			if open < 0 {
				continue
			}
			in := 0
			for j := open + 1; j < cl; j++ {
				if d.toks[j].kind == tkDQ {
					in++
				}
			}
			if in%2 != 0 && !apply {
				return -1
			}
			if in%2 == 0 {
				n += in
				if apply {
					for j := open + 1; j < cl; j++ {
						if d.toks[j].kind == tkDQ {
							d.toks[j].kind = tkSQ
						}
					}
					d.toks[open].kind, d.toks[cl].kind = tkDQ, tkDQ
				}
			}
			k = cl
		}
	}
	return n
}

// singlePairAt returns the single pair that opens at token k of paragraph
// p, read as singlePairs reads it, or -1, -1.
func (d *doc) singlePairAt(k int, p para) (int, int) {
	r := d.r
	t := &d.toks[k]
	if c := r[t.s]; t.e-t.s != 1 || !(c == '‘' || c == '\'') || !(k == p.ts || spaceBefore(r, int(t.s))) || k+1 >= p.te || d.toks[k+1].kind != tkWord && d.toks[k+1].kind != tkDQ || d.toks[k+1].s != t.e {
		return -1, -1
	}
	for j := k + 1; j < p.te; j++ {
		u := &d.toks[j]
		if c := r[u.s]; u.kind == tkSQ && u.e-u.s == 1 && (c == '’' || c == '\'') && !spaceBefore(r, int(u.s)) && spaceAfter(r, int(u.e)) {
			return k, j
		}
	}
	return -1, -1
}

// singlePairs counts the pairs of single quotation marks singleQuotations
// reads, and with apply makes them double-mark tokens.
func (d *doc) singlePairs(apply bool) int {
	r := d.r
	closing := func(k int) bool {
		t := &d.toks[k]
		c := r[t.s]
		return t.kind == tkSQ && t.e-t.s == 1 && (c == '’' || c == '\'') && !spaceBefore(r, int(t.s)) && spaceAfter(r, int(t.e))
	}
	n := 0
	for pi := range d.paras {
		if pi == 0 && len(d.paras) > 1 {
			continue // the headline
		}
		p := &d.paras[pi]
		open := -1
		for k := p.ts; k < p.te; k++ {
			t := &d.toks[k]
			if t.kind != tkSQ || t.e-t.s != 1 {
				continue
			}
			if c := r[t.s]; open < 0 && (c == '‘' || c == '\'') && (k == p.ts || spaceBefore(r, int(t.s))) && k+1 < p.te && d.toks[k+1].kind == tkWord && d.toks[k+1].s == t.e && unicode.IsLetter(r[t.e]) {
				open = k // a letter follows: not "'90s"
				continue
			}
			if open < 0 || !closing(k) {
				continue
			}
			if prev := r[t.s-1]; (prev == 's' || prev == 'S') && d.word(k+1) && !d.toks[k+1].cap {
				later := false
				for j := k + 1; j < p.te && !later; j++ {
					later = closing(j)
				}
				if later {
					continue // "‘The players’ union is strong,’ …"
				}
			}
			if apply {
				d.toks[open].kind, t.kind = tkDQ, tkDQ
			}
			n++
			open = -1
		}
	}
	return n
}

// numberAfter says whether a number (or "#") follows r[i] past spaces:
// "No. 2" abbreviates "number", but "voted no. One …" ends a sentence.
func numberAfter(r []rune, i int) bool {
	for i < len(r) && r[i] == ' ' {
		i++
	}
	return i < len(r) && (unicode.IsDigit(r[i]) || r[i] == '#')
}

// domainAt says whether a top-level domain starts at r[i] and ends a
// word: "com" in "Politico.com".
func domainAt(r []rune, i int) bool {
	if i >= len(r) || !isASCIIWord(r[i]) {
		return false // most stops end a sentence before a space
	}
	for _, tld := range [...]string{"com", "org", "net", "gov", "edu"} {
		if i+len(tld) <= len(r) && foldsTo(r[i:i+len(tld)], tld) && (i+len(tld) == len(r) || !isWordRune(r[i+len(tld)])) {
			return true
		}
	}
	return false
}

// foldsTo says whether rs is the lower-case ASCII word w in any case,
// as strings.EqualFold would, without converting rs to a string.
func foldsTo(rs []rune, w string) bool {
	for k, c := range rs {
		if c|0x20 != rune(w[k]) { // only 'A'-'Z' map to 'a'-'z'
			return false
		}
	}
	return true
}

// initialism says whether rs is single letters joined by stops ("J",
// "J.M", "F.B.I", a party tag's "R-S"): it may take another ".X" and
// its final stop, so that "J.M. Berger", "the F.A.A." and "R-S.C." stay
// whole.
func initialism(rs []rune) bool {
	for k, c := range rs {
		if k%2 == 0 && !unicode.IsLetter(c) || k%2 == 1 && c != '.' && !(k == 1 && c == '-') {
			if c == '-' && k%2 == 0 && k > 2 && k+1 < len(rs) {
				// "A.F.L.-C.I.O": an initialism hyphenated to another
				// restarts the pattern after the hyphen.
				return initialism(rs[k+1:])
			}
			return false
		}
	}
	return len(rs)%2 == 1
}

// appendLower appends rs in lower case to b; a caller's stack buffer
// spares an allocation per word ending in a period.
func appendLower(b []byte, rs []rune) []byte {
	for _, c := range rs {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 128 {
			b = append(b, byte(c))
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(c))
		}
	}
	return b
}

// lowerText is strings.ToLower without a function call per rune, which
// classify pays on every short paragraph holding a curly quote. It maps
// each rune through unicode.ToLower as strings.ToLower does, an invalid
// byte becoming U+FFFD as there.
func lowerText(s string) string {
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	return lowerInto(&b, s)
}

// lowerInto is lowerText writing the lower-case copy, when one is
// needed, at the end of *buf; the result stays valid as *buf grows, as
// long as nothing writes below its length.
func lowerInto(buf *[]byte, s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := *buf
	start := len(b)
	// Copy the text and lower it in place, the common case; a rune whose
	// lower case is of another length (or an invalid byte, which becomes
	// U+FFFD) ends that, and the rest is decoded and appended rune by
	// rune.
	b = append(b, s...)
	low := b[start:]
	for i < len(low) {
		if i += lowerASCII(low[i:]); i == len(low) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if utf8.RuneLen(lr) != w || r == utf8.RuneError && w == 1 {
			break
		}
		if lr != r {
			utf8.EncodeRune(low[i:], lr)
		}
		i += w
	}
	b = b[:start+i]
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += w
	}
	*buf = b
	return unsafe.String(&b[start], len(b)-start)
}

// appendLowTok appends c's lower-case form to low, the lexicon's form
// of a token's text: a curly apostrophe as a straight one. The ASCII
// path is small enough to inline: the tokenizer calls it for every rune
// of every word, on a local slice so the loop keeps it in registers.
func appendLowTok(low []byte, c rune) []byte {
	if c >= utf8.RuneSelf {
		return appendLowTokWide(low, c)
	}
	return append(low, asciiLower[c])
}

// lowerASCII lowers b in place up to its first byte that is not ASCII
// and returns that byte's index (len(b) when there is none). It lowers
// eight bytes at a time: the texts and paragraphs it is given run to
// thousands of bytes, nearly all ASCII.
func lowerASCII(b []byte) int {
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(b); i += 8 {
		v := binary.LittleEndian.Uint64(b[i:])
		if v&(0x80*ones) != 0 {
			break
		}
		// Each byte is below 0x80, so neither sum carries into the next
		// byte: a byte's top bit in ge is set when it is 'A' or above,
		// in gt when it is above 'Z'.
		ge := v + (0x80-'A')*ones
		gt := v + (0x80-'Z'-1)*ones
		v |= ((ge &^ gt) & (0x80 * ones)) >> 2 // 0x20 for 'A'-'Z'
		binary.LittleEndian.PutUint64(b[i:], v)
	}
	for ; i < len(b); i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			return i
		}
		b[i] = asciiLower[c]
	}
	return i
}

// asciiLower maps each ASCII byte to its lower-case form.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// appendLowTokWide is appendLowTok beyond ASCII.
func appendLowTokWide(low []byte, c rune) []byte {
	if invisible(c) {
		return low // "news\u00adpaper" is looked up as "newspaper"
	}
	if c == '’' || c == '‘' {
		c = '\''
	}
	return utf8.AppendRune(low, unicode.ToLower(c))
}

// hardWrapped says whether text is wrapped at a fixed width: at least two
// of its single line breaks (text on both sides, no blank line between),
// and half of them, fall inside a sentence, after a word or a comma and
// before a lower-case letter. Text that breaks lines only between
// paragraphs, headlines and list items has next to none such. It returns
// the width, the longest line's length in bytes, or 0.
func hardWrapped(text string) int {
	single, inside, width, ls := 0, 0, 0, 0
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		width = max(width, i-1-ls)
		ls = i
		p := i - 2
		for p >= 0 && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r') {
			p--
		}
		k := i
		for k < len(text) && text[k] == '\r' {
			k++
		}
		if p < 0 || text[p] == '\n' || k >= len(text) || text[k] == '\n' {
			continue
		}
		single++
		if b := text[p]; ('a' <= text[k] && text[k] <= 'z') && (b == ',' || b >= 0x80 || isASCIIWord(rune(b))) {
			inside++
		}
	}
	if inside < 2 || inside*2 < single {
		return 0
	}
	return width
}

// softBreak says whether the line break r[i] is a space within a
// paragraph: the next line goes on with a lower-case word after a word,
// a comma or a dash ("would remain\nclosed"), or, in text hard-wrapped
// at width (in bytes; 0 if not), the line before is over half as long,
// so no heading's, and the next line opens with no indent and no list
// mark.
func softBreak(r []rune, i int, width int) bool {
	k := i + 1
	for k < len(r) && r[k] == '\r' {
		k++
	}
	if k >= len(r) || unicode.IsSpace(r[k]) {
		return false // a blank line, an indent, the end
	}
	p := i - 1
	for p >= 0 && (r[p] == ' ' || r[p] == '\t' || r[p] == '\r' || r[p] == '\u00a0') {
		p--
	}
	if p < 0 || r[p] == '\n' {
		return false
	}
	if b := r[p]; unicode.IsLower(r[k]) && (unicode.IsLetter(b) || unicode.IsDigit(b) || b == ',' || b == ';' || b == '-' || b == '–' || b == '—') {
		return true
	}
	if width == 0 {
		return false
	}
	ls := p
	for ls > 0 && r[ls-1] != '\n' {
		ls--
	}
	switch r[k] {
	case '-', '*', '•', '#', '>', '|':
		return false
	}
	return (i-ls)*2 > width
}

// invisible says whether c is a mark that shows nothing, as text pasted
// from the web carries: a soft hyphen, a zero-width space, joiner or
// non-joiner, a word joiner, a byte-order mark. Between words it is
// space; inside one it is part of the word, and its lower-case text
// leaves it out.
func invisible(c rune) bool {
	switch c {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// visibleSpeaker is sp with its names' invisible marks dropped.
func visibleSpeaker(sp Speaker) Speaker {
	sp.Name, sp.Title, sp.Holder = visibleText(sp.Name), visibleText(sp.Title), visibleText(sp.Holder)
	return sp
}

// visibleText is s without invisible marks ("Lo\u00adpes" is "Lopes"),
// a line break in it a space ("Ann\nLee" is "Ann Lee").
func visibleText(s string) string {
	return strings.Map(func(c rune) rune {
		switch {
		case invisible(c):
			return -1
		case c == '\n' || c == '\r' || c == '\t':
			return ' '
		}
		return c
	}, strings.ReplaceAll(s, "\r\n", "\n"))
}

// elidedYear says whether the single mark at i stands for a year's
// elided century ("in ‘08", "since '16", "the ’90s"): after a space or
// the start, two digits and then no further digit or letter but a
// plural "s", and no closing mark after it in the paragraph. Read as an
// opening quotation mark it cut the clause it stands in.
func elidedYear(r []rune, i int) bool {
	if i > 0 && !unicode.IsSpace(r[i-1]) && r[i-1] != '(' {
		return false
	}
	if i+2 >= len(r) || !unicode.IsDigit(r[i+1]) || !unicode.IsDigit(r[i+2]) {
		return false
	}
	if i+3 < len(r) {
		n := r[i+3]
		if !(n == 's' && (i+4 == len(r) || !isWordRune(r[i+4])) || !unicode.IsDigit(n) && !unicode.IsLetter(n)) {
			return false
		}
	}
	// A closing mark later in the paragraph, before another opening
	// one, makes it an opening one ("‘20 years is enough,’ she said").
	for k := i + 3; k < len(r) && r[k] != '\n'; k++ {
		if !isSQ(r[k]) {
			continue
		}
		if unicode.IsSpace(r[k-1]) {
			return true // "… the ‘blame game’": a pair of its own
		}
		if k+1 == len(r) || !unicode.IsLetter(r[k+1]) {
			return false
		}
	}
	return true
}
