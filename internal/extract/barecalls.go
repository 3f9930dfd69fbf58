package extract

// bareCallHolders stand before a plural "calls" that no one owns and
// make it the noun: a preposition that takes it ("flooded with calls to
// …", "amid calls for …"), a verb whose object it is ("prompted calls
// for …") or a quantifier ("no serious calls to …").
var bareCallHolders = setOf("with amid despite prompted prompting sparked sparking spurred renewed fueled faced facing resisted ignored rejected heeded no few many several more new growing mounting repeated widespread")

// bareCalls reads the unowned noun "calls" with what it asks for:
// "grappled with calls for corporate boycotts", "prompted calls for
// probes", "no serious calls to close the border". PolNeAR marks "calls
// for"/"calls to" as the cue, the phrase after it as the content, and
// no source (train: 4 of 5 such phrases, none read before). "calls to"
// must open an infinitive: "placed calls to the senator" telephones.
func (f *finder) bareCalls() {
	d := f.d
	n0 := len(f.attrs)
	for si := range f.sents {
		if !f.sentHas(si, wcVoicedNoun) {
			continue
		}
		s := f.sents[si]
		for _, k := range d.scanned(swCalls, s.ts+1, s.te-2) {
			k := int(k)
			if d.toks[k].cap || d.toks[k].quote != 0 || !f.bareCallNoun(k, s) {
				continue
			}
			switch {
			case d.is(k+1, "for") && d.word(k+2):
			case f.toInfinitive(k + 1):
			default:
				continue
			}
			if f.unsourceCalls(k) || f.cueTaken(k, k+2) || f.inContent(k, n0) {
				continue
			}
			f.addUnsourcedAt(k, k+2, k+2, f.commaEnd(k+2, s.te), si)
		}
	}
}

// unsourceCalls drops the source of a verb reading of the unowned noun
// "calls" at k: the words before it ("Rowers grew tired amid", "The
// flood sparked") hold the noun, they do not call. It says whether
// there was such a reading.
func (f *finder) unsourceCalls(k int) bool {
	for i := range f.attrs {
		if a := &f.attrs[i]; a.cueS == k && a.cueE == k+2 {
			if a.srcS >= 0 && a.srcE == k {
				a.srcS, a.srcE, a.coreE = -1, -1, -1
			}
			return true
		}
	}
	return false
}

// bareCallNoun says whether "calls" at k is a noun no one owns: the word
// before it, past any adjectives, is a bareCallHolders word.
func (f *finder) bareCallNoun(k int, s sent) bool {
	d := f.d
	p := k - 1
	for p > s.ts && d.word(p) && !d.toks[p].cap && adjectiveLike(d.lw(p)) && !bareCallHolders[d.lw(p)] {
		p--
	}
	return p >= s.ts && d.word(p) && d.toks[p].quote == 0 && bareCallHolders[d.lw(p)]
}

// commaEnd ends a noun's complement at the first comma outside a
// quotation: what follows ("…, many confused as to …", "…, with which
// …") comments on the calls, not what they ask.
func (f *finder) commaEnd(t, end int) int {
	d := f.d
	for i := t; i < end; i++ {
		if d.is(i, ",") && d.toks[i].quote == 0 {
			return i
		}
	}
	return end
}

// addUnsourcedAt appends an attribution with cue tokens [cueS, cueE), no
// source, and the phrase from token t to the content end before lim.
func (f *finder) addUnsourcedAt(cueS, cueE, t, lim, si int) {
	sp, ok := f.contentSpan(t, f.contentEnd(t, lim))
	if !ok {
		return
	}
	a := attr{cueS: cueS, cueE: cueE, sent: si, srcS: -1, srcE: -1, coreE: -1, inherit: -1, conf: 0.5}
	a.entry = cueEntry{Type: CueSpeech, Prec: 0.5}
	a.setPlainContent(sp)
	f.attrs = append(f.attrs, a)
}
