package extract

import "unicode"

// qseg is a stretch of text between double quotation marks.
type qseg struct {
	s, e   int // code points; e is after the closing mark, or the paragraph end
	ot, ct int // tokens of the opening and closing mark; ct = -1 when unclosed
	words  int
	next   int // segment continuing it in the next paragraph, or -1
	prev   int // segment it continues, or -1
}

func spaceBefore(r []rune, i int) bool {
	if i <= 0 {
		return true
	}
	c := r[i-1]
	return unicode.IsSpace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '/' || c == '{' || c == '*' || c == '_' || c == '>' || isSQ(c) && (i < 2 || unicode.IsSpace(r[i-2]))
}

func spaceAfter(r []rune, i int) bool {
	if i >= len(r) {
		return true
	}
	c := r[i]
	return unicode.IsSpace(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '?' || c == '!' || c == '—' || c == '–' || c == ']' || c == '*' || c == '_' || c == '<' || isSQ(c)
}

// findQuotes pairs double quotation marks paragraph by paragraph. Curly
// marks say which way they face; straight marks are judged by the spaces
// around them. Unbalanced marks end at the paragraph, so one stray mark
// never swallows the rest of the article. The segments are appended to
// segs[:0], so a pooled slice is reused.
func (d *doc) findQuotes(segs []qseg) []qseg {
	segs = segs[:0]
	r := d.r
	for pi := range d.paras {
		p := &d.paras[pi]
		open := -1
		for k := p.ts; k < p.te; k++ {
			t := &d.toks[k]
			if t.kind != tkDQ {
				continue
			}
			c := r[t.s]
			switch c {
			case '&':
				_, c = htmlEntity(r, int(t.s)) // "&#8220;", "&quot;"
			case 'â':
				_, c = mojiMark(r, int(t.s)) // "â€œ", "â€"
			}
			if t.e-t.s == 2 && isSQ(r[t.s]) {
				switch c {
				case '‘':
					c = '“'
				case '’':
					c = '”'
				default:
					c = '"'
				}
			}
			sb, sa := spaceBefore(r, int(t.s)), spaceAfter(r, int(t.e))
			var opens, closes bool
			switch c {
			case '“', '„', '«', '‟':
				opens = true
				if open >= 0 && !sb {
					closes, opens = true, false // typed the wrong way round
				}
			case '”', '»':
				closes = true
				if open < 0 && (sb && !sa || k == p.ts && d.closeLater(k, p)) {
					// "” … they are not like him,” she said": a paragraph
					// opened with the closing mark still opens a quotation.
					opens, closes = true, false
				}
			default:
				switch {
				case sb && !sa:
					opens = true
				case !sb && sa:
					closes = true
				default:
					if open >= 0 {
						closes = true
					} else {
						opens = true
					}
				}
			}
			if opens && open >= 0 {
				// Unclosed before a new opening mark: end it before this one.
				segs = append(segs, qseg{s: int(d.toks[open].s), e: int(t.s), ot: open, ct: -1, next: -1, prev: -1})
				open = -1
			}
			if opens {
				open = k
				continue
			}
			if closes && open >= 0 {
				segs = append(segs, qseg{s: int(d.toks[open].s), e: int(t.e), ot: open, ct: k, next: -1, prev: -1})
				open = -1
			}
		}
		if open >= 0 {
			segs = append(segs, qseg{s: int(d.toks[open].s), e: p.e, ot: open, ct: -1, next: -1, prev: -1})
		}
	}
	// Each segment marks its tokens, an unclosed one up to its paragraph's
	// end; a later segment's marks win. Walking the segments backwards,
	// each token is marked once: an unclosed segment stops at the
	// leftmost unclosed one after it in its paragraph (frontier), which
	// already marked everything from there on. Its word count, though,
	// runs to the paragraph's end, so unclosed segments read it from
	// running word counts (wordN) rather than recounting: a hostile text
	// of stray marks in one paragraph stays linear.
	frontier, fpara, counted := 0, -1, false
	for i := len(segs) - 1; i >= 0; i-- {
		sg := &segs[i]
		pa := int(d.toks[sg.ot].para)
		if pa != fpara {
			frontier, fpara = d.paras[pa].te, pa
		}
		end := sg.ct
		if end < 0 {
			if !counted {
				d.countWords()
				counted = true
			}
			end = min(d.paras[pa].te-1, len(d.toks)-1)
			sg.words = int(d.wordN[end+1] - d.wordN[sg.ot])
		}
		for k := sg.ot; k <= end && k < frontier; k++ {
			if d.toks[k].quote == 0 {
				d.toks[k].quote = int32(i + 1)
			}
			if sg.ct >= 0 && d.toks[k].kind == tkWord {
				sg.words++
			}
		}
		if sg.ct < 0 {
			frontier = sg.ot
		}
		// Trim trailing spaces of an unclosed segment.
		for sg.e > sg.s && unicode.IsSpace(r[sg.e-1]) {
			sg.e--
		}
	}
	// A quote left open at a paragraph end continues when the next
	// paragraph starts with an opening mark.
	for i := range segs {
		if segs[i].ct >= 0 || i+1 >= len(segs) {
			continue
		}
		pa := d.toks[segs[i].ot].para
		nx := &segs[i+1]
		if d.toks[nx.ot].para == pa+1 && nx.ot == d.paras[pa+1].ts {
			segs[i].next = i + 1
			nx.prev = i
		}
	}
	return segs
}

// closeLater says whether a closing double mark follows token k in its
// paragraph.
func (d *doc) closeLater(k int, p *para) bool {
	for j := k + 1; j < p.te; j++ {
		if d.toks[j].kind == tkDQ && (d.r[d.toks[j].s] == '”' || d.r[d.toks[j].s] == '"') && !spaceBefore(d.r, int(d.toks[j].s)) {
			return true
		}
	}
	return false
}

// countWords fills d.wordN: wordN[k] is the number of word tokens
// before token k.
func (d *doc) countWords() {
	d.wordN = resize(d.wordN, len(d.toks)+1)
	d.wordN[0] = 0
	for k := range d.toks {
		d.wordN[k+1] = d.wordN[k]
		if d.toks[k].kind == tkWord {
			d.wordN[k+1]++
		}
	}
}
