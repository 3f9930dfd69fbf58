// Helpers that let a content go on past a comma, a stop or an
// attribution where PolNeAR keeps the reported words whole: an opening
// adverbial clause, a list after a comma, an abbreviation's stop, a
// quotation whose clause continues after "she said".

package extract

import "strings"

// leadSubComma says whether the comma at i closes an adverbial clause
// that opens the content starting at k: "said if the council agrees,
// the mayor will sign", "said that when the budget passes, taxes will
// fall". The main clause after that comma is the reported clause
// itself, not a gloss on the last noun, so the content goes on.
func (f *finder) leadSubComma(k, i int) bool {
	d := f.d
	j := f.leadWord(k)
	if j >= i || d.toks[j].quote != 0 || !d.word(j) || !leadSubs[d.lw(j)] {
		return false
	}
	return f.commasBetween(j+1, i) == 0
}

// leadWord skips a content's "that", a comma after it and "even" ("that,
// even if …"): the token that opens the reported clause itself.
func (f *finder) leadWord(k int) int {
	d := f.d
	if d.is(k, "that") {
		k++
	}
	if d.is(k, ",") {
		k++
	}
	if d.is(k, "even") {
		k++
	}
	return k
}

// opensContent says whether the subordinator at i opens the "that"
// clause starting at k: "said that although the contractor admitted the
// error, he …". A report in that clause is part of what is said, so it
// ends nothing there. Without "that" the clause may be the writer's
// ("…, even though he was …"). "and" and "but" open no clause inside
// the content: in "said that, but officials claim …" the "that" is the
// object, and the report after the comma is a new one.
func (f *finder) opensContent(k, i int) bool {
	return f.d.is(k, "that") && i == f.leadWord(k) && !f.d.is(i, "and") && !f.d.is(i, "but")
}

// leadSubs open an adverbial clause or phrase that a content's main
// clause follows after a comma: clauseSubs plus "once", "unless",
// "despite", "whereas".
var leadSubs = setWith(clauseSubs, "once unless despite whereas")

// gluedMark says whether the punctuation token k touches the word after
// it, as inside "U.S.-led": part of a word, no break in the clause. A stop
// touching a quotation mark or a bracket ('."', '.)') still ends one.
func gluedMark(d *doc, k int) bool {
	return k+1 < len(d.toks) && d.toks[k+1].s == d.toks[k].e && d.toks[k+1].kind == tkWord
}

// auxContraction: a negated auxiliary written as one word ("wouldn't",
// "isn't", "won’t").
func auxContraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	return strings.HasSuffix(w, "n't") && auxVerbs[strings.TrimSuffix(w, "n't")] || w == "won't" || w == "can't"
}

// quotedSentenceAt says whether token k opens, after a space, a quotation
// that holds a sentence of its own: capitalised, closed by a stop inside
// the marks or by a comma and an attribution (“…,” Lee said). After
// "in Erie, Pa." such a quotation starts a new sentence; a quoted name
// ("the U.S. “Space Force” would …") or a lower-case quotation ("the
// U.S. “does not have …”") goes on with the clause.
func quotedSentenceAt(d *doc, segs []qseg, k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].kind != tkDQ || d.toks[k].quote <= 0 || segs[d.toks[k].quote-1].ot != k || d.toks[k].s == d.toks[k-1].e {
		return false
	}
	if !d.word(k+1) || !d.toks[k+1].cap {
		return false
	}
	ct := segs[d.toks[k].quote-1].ct
	if ct <= k+1 {
		return false // unclosed or empty
	}
	switch d.r[d.toks[ct-1].e-1] {
	case '.', '!', '?', '…':
		return true
	case ',':
		return attributionAt(d, ct+1)
	}
	return false
}

// attributionAt says whether a source and a cue open at k: "Lee said",
// "she added", "Mayor Ann Cole said". An inverted "said the …" is not
// read as one: after a quoted name it is the sentence's own verb.
func attributionAt(d *doc, k int) bool {
	j := k
	for j < len(d.toks) && j < k+3 && d.word(j) && d.toks[j].quote == 0 && (d.toks[j].cap || d.in(j, wcSubjPronoun)) {
		j++
	}
	if j == k || j >= len(d.toks) || !d.word(j) {
		return false
	}
	n, _ := d.cueMatch(j)
	return n > 0
}

// listTail says whether the phrase from k to end joins a second noun
// phrase with "and" or "or" before any clause of its own: ", the nuclear
// deal and the court", ", a speech or a U.N. resolution". The comma
// before it then separates list items, not a noun and its gloss; "a
// banker and former aide" (no determiner after "and"), "Tom Reed, a
// lawyer and the son of …" (a name before the comma) and "a firm that
// hired …" (a clause first) stay appositions.
func (f *finder) listTail(k, end int) bool {
	d := f.d
	for j := k; j < end-1; j++ {
		if !d.word(j) || d.toks[j].quote != 0 {
			return false
		}
		w := d.lw(j)
		if d.in(j, wcAuxVerb) || isPast(w) || relWords[w] || w == "that" || w == "who" || w == "which" {
			return false
		}
		if w == "and" || w == "or" {
			n := j + 1
			if f.roleAfterName(k) {
				return false // "Tom Reed, a lawyer and the son of …"
			}
			return d.in(n, wcDeterminer) || d.is(n, "other") || d.capWord(n)
		}
	}
	return false
}

// boundClause says whether the words after the comma at k cannot stand
// alone, so a content that ends in quoted words goes on into them: a
// "that" clause (the “deal,” Hale wrote, that the board had signed …),
// an infinitive (it is “cheaper,” he argued, to rebuild …) or a relative
// after a preposition (the “open doors,” she told staff, at which …). A
// venue, "as …", "though …" or "and added …" there is the writer's.
func (f *finder) boundClause(a *attr, k int, s sent) bool {
	d := f.d
	if k+2 >= s.te || !d.is(k, ",") || !d.word(k+1) || !d.word(k+2) || d.toks[k+1].quote != 0 || d.toks[k+1].cap {
		return false
	}
	switch w := d.lw(k + 1); {
	case w == "that":
		return a.srcS < a.cueE // "…, said Jones, that …" may be a new clause
	case w == "to":
		return infinitiveAt(d, k+2)
	case w == "and" || w == "or" || w == "but":
		return false
	}
	return d.is(k+2, "which") || d.is(k+2, "whom")
}

// infinitiveAt says whether token k, after "to", looks like a verb: not a
// name, determiner, pronoun or plural noun ("to reporters").
func infinitiveAt(d *doc, k int) bool {
	if d.toks[k].cap || d.toks[k].quote != 0 || d.in(k, wcDeterminer) || d.in(k, wcPronoun) || d.in(k, wcVenueNoun) {
		return false
	}
	w := d.lw(k)
	return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")
}

// subjectBefore says whether tokens [a, b) are a short noun phrase with
// no verb of its own, the subject of a cue at b: "critics", "many
// residents", "the two unions". A pronoun ("but she wanted …") may be
// the speaker going on, so it is none.
func (f *finder) subjectBefore(a, b int) bool {
	d := f.d
	if b <= a || b-a > 4 || d.in(b-1, wcDeterminer) || d.in(b-1, wcPronoun) {
		return false
	}
	for j := a; j < b; j++ {
		if !d.word(j) || d.toks[j].quote != 0 || d.in(j, wcAuxVerb) || isPast(d.lw(j)) || d.in(j, wcRelWord) || d.is(j, "that") {
			return false
		}
	}
	return true
}

// roleAfterName says whether the phrase opened by a determiner at k-1,
// after a name and a comma, describes the named one: "Tom Reed, a lawyer
// …", "Ann Cole, the head of …". Lists after a name ("Israel, the
// nuclear deal and …") go on with a thing, not a role.
func (f *finder) roleAfterName(k int) bool {
	d := f.d
	if k < 3 || !d.capWord(k-3) || !d.is(k-2, ",") {
		return false
	}
	if d.is(k-1, "a") || d.is(k-1, "an") {
		return true
	}
	w := d.lw(k)
	return d.word(k) && !d.toks[k].cap && (titleWords[w] || roleNouns[w])
}
