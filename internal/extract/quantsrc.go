package extract

// Edges of a source phrase that a quantity, a count or an exception
// opens: "Two others", "all but two", "as many as 40 percent of voters",
// "nearly 140 House members". PolNeAR keeps such words in the mention
// wherever they stand; the phrase builders stop before them.

// exceptHeads take "but" and an exception as one group: "everyone but
// Lee", "all but two".
var exceptHeads = setOf("all everyone everybody none nobody anyone")

// quantStart moves a mention start st back over the count or quantity
// that opens its phrase, which ends before cut. It returns the new start.
func (f *finder) quantStart(st, cut int) int {
	d := f.d
	if !d.word(st) || d.toks[st].quote != 0 {
		return st
	}
	if w := d.lw(st); w[0] >= '1' && w[0] <= '9' {
		return f.approxBack(st) // "as many as 40 percent of voters"
	}
	p := st - 1
	if p < 0 || !d.word(p) || d.toks[p].quote != 0 || d.toks[st].nl {
		return st
	}
	w := d.lw(p)
	if w == "but" {
		// "Everyone but Lee said yes", "all but two said": the group
		// with its exception.
		if p >= 1 && d.word(p-1) && exceptHeads[d.lw(p-1)] && d.toks[p-1].quote == 0 {
			return p - 1
		}
		return st
	}
	if (w == "earlier" || w == "later") && p >= 1 && d.word(p-1) && d.inLex(p-1, lcArticle) && d.toks[p-1].quote == 0 && !d.toks[st].cap {
		return p - 1 // "An earlier report said": an adjective here, no time adverb
	}
	if (w == "all" || w == "both" || w == "half") && (d.inLex(st, lcArticle) || d.in(st, wcPossPronoun)) && (w == "half" || d.pluralHead(cut-1)) {
		// "all the attendees", "both his aides": the predeterminer opens
		// the phrase. Before a singular it is more likely a pronoun whose
		// relative clause the phrase opens: "That was all the mayor said".
		return p
	}
	if d.in(st, wcDayPart) && isWeekday(w) && st+1 < cut && d.possAt(st+1) {
		return p // "Monday night's results"
	}
	if d.is(st, "others") || d.is(st, "more") {
		if isNumberWord(w) {
			return p // "Two others have not said", "Four more said"
		}
		return st
	}
	// "nearly 140 House members": a count in digits before a phrase with
	// a common noun head; not a year, nor a list item's number ("4 Ann
	// Lee"), nor a count before a name ("28 Lee supporters" has its head).
	if w[0] >= '1' && w[0] <= '9' && !yearWord(w) && !d.toks[p].nl && cut-1 > st && d.word(cut-1) && !d.toks[cut-1].cap && !d.in(st, wcPronoun|wcDeterminer) {
		return f.approxBack(p)
	}
	return st
}

// approxBack moves a start at the number at token p back over the
// approximator before it ("nearly", "about", "more than", "as many as").
func (f *finder) approxBack(p int) int {
	d := f.d
	k := p - 1
	if k < 0 || !d.word(k) || d.toks[k].quote != 0 {
		return p
	}
	if approximators[d.lw(k)] {
		return k
	}
	return d.comparativeLead(p, 0)
}

// pluralHead says whether token k is a lower-case word in -s, as a
// plural head noun is.
func (d *doc) pluralHead(k int) bool {
	if !d.word(k) || d.toks[k].cap {
		return false
	}
	w := d.lw(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// describedStart moves a mention start st at a name back over the
// description set off before it by a comma when the description opens
// the sentence or follows a quotation and its head names a person or
// office: "Another delegate, Ann Lee of Hull, Mass., said", "“…,”
// another friend, Ann Lee told". PolNeAR keeps such a description in
// the mention (69 of 76 on train); appositionBack takes it only when a
// comma closes the name. It returns the new start.
func (f *finder) describedStart(a *attr, st int) int {
	d := f.d
	if st < 3 || a.srcE > a.cueS || !d.is(st-1, ",") || d.toks[st-1].quote != 0 || !d.capWord(st) {
		return st
	}
	h := st - 2
	if !d.word(h) || d.toks[h].cap || d.toks[h].quote != 0 || !d.in(h, wcKnownHead|wcTitleWord) {
		return st
	}
	ts := f.sents[a.sent].ts
	db := d.npBack(h, ts)
	if db < 0 || db > h || !(db == ts || f.isClose(db-1)) {
		return st
	}
	// The description opens with a determiner ("Another delegate", "his
	// spokesman") or a possessor ("Ohio's governor"); an opening
	// adverbial ("During the campaign, Lee …") does not.
	if !(d.in(db, wcDeterminer) && !d.is(db, "that") || d.capWord(db) && d.toks[db+1].kind == tkPoss) {
		return st
	}
	return db
}
