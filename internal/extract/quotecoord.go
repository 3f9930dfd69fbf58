package extract

import "strings"

// extendQuotedCoordination carries a content over a coordinated part
// that holds quoted words: "Smith said he is proud of the team and
// expects a “solid share” of the seats", "Americans are “right to be
// angry” but also hungry for “real solutions”". The quotation marks show
// the speaker is still reported; the part runs to the end of the sentence.
func (f *finder) extendQuotedCoordination() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.srcS < 0 || a.sent < 0 || a.sent >= len(f.sents) {
			continue
		}
		fr := a.frags[0]
		if int(d.toks[a.srcS].s) >= fr[1] {
			continue // postposed: the content is already all before the source
		}
		s := f.sents[a.sent]
		e := d.tokFrom(fr[1])
		if e >= s.te || d.toks[e].quote != 0 {
			continue
		}
		k := e
		if d.is(k, ",") {
			k++
		}
		if !(d.is(k, "and") || d.is(k, "but")) {
			continue
		}
		k++
		if d.is(k, "also") || d.is(k, "then") {
			k++
		}
		if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || d.in(k, wcPronoun) || d.in(k, wcDeterminer) {
			continue
		}
		if n, _ := d.cueMatch(k); n > 0 {
			continue // "and called it “…”": a second report of its own
		}
		quoted, ok := false, true
		last := -1
		for j := k; j < s.te; j++ {
			if f.isOpen(j) {
				quoted = true
			}
			if d.toks[j].quote == 0 {
				if n, c := d.cueMatch(j); n > 0 && c.Prec >= 0.3 {
					ok = false
					break
				}
				if d.is(j, ";") {
					break
				}
			}
			last = j
		}
		if !ok || !quoted || last < 0 || f.claimedBy(i, int(d.toks[e].s), int(d.toks[last].e)) {
			continue
		}
		for last > k && d.toks[last].kind == tkPunct && d.toks[last].quote == 0 {
			last--
		}
		a.frags[0][1] = int(d.toks[last].e)
	}
}

// claimedBy says whether another attribution's content, source or cue lies
// in code points [s, e).
func (f *finder) claimedBy(self, s, e int) bool {
	d := f.d
	for j := range f.attrs {
		if j == self {
			continue
		}
		b := &f.attrs[j]
		for _, fr := range b.frags {
			if fr[0] < e && fr[1] > s {
				return true
			}
		}
		if b.srcS >= 0 && b.srcS < len(d.toks) && int(d.toks[b.srcS].s) >= s && int(d.toks[b.srcS].s) < e {
			return true
		}
		if b.cueS >= 0 && b.cueS < len(d.toks) && int(d.toks[b.cueS].s) >= s && int(d.toks[b.cueS].s) < e {
			return true
		}
	}
	return false
}

// coordQuoted lets a weak cue after "and/but" take the clause subject
// when quoted words follow it closely: "…, and called him “the leading
// proponent …”" reports again, with the quotation as proof. A cue of the
// lexicon may have them further on in its content: "and likened it to
// campaigns where voters had to “stand up and be counted.”"
func (f *finder) coordQuoted(a *attr, s sent) bool {
	d := f.d
	if a.entry.Prec < 0.1 {
		return false
	}
	for k := a.cueE; k < s.te && k < a.cueE+6; k++ {
		if f.isOpen(k) {
			return true
		}
		if d.toks[k].quote != 0 || d.is(k, ",") {
			return false
		}
	}
	return a.entry.Prec >= 0.3 && f.quotedWithin(a.cueE, f.contentEnd(a.cueE, s.te))
}

// cutAtCoordCue ends a content before ", but/and <cue> … “…”": "said he
// had not read the plan, but called it a “starting point”" holds a
// second report of the same subject, which the left-to-right pass then
// finds on its own.
func (f *finder) cutAtCoordCue(a *attr, s sent) {
	d := f.d
	if len(a.frags) != 1 {
		return
	}
	fr := a.frags[0]
	i := d.tokFrom(fr[0])
	for ; i+2 < s.te && int(d.toks[i].e) < fr[1]; i++ {
		if d.toks[i].quote != 0 || !d.is(i, ",") || i == 0 || int(d.toks[i-1].e) <= fr[0] {
			continue
		}
		if d.word(i+1) && !d.toks[i+1].cap && !d.in(i-1, wcTimeWord) && !strings.HasSuffix(d.lw(i-1), "ly") {
			// "mocked a reporter, referred to him as a “clown” and …":
			// the middle verb of a series.
			if n, c := d.cueMatch(i + 1); n > 0 {
				if b := (attr{cueS: i + 1, cueE: i + 1 + n, entry: c}); f.seriesMiddle(&b, s) {
					a.frags[0][1] = int(d.toks[i-1].e)
					return
				}
			}
		}
		if !(d.is(i+1, "and") || d.is(i+1, "but")) || d.toks[i+2].cap {
			continue
		}
		n, c := d.cueMatch(i + 2)
		if n == 0 {
			continue
		}
		b := attr{cueS: i + 2, cueE: i + 2 + n, entry: c}
		if !f.coordQuoted(&b, s) {
			continue
		}
		a.frags[0][1] = int(d.toks[i-1].e)
		return
	}
}

// seriesMiddle says whether the past-tense cue of a, after a comma, is a
// middle verb of a series that an "and" and another predicate close:
// "mocked a reporter, referred to him as a “clown” and left".
func (f *finder) seriesMiddle(a *attr, s sent) bool {
	d := f.d
	if w := d.lw(a.cueS); !isPast(w) || !f.coordQuoted(a, s) {
		return false
	}
	for k := a.cueE; k+1 < s.te && k < a.cueE+25; k++ {
		if d.is(k, "and") && d.toks[k].quote == 0 {
			if strings.HasSuffix(d.lw(k+1), "ly") {
				k++ // "and recently pointed …"
			}
			return f.secondPredicate(k + 1)
		}
		if d.is(k, ";") || d.is(k, "that") && d.toks[k].quote == 0 {
			return false
		}
	}
	return false
}

// predicateBetween says whether a past-tense verb or a cue stands in
// tokens [e, j): the subject has a predicate before the comma at j.
func (f *finder) predicateBetween(e, j int) bool {
	d := f.d
	for k := max(e, 0); k < j; k++ {
		if !d.word(k) {
			continue
		}
		if w := d.lw(k); isPast(w) || auxVerbs[w] && w != "be" {
			return true
		}
		if n, c := d.cueMatch(k); n > 0 && c.Prec >= 0.3 {
			return true
		}
	}
	return false
}
