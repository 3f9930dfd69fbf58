package extract

import "strings"

// accordingSubject keeps a one-word subject that "according to" splits
// from its verb: "Turnout, according to officials, was low." PolNeAR
// spans the whole clause, but contentSpan drops a one-word head. Only a
// bare noun counts (no adverb such as "Now", "Yesterday") and only when
// the words after the source open with a verb, which lacks its subject
// without the head. It returns the head's span, or false.
func (f *finder) accordingSubject(a *attr, start, tail int) ([2]int, bool) {
	d := f.d
	if a.cueS != start+2 || !d.is(start+1, ",") || !d.word(start) || d.toks[start].quote != 0 {
		return [2]int{}, false
	}
	h := d.lw(start)
	if lyAdverb(h) || timeWords[h] || isWeekday(h) || laterWords[h] || pronouns[h] || determiners[h] || subordinators[h] || clauseOpeners[h] || npStop[h] {
		return [2]int{}, false
	}
	if !d.word(tail) || d.toks[tail].cap || d.toks[tail].quote != 0 {
		return [2]int{}, false
	}
	w := d.lw(tail)
	if !(auxVerbs[w] || isPast(w) || sForm(w) && d.cueAt(tail) == 0 && !npStop[w]) {
		return [2]int{}, false
	}
	return [2]int{int(d.toks[start].s), int(d.toks[start].e)}, true
}

// seriesMark says whether the colon or semicolon k inside an "according
// to" content ending at lim joins a series, a time or a quotation
// rather than opening the reported clause: a colon before a list of
// names ("searched the files of three aides: Ann Lee, Bo Tam and Cy
// Hale, according to …"), inside a time ("10:03 p.m."), or before a
// quotation that runs to the source ("One post said: “…,” according
// to …"); the semicolons of a series whose last item opens with "and"
// ("A got $5; B got $7; and C got $9, according to …"). The report
// covers the whole sentence.
func (f *finder) seriesMark(k, lim int) bool {
	d := f.d
	switch {
	case d.is(k, ":"):
		if k > 0 && d.toks[k-1].e == d.toks[k].s && k+1 < lim && d.toks[k].e == d.toks[k+1].s {
			return true // "10:03"
		}
		if f.isOpen(k + 1) {
			ct := f.segs[d.toks[k+1].quote-1].ct
			return ct == lim-1 || ct == lim-2 && d.is(lim-1, ",")
		}
		return f.colonNames(k+1, lim)
	case d.is(k, ";"):
		last := k
		for i := k + 1; i < lim; i++ {
			if d.is(i, ";") && d.toks[i].quote == 0 {
				last = i
			}
		}
		return d.is(last+1, "and") && d.toks[last+1].quote == 0
	}
	return false
}

// colonNames says whether tokens [k, lim) are a list of two or more names:
// capitalised words joined by commas and "and", with only "of" and
// "the" inside a name ("Chief of Staff Ann Lee").
func (f *finder) colonNames(k, lim int) bool {
	d := f.d
	for lim > k && d.is(lim-1, ",") {
		lim--
	}
	joins := 0
	for i := k; i < lim; i++ {
		switch {
		case d.is(i, ",") || d.is(i, "and"):
			joins++
		case d.capWord(i) || d.is(i, "of") || d.is(i, "the"):
		default:
			return false
		}
	}
	return joins > 0 && d.capWord(k)
}

// finalRelative returns where the relative clause opening at k ends the
// apposition it belongs to: at the sentence's end ("…, according to Al
// Fry, a pollster who ran the survey.") or at a comma that a clause
// follows ("According to Al Fry, a pollster who ran the survey, turnout
// fell"); the clause is the source's, not content. Else -1.
func (f *finder) finalRelative(k int, s sent) int {
	d := f.d
	for i := k + 1; i <= s.te && i < k+25; i++ {
		if i == s.te || d.is(i, ".") && i+1 >= s.te {
			return i
		}
		if d.is(i, ",") && d.toks[i].quote == 0 && f.frontedClause(i, s.te) {
			return i
		}
		if d.toks[i].quote != 0 || d.is(i, ",") || d.is(i, ";") || d.is(i, ":") || d.is(i, "(") || d.is(i, "—") {
			return -1
		}
	}
	return -1
}

// possessiveRole finds an apposition that opens with a name's
// possessive and ends on a role noun at a comma or the sentence's end
// ("according to Ann Lee, Bo Tam's campaign manager, the …"): the role
// is the source's. "Bo Tam's lead grew" has no role head and stays
// content. It returns the apposition's end, or ne.
func (f *finder) possessiveRole(ne int, s sent) int {
	d := f.d
	if !d.is(ne, ",") || d.toks[ne].quote != 0 || !d.capWord(ne+1) {
		return ne
	}
	k := ne + 1
	for k < s.te && d.capWord(k) && k < ne+4 {
		k++
	}
	if d.toks[k].kind != tkPoss {
		return ne
	}
	for i := k + 1; i <= s.te && i < k+8; i++ {
		end := i == s.te || d.is(i, ".") && i+1 >= s.te || d.is(i, ",")
		if end {
			if i > k+1 && d.in(i-1, wcTitleWord) {
				return i
			}
			return ne
		}
		if !d.word(i) || d.toks[i].quote != 0 || d.in(i, wcAuxVerb) {
			return ne
		}
	}
	return ne
}

// accordingRelative returns where a closing relative clause or ", and"
// conjunct starts when "according to" ends a sentence whose main clause
// is itself a report: "Lee says the party will close the gap in
// delegates, which stood at 263, according to the AP." The source
// vouches for the last clause's fact only; the report before it has its
// own speaker (train: 5 of 5 with a reporting verb before the clause,
// against about half without). It returns the clause's first token (the
// relative pronoun, or the word after "and"), or -1.
func (f *finder) accordingRelative(start, lim int) int {
	d := f.d
	if !d.is(lim-1, ",") {
		return -1
	}
	rel := -1
	for i := lim - 2; i > start; i-- {
		if d.toks[i].quote != 0 {
			return -1
		}
		if d.is(i, ",") {
			if w := d.lw(i + 1); w == "which" || w == "who" || w == "whose" {
				rel = i + 1
			} else if w == "and" {
				rel = i + 2
			}
			break
		}
	}
	if rel < 0 {
		return -1
	}
	for k := start; k < rel-1; k++ {
		if d.toks[k].quote == 0 && d.strongCue(k) {
			return rel
		}
	}
	return -1
}

// verblessTail says whether the words [k, e) after a sentence-final
// "according to" source open a verbless comparison ("higher than any
// cycle on record", "compared with a 25 percent rate") rather than a
// clause or predicate that goes on with the report ("still back the
// levy", "adopted a new strategy").
func (f *finder) verblessTail(k, e int) bool {
	d := f.d
	if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || k+2 >= e {
		return false
	}
	w := d.lw(k)
	switch {
	case strings.HasSuffix(w, "er") && d.is(k+1, "than"), (w == "more" || w == "less") && d.word(k+1) && d.is(k+2, "than"):
	case w == "compared" && (d.is(k+1, "with") || d.is(k+1, "to")):
	default:
		return false
	}
	return f.verblessObject(k, e, 99)
}

// accordingCoordTail extends a closing "according to" source over a
// coordinated noun phrase after its comma: "…, according to Ann Lee, a
// county clerk, and other officials." A tail with a verb is a clause of
// the content's own ("…, according to the agency, and has grown since").
// It returns the new end of the source, or ne.
func (f *finder) accordingCoordTail(ne int, s sent) int {
	d := f.d
	if !d.is(ne, ",") || !(d.is(ne+1, "and") || d.is(ne+1, "or")) {
		return ne
	}
	e := ne + 2
	for e < s.te && d.toks[e].quote == 0 && !d.is(e, ",") && !d.is(e, ";") && !(d.is(e, ".") && !innerDot(d, e)) {
		e++
	}
	if !(e == s.te || d.is(e, ".") && e+1 >= s.te) || e-ne-2 < 1 || f.words(ne+2, e) > 6 || f.hasVerb(ne+2, e) || f.irregularPastIn(ne+2, e) {
		return ne
	}
	return e
}
