package extract

// Adverbial clauses led by a time measure or a time noun: "Two weeks
// before the guild announced the merger, Brill sold …", "At the moment
// Holm announced her run, …". The report inside closes at the comma
// before the main clause, as after a bare "before" or "when"
// (inSubClause).

// timeLeadWords may stand before a subordinator in a fronted time
// measure: "a few days after", "shortly before", "only weeks after".
var timeLeadWords = setOf("a an the few several many some just only shortly soon right even moments minutes hours days weeks months years day week month year night morning evening")

// timeLeadNouns head a time phrase that opens a clause with no
// subordinator: "the moment she announced", "every time he said".
var timeLeadNouns = setOf("moment time day night minute week")

// timeLeadSub says whether the subordinator or time noun at p opens an
// adverbial clause fronted at the sentence start ts with a time measure
// before it (tokens [ts, p) all time-measure words or numbers).
func (f *finder) timeLeadSub(ts, p int) bool {
	d := f.d
	if p <= ts || p-ts > 4 {
		return false
	}
	noun := d.inLex(p, lcTimeLeadNoun)
	if !d.in(p, wcSubOpener) && !noun {
		return false
	}
	if noun {
		// "At the moment …", "Every time …", "By the time …".
		j := ts
		if d.is(j, "at") || d.is(j, "by") || d.is(j, "from") {
			j++
		}
		if !d.is(j, "the") && !d.is(j, "every") && !d.is(j, "each") {
			return false
		}
		return j+1 == p && d.word(p+1) && !d.in(p+1, wcSubOpener) && !d.is(p+1, "of") && !d.is(p+1, ",")
	}
	for j := ts; j < p; j++ {
		if !d.word(j) || d.toks[j].quote != 0 || !timeLeadWords[d.lw(j)] && !isNumberWord(d.lw(j)) {
			return false
		}
	}
	return true
}

// timeAdjective says whether "early" or "late" at k modifies the noun
// after it rather than opening a time phrase: "reflect early
// frustration", "said late payments hurt", against "said early Monday",
// "said late last week", "said early in the day".
func (d *doc) timeAdjective(k int) bool {
	if !d.is(k, "early") && !d.is(k, "late") || k+1 >= len(d.toks) || !d.word(k+1) || d.toks[k+1].quote != 0 || d.toks[k+1].cap {
		return false
	}
	w := d.lw(k + 1)
	return !d.in(k+1, wcVenuePrep|wcTimeWord|wcTimeDeixis|wcTimeNoun|wcWeekday) && !monthWords[w] && !isYear(w) && !isNumberWord(w)
}
