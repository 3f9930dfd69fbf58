package extract

import (
	"slices"
	"strings"
	"unicode"
	"unsafe"
)

// sent is a sentence: tokens [ts, te) of one paragraph.
type sent struct {
	ts, te int
	para   int
}

var chromePrefixes = []string{
	"skip to content", "join our newsletter", "sign up", "subscribe", "advertisement",
	"related article", "related:", "related stories", "read more", "read also", "share this",
	"follow us", "click here", "watch:", "listen:", "photo:", "image:", "caption:", "credit:",
	"copyright", "©", "all rights reserved", "also read", "see also", "recommended",
}

var creditMarks = newPhraseSet(
	// Each mark holds one of these, all rare in prose.
	[]string{"(", "/", "]", "photo", "via", "getty", "shutterstock"},
	"(photo", "photo by", "via ap)", "/ap)", "ap photo", "getty images", "/pool", "pool via",
	"via reuters", "/reuters", "/afp", "afp via", "file photo", "(ap)", "photo credit", "shutterstock",
	"](#)",
)

// phraseSet finds any of a few phrases of two or more bytes in a text in
// one pass. It tries the phrases only where the text holds the first two
// bytes of one, much rarer than a first byte: "ph", "po" against "p".
// classify asks it of nearly every paragraph, and nearly every paragraph
// holds none of the set's anchors, strings of which each phrase holds
// one: the library's vector searches for those spare most texts the pass.
type phraseSet struct {
	anchors []string
	rare    []int      // per anchor, the index of its rarest byte in prose
	first   [256]bool  // the phrases' first bytes, a cheaper test to ask first
	pairs   wordFilter // the phrases' first byte pairs
	ps      []string
}

// newPhraseSet returns the set of phrases ps, each of which holds one of
// anchors.
func newPhraseSet(anchors []string, ps ...string) *phraseSet {
	m := &phraseSet{anchors: anchors, ps: ps}
	for _, a := range anchors {
		m.rare = append(m.rare, rarestByte(a))
	}
	for _, p := range ps {
		if !slices.ContainsFunc(anchors, func(a string) bool { return strings.Contains(p, a) }) {
			panic("phraseSet: no anchor in " + p)
		}
		m.first[p[0]] = true
		m.pairs.add(uint32(p[0])<<8 | uint32(p[1]))
	}
	return m
}

// in says whether s contains one of the phrases.
func (m *phraseSet) in(s string) bool {
	if !m.anchored(s) {
		return false
	}
	for i := 0; i+1 < len(s); i++ {
		if m.first[s[i]] && m.pairs.test(uint32(s[i])<<8|uint32(s[i+1])) {
			for _, p := range m.ps {
				// The pair first: the full compare is a call.
				if p[0] == s[i] && p[1] == s[i+1] && strings.HasPrefix(s[i:], p) {
					return true
				}
			}
		}
	}
	return false
}

// anchored says whether s holds one of the set's anchors, as it must to
// hold a phrase.
func (m *phraseSet) anchored(s string) bool {
	for k, a := range m.anchors {
		if containsAt(s, a, m.rare[k]) {
			return true
		}
	}
	return false
}

// proseLetters ranks the lower-case letters from rarest to commonest in
// English prose.
const proseLetters = "zqxjkvbpygfwmucldrhsnioate"

// rarestByte returns the index in w of the byte least often met in prose:
// a letter by proseLetters, and any other byte (punctuation) before all.
func rarestByte(w string) int {
	best, rank := 0, len(proseLetters)+1
	for i := 0; i < len(w); i++ {
		r := strings.IndexByte(proseLetters, w[i])
		if r < 0 {
			r = -1
		}
		if r < rank {
			best, rank = i, r
		}
	}
	return best
}

// containsAt is strings.Contains(s, w), looking for w's byte w[k] with
// IndexByte and comparing w only there. strings.Contains looks for w's
// first byte, and the "s" of "shutterstock" stops it every few words of
// a paragraph that holds no phrase; its "k" rarely does.
func containsAt(s, w string, k int) bool {
	c, n := w[k], len(w)
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if i-k+n <= len(s) && s[i-k:i-k+n] == w {
			return true
		}
	}
	return false
}

// classify marks paragraphs that are page furniture rather than prose, and
// returns for each paragraph the first token of its prose (after a
// dateline such as "KYIV, Ukraine (AP) —"), in into's array when it is
// large enough.
func (d *doc) classify(into []int) []int {
	starts := resize(into, len(d.paras))
	for i := range d.paras {
		p := &d.paras[i]
		starts[i] = p.ts
		n := p.te - p.ts
		if n >= 60 && i >= 4 && i < len(d.paras)-3 {
			// Long prose in the body: never furniture, and converting it
			// to lower case would cost more than the rest of the work.
			starts[i] = d.skipDateline(p)
			continue
		}
		var low string
		if d.lowText {
			low = strings.TrimSpace(unsafe.String(unsafe.SliceData(d.low[p.s:p.e]), p.e-p.s)) // lowered already
		} else {
			low = lowerInto(&d.plow, strings.TrimSpace(d.text(p.s, p.e)))
		}
		p.low = low
		head := low
		if d.markup {
			// "**Read more:**", "## Related", "> Sign up": the label
			// under its markup (markup.go).
			head = strings.TrimLeft(low, "*_#>[ ")
		}
		prose := -1
		switch {
		case hasAnyPrefix(head, chromePrefixes):
			if hasAnyPrefix(head, crossRefLabels) && !hasAnyPrefix(head, crossRefListLabels) {
				prose = d.proseAfterCrossRef(p)
			}
			p.chrome = prose < 0
		case strings.HasSuffix(low, "+ posts") || strings.HasSuffix(low, "posts"):
			p.chrome = n <= 6
		case n == 1 && isHexLike(low):
			p.chrome = true
		case strings.HasPrefix(head, "by ") && n < 30 && !d.endsSentence(p):
			p.chrome = true
		case creditMarks.in(low) && !d.hasDatelineAgency(p):
			p.chrome = true
		case d.endsInCapsCredit(p):
			p.chrome = true
		case !d.endsSentence(p) && n < 25 && !(i == 0 && strings.HasSuffix(low, ";")) && !(i > 0 && (d.signOffAfterProse(p) || d.crossRefAfterProse(p))):
			// A heading, label or list item without a full stop; but a
			// headline ending in ";" (USA Today: "Poll: Trump gains; ")
			// runs on into its subhead and is prose.
			p.chrome = true
		}
		switch {
		case prose >= 0:
			starts[i] = prose
		case !p.chrome:
			starts[i] = d.skipDateline(p)
		}
	}
	return starts
}

// crossRefLabels open a CMS cross-reference: a label and the headline
// of another article.
var crossRefLabels = []string{"related article", "related:", "related stories", "read more", "read also", "also read", "see also"}

// crossRefListLabels are plural labels: a list of linked headlines
// follows them, so the sentence after the first full stop is another
// headline ("Related stories: Storm hits coast. Mayor says city is
// ready."), not pasted prose.
var crossRefListLabels = []string{"related articles", "related stories"}

// proseAfterCrossRef finds where prose starts in a paragraph that opens
// with a cross-reference whose linked headline ends in a full stop,
// when copy pasted the next paragraph onto the same line: "Read more:
// Floods hit the coast. The mayor said …". It returns the first token
// of the second sentence when a sentence of at least four words follows,
// or -1: the label and headline hold no attribution.
func (d *doc) proseAfterCrossRef(p *para) int {
	for k := p.ts + 3; k+4 < p.te; k++ {
		if d.toks[k].cap && (d.is(k-1, ".") || d.is(k-1, "!") || d.is(k-1, "?")) && d.toks[k-1].quote == 0 {
			n := 0
			for j := k; j < p.te; j++ {
				if d.word(j) {
					n++
				}
			}
			if n >= 4 && d.endsSentence(p) {
				return k
			}
			return -1
		}
	}
	return -1
}

// signOffWords open a wire story's sign-off: "(Reporting by …; Editing
// by …)", "(Additional reporting by …)", "(Compiled by …)".
var signOffWords = setOf("reporting reported editing writing additional compiled")

// signOffAfterProse says whether a short paragraph is prose with a wire
// sign-off pasted after its last full stop, as copy taken from a feed
// often is: "…, the union said. (Reporting by Jo Ray; Editing by Ann
// Lee)". Without its full stop at the end the paragraph looks like a
// heading; the sign-off holds no attribution, so the prose before it is
// read as any other. A photo credit after a sentence still makes a
// caption.
func (d *doc) signOffAfterProse(p *para) bool {
	for k := p.te - 3; k >= p.ts+4 && k >= p.te-16; k-- {
		if d.is(k, "(") && signOffWords[d.lw(k+1)] && d.toks[k+1].cap {
			return d.is(k-1, ".") || d.is(k-1, "!") || d.is(k-1, "?") || d.toks[k-1].kind == tkDQ && (d.is(k-2, ".") || d.is(k-2, "!") || d.is(k-2, "?") || d.is(k-2, ","))
		}
	}
	return false
}

// crossRefAfterProse says whether a short paragraph is prose with a
// CMS cross-reference pasted after its last full stop: "…, the union
// said. Read more: Strike ends at the port". The label and the headline
// it links hold no attribution; without them the paragraph is prose.
func (d *doc) crossRefAfterProse(p *para) bool {
	for k := p.ts + 4; k < p.te-1; k++ {
		if !(d.is(k-1, ".") || d.is(k-1, "!") || d.is(k-1, "?") || d.toks[k-1].kind == tkDQ && (d.is(k-2, ".") || d.is(k-2, "!") || d.is(k-2, "?"))) || !d.toks[k].cap {
			continue
		}
		switch d.lw(k) {
		case "read":
			if w := d.lw(k + 1); w == "more" || w == "also" {
				return true
			}
		case "also":
			if d.lw(k+1) == "read" {
				return true
			}
		case "see":
			if d.lw(k+1) == "also" && d.is(k+2, ":") {
				return true
			}
		case "related":
			if d.is(k+1, ":") {
				return true
			}
		}
	}
	return false
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if s != "" && p != "" && s[0] != p[0] {
			continue // the first byte first: the full compare is a call
		}
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func isHexLike(s string) bool {
	if len(s) < 16 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// endsSentence reports whether the paragraph ends like prose.
func (d *doc) endsSentence(p *para) bool {
	k := p.te - 1
	for k > p.ts && (d.toks[k].kind == tkDQ || d.toks[k].kind == tkSQ || d.is(k, ")")) {
		k--
	}
	t := &d.toks[k]
	c := d.r[t.e-1]
	return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || (t.kind == tkWord && t.e-t.s > 1 && strings.HasSuffix(d.lw(k), ".") && k > p.ts+8)
}

// endsInCapsCredit spots captions ending in an upper-case photo credit
// ("LUDOVIC MARIN/Pool via REUTERS").
func (d *doc) endsInCapsCredit(p *para) bool {
	k := p.te - 1
	if k-p.ts < 3 {
		return false
	}
	caps := 0
	for ; k >= p.ts && caps < 4; k-- {
		t := &d.toks[k]
		if t.kind != tkWord {
			if d.is(k, "/") {
				continue
			}
			break
		}
		if !allUpper(d.r[t.s:t.e]) {
			break
		}
		caps++
	}
	return caps >= 2 && k > p.ts && d.is(k, "/")
}

func allUpper(rs []rune) bool {
	letters := 0
	for _, c := range rs {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// hasDatelineAgency says whether a paragraph opens with a wire dateline,
// which makes it prose even though it names the agency.
func (d *doc) hasDatelineAgency(p *para) bool {
	return d.skipDateline(p) > p.ts && d.endsSentence(p) && p.te-p.ts > 15
}

// skipDateline returns the first token after a leading dateline:
// "KYIV, Ukraine (AP) —", "PARIS:", "WASHINGTON (Reuters) -",
// "date 2025-09-05 PARIS:".
func (d *doc) skipDateline(p *para) int {
	k := p.ts
	if d.is(k, "date") && k+1 < p.te && unicode.IsDigit(d.r[d.toks[k+1].s]) {
		k++
		for k < p.te && (unicode.IsDigit(d.r[d.toks[k].s]) || d.is(k, "-")) {
			k++
		}
	}
	start := k
	sawCaps := false
	for i := 0; k < p.te && i < 12; i++ {
		t := &d.toks[k]
		switch {
		case t.kind == tkWord && allUpper(d.r[t.s:t.e]) && t.e-t.s > 1:
			sawCaps = true
			k++
		case t.kind == tkWord && (t.cap || unicode.IsDigit(d.r[t.s])) && sawCaps:
			k++ // "WASHINGTON, Dec. 8 (UPI) —"
		case (d.is(k, ",") || d.is(k, ".")) && sawCaps:
			k++ // "RENO, Nev. (AP) —"
		case d.is(k, "(") && sawCaps:
			for k < p.te && !d.is(k, ")") {
				k++
			}
			k++
		case sawCaps && (d.is(k, ":") || d.is(k, "—") || d.is(k, "–") || d.is(k, "-")):
			return k + 1
		default:
			return d.agencyDateline(p, start)
		}
	}
	return start
}

// agencyDateline returns the first token after a dateline written in
// ordinary case, as AFP does, which only its agency in parentheses and
// a dash mark: "Paris (AFP) -", "Kyiv, Ukraine (AFP) —"; else start.
func (d *doc) agencyDateline(p *para, start int) int {
	k := start
	for k < p.te && k < start+6 && (d.toks[k].kind == tkWord && d.toks[k].cap || k > start && (d.is(k, ",") || d.is(k, "."))) {
		k++
	}
	if k == start || k+3 >= p.te || !d.is(k, "(") || agencyNames[d.lw(k+1)] == "" || !d.is(k+2, ")") {
		return start
	}
	if k += 3; d.is(k, "—") || d.is(k, "–") || d.is(k, "-") || d.is(k, ":") {
		return k + 1
	}
	return start
}

// sentences splits prose paragraphs into sentences, never inside a quote
// unless the quote closes with a full stop and the text goes on with a
// capital letter. The sentences are appended to out[:0].
func (d *doc) sentences(out []sent, starts []int, segs []qseg) []sent {
	out = out[:0]
	for pi := range d.paras {
		p := &d.paras[pi]
		if p.chrome {
			continue
		}
		s := starts[pi]
		for k := s; k < p.te; k++ {
			t := &d.toks[k]
			if t.kind != tkPunct && t.kind != tkDQ && !(t.kind == tkWord && d.r[t.e-1] == '.') {
				continue
			}
			c := d.r[t.e-1]
			boundary := false
			switch {
			case t.kind == tkPunct && (c == '.' || c == '!' || c == '?' || c == '…') && t.quote == 0:
				// A stop glued to a short word after it is inside an
				// abbreviation ("D-S.C."); "said.Trump claimed" still ends.
				boundary = d.startsSentence(k+1, p) && !(c == '.' && k+1 < p.te && d.word(k+1) && d.toks[k+1].s == t.e && d.toks[k+1].e-d.toks[k+1].s <= 2)
				if !boundary && k+1 < p.te && d.is(k+1, ")") && d.toks[k+1].s == t.e && d.startsSentence(k+2, p) {
					// "(… in tears.) The leaders …": the parenthesis
					// closes with its sentence.
					boundary = true
					k++
				}
			case t.kind == tkWord && c == '.' && t.quote == 0:
				// "U.S." or "Sept." at the end of a sentence.
				w := strings.TrimSuffix(d.lw(k), ".")
				switch {
				case titleAbbrev(w) || t.e-t.s <= 2:
				case capTitles[w] && t.cap:
					// "Brig. Gen. Ann Lee": the tokenizer kept the period of a title.
				case stateTitles[w] && (k == 0 || !d.is(k-1, ",") && !d.in(k-1, wcVenuePrep) && !d.is(k-1, "to") && !d.is(k-1, "from")):
					// "Del. Ann Ward": the tokenizer kept the period of a title.
				case strings.Contains(w, "."):
					// "U.S." mostly precedes a noun: split only before a
					// word that usually opens a sentence.
					boundary = d.word(k+1) && sentenceOpeners[d.lw(k+1)] && d.toks[k+1].cap || quotedSentenceAt(d, segs, k+1)
				default:
					boundary = d.startsSentence(k+1, p) && d.toks[k+1].kind == tkWord && d.toks[k+1].cap || quotedSentenceAt(d, segs, k+1)
				}
			case t.kind == tkDQ && t.quote > 0 && segs[t.quote-1].ct == k && k > 0:
				pc := d.r[d.toks[k-1].e-1]
				if (pc == '.' || pc == '!' || pc == '?' || pc == '…') && d.toks[k-1].kind == tkPunct {
					// A quotation opened mid-clause ("the South has “treated
					// me so well.” He touted …") ends its sentence whatever
					// follows: only a quoted sentence takes "Macron said."
					ot := segs[t.quote-1].ot
					embedded := ot > s && d.word(ot-1)
					boundary = d.startsSentence(k+1, p) && (embedded || !d.attributionFollows(k+1, p))
				}
			}
			if boundary {
				// "… ‘Very Good Reporter.’ Next …": a single mark glued
				// to the stop closes a title the sentence holds.
				for k+1 < p.te && d.toks[k+1].kind == tkSQ && d.toks[k+1].s == t.e && (k+2 >= p.te || d.toks[k+2].s > d.toks[k+1].e) {
					k++
				}
			}
			if boundary {
				out = d.appendSent(out, s, k+1, pi)
				s = k + 1
			}
		}
		if s < p.te {
			out = d.appendSent(out, s, p.te, pi)
		}
	}
	return out
}

// sentInfo is what a sentence's tokens tell together: their classes
// and shapes, and whether one lies in a quotation.
type sentInfo struct {
	cls    wordClass
	shape  uint8
	quoted bool
}

// sentInfos returns, in into's array when it is large enough, each
// sentence's sentInfo.
func (d *doc) sentInfos(into []sentInfo, sents []sent) []sentInfo {
	out := resize(into, len(sents))
	for si, s := range sents {
		var c wordClass
		var sh uint8
		var q int32 // the quotations' indices ORed: 0 when none
		for k := s.ts; k < s.te; k++ {
			t := &d.toks[k]
			c |= t.cls
			sh |= t.shape
			q |= t.quote
		}
		out[si] = sentInfo{cls: c, shape: sh, quoted: q != 0}
	}
	return out
}

// sentHas says whether a token of sentence si is in the set of class c.
// A pass whose readings all start at such a token leaves most sentences
// at once. Without the infos (a finder built by hand) it says true.
func (f *finder) sentHas(si int, c wordClass) bool {
	return si >= len(f.sentInfo) || f.sentInfo[si].cls&c != 0
}

// sentShaped says whether a token of sentence si has one of the shapes
// sh, or, without the infos, true.
func (f *finder) sentShaped(si int, sh uint8) bool {
	return si >= len(f.sentInfo) || f.sentInfo[si].shape&sh != 0
}

// sentQuoted says whether a token of sentence si lies in a quotation,
// or, without the infos, true.
func (f *finder) sentQuoted(si int) bool {
	return si >= len(f.sentInfo) || f.sentInfo[si].quoted
}

// maxSentToks bounds a sentence's tokens; see appendSent.
const maxSentToks = 400

// appendSent appends the sentence [s, e) of paragraph pi. A run-on past
// maxSentToks (hostile input: no stop for pages) is cut at clause marks,
// as sentence passes are quadratic in a sentence's length; news sentences
// stay far below it (train's longest holds 336 tokens).
func (d *doc) appendSent(out []sent, s, e, pi int) []sent {
	for e-s > maxSentToks {
		c := s + maxSentToks
		for j := c - 1; j > s+maxSentToks/2; j-- {
			if (d.is(j, ",") || d.is(j, ";")) && d.toks[j].quote == 0 {
				c = j + 1
				break
			}
		}
		out = append(out, sent{ts: s, te: c, para: pi})
		s = c
	}
	return append(out, sent{ts: s, te: e, para: pi})
}

var sentenceOpeners = setOf("the he she it they we i but and in this that a an his her their there on at after as if when while however")

// titleAbbrevs precede a name, so their period never ends a sentence.
var titleAbbrevs = setOf("mr mrs ms dr sen rep gov gen lt col sgt st prof rev adm capt maj cmdr cpl pfc pvt spc supt atty pres sens reps no vs mt ft jan feb mar apr aug sept sep oct nov dec")

// capTitles are title abbreviations that are also common words ("the
// brig"): only capitalised before a capitalised word is the period a
// title's.
var capTitles = setOf("brig")

// titleAbbrev says whether a lower-case word without its period is a
// title abbreviation, also after a prefix that dates or qualifies the
// title ("then-sen", "ex-gov", "former-rep"): its period then ends no
// sentence. Other hyphenated words ("next-gen", "yes-or-no") stay words.
func titleAbbrev(w string) bool {
	if titleAbbrevs[w] {
		return true
	}
	pre, title, ok := strings.Cut(w, "-")
	return ok && titlePrefixes[pre] && titleAbbrevs[title]
}

var titlePrefixes = setOf("then ex former")

func (d *doc) startsSentence(k int, p *para) bool {
	if k >= p.te {
		return false
	}
	t := &d.toks[k]
	if t.kind == tkDQ || t.kind == tkSQ || d.is(k, "(") {
		return true
	}
	return t.kind == tkWord && (t.cap || unicode.IsDigit(d.r[t.s]))
}

// attributionFollows: after “….” a short "Macron said." belongs to the quote.
func (d *doc) attributionFollows(k int, p *para) bool {
	lim, appos := k+7, false
	for j := k; j < p.te && j < lim; j++ {
		if !appos && j > k && d.is(j, ",") {
			// "“…!” Ann Lee, the head of the group, said.": one
			// appositive between commas may stand before the cue.
			if c := d.appositiveClose(j+1, p); c > 0 {
				appos = true
				lim += c - j + 1
				j = c
				continue
			}
		}
		n := d.cueAt(j)
		if n == 0 && k >= 2 && (d.is(k-2, "?") || d.is(k-2, "!")) && !(d.toks[k].cap && sentenceOpeners[d.lw(k)]) {
			// "“…?” Lee pressed.": a verb that reports only where it
			// closes a quotation (quoteTailVerbs); after a full stop
			// inside the marks it is narration ("“….” The show goes on"),
			// and so it is after a capitalised opener, which starts a
			// sentence of its own ("“…?” The show goes on"): a report
			// goes on in lower case ("“…?” the host pressed").
			n = d.tailVerbLen(j)
			if n == 0 {
				n = d.bareTailCue(j, p)
			}
		}
		if n > 0 {
			// The cue, then at most a short hearer or time ("asked
			// Republican politicians", "said on Monday") before the stop.
			for end := j + n; end < p.te && end < j+tuneAfterQuote; end++ {
				if d.is(end, ",") && end+1 < p.te && d.toks[end+1].kind == tkDQ {
					return false // "She followed that by saying, “…”" opens a quotation of its own
				}
				if d.is(end, ".") || d.is(end, ",") {
					return true
				}
				if d.is(end, "that") && !d.in(end+1, wcTimeNoun) {
					return false // "He noted that …" is a new report
				}
				if !d.word(end) && d.toks[end].kind != tkPoss {
					return false
				}
			}
			return false
		}
		if d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss {
			return false
		}
	}
	return false
}

// appositiveClose returns the comma closing an appositive of words that
// opens at k ("the head of the group,"), within maxAppositive tokens, or -1.
func (d *doc) appositiveClose(k int, p *para) int {
	for j := k; j < p.te && j < k+maxAppositive; j++ {
		if d.is(j, ",") {
			if j > k {
				return j
			}
			return -1
		}
		if d.toks[j].kind != tkWord && d.toks[j].kind != tkPoss {
			return -1
		}
	}
	return -1
}

// maxAppositive bounds an appositive's words before a cue.
const maxAppositive = 10

// tuneAfterQuote is how many tokens after its cue a short attribution
// following “….” may run before its full stop ("Trump told Britain’s
// ITV television station in an interview aired Monday."); set on PolNeAR
// train.
const tuneAfterQuote = 12
