package extract

import "strings"

// subordinateReport tells whether the content of a postposed attribution
// opens with a subordinate clause that has its own subject and reporting
// verb: "When Maddow pointed out that …, Clinton seized upon the
// reference", "While Sullivan proclaims the article a “…,” Clinton
// fixates on …". The words belong to that inner verb, not to the main
// clause after them, so the postposed reading is dropped and the
// left-to-right pass finds the inner attribution.
func (f *finder) subordinateReport(a *attr, s sent) bool {
	d := f.d
	if len(a.frags) != 1 {
		return false
	}
	t := min(s.te, max(s.ts, d.tokFrom(a.frags[0][0]))) // the content's first token
	if d.is(t, "but") || d.is(t, "and") || d.is(t, "yet") {
		t++
	}
	if d.is(t, "even") {
		t++
	}
	if t >= s.te || d.toks[t].quote != 0 || !d.inLex(t, lcClauseSub) { // not "during": no clause follows it
		return false
	}
	sub := t
	for k := sub + 2; k < s.te && k <= sub+8 && int(d.toks[k].s) < a.frags[0][1]; k++ {
		if d.toks[k].quote != 0 || d.is(k, ",") {
			return false
		}
		if !d.word(k) {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 {
			n = 1
		}
		if !(e.Prec >= 0.3 && e.Type == CueSpeech || f.verbThat(k)) {
			continue
		}
		j := k - 1
		for j > sub && d.word(j) && d.in(j, wcSkipBetween) {
			j--
		}
		j = f.timeBack(j, sub+1)
		if j > sub && d.npBack(j, sub+1) == sub+1 {
			return f.clauseToEnd(k+n, a.frags[0][1])
		}
	}
	return false
}

// clipToSub ends a content found inside a dropped subordinate clause
// where that clause ended, so the main clause after it stays free.
func (f *finder) clipToSub(a *attr) {
	c := f.subClip
	if c < 0 || len(a.frags) != 1 || a.frags[0][0] >= c || a.frags[0][1] <= c {
		return
	}
	a.frags[0][1] = c
	f.subClip = -1
}

// clauseToEnd tells whether the subordinate clause runs to the end of the
// content (code point end) from token k: a comma outside quotation marks
// before then closes it, and the main clause after it is the content
// ("Though Republicans boast of …, there is no correlation …, scientists
// say").
func (f *finder) clauseToEnd(k, end int) bool {
	d := f.d
	for ; k < len(d.toks) && int(d.toks[k].s) < end; k++ {
		if d.toks[k].quote == 0 && (d.is(k, ",") || d.is(k, ";")) {
			return false
		}
	}
	return true
}

// leadTime skips an opening time phrase closed by a comma ("Eight years
// ago, he …", "A month later, he …"), which is no subject. It returns the
// token after the comma, or st.
func (f *finder) leadTime(st, lim int) int {
	d := f.d
	for c := st + 1; c < lim && c <= st+5; c++ {
		if !d.is(c, ",") {
			if d.word(c) && d.toks[c].quote == 0 {
				continue
			}
			return st
		}
		if i := f.timeBack(c-1, st); i < st || i == st && timeInner[d.lw(st)] {
			return c + 1
		}
		return st
	}
	return st
}

// modifiesHead says whether the lower-case word i, right after an opening
// determiner at k, modifies a learned source head after it: "The
// billionaire businessman began …", "a longtime aide said".
func (d *doc) modifiesHead(k, i, lim int) bool {
	if i != k+1 || !d.in(k, wcDeterminer) || d.lw(k) == "that" || i+1 >= lim || !d.word(i+1) || d.toks[i+1].quote != 0 {
		return false
	}
	w := d.lw(i)
	if npStop[w] || pronouns[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	return d.in(i+1, wcKnownHead) && !d.in(i+1, wcNPStop)
}

// reportGerundPreps put a reporting participle under the clause's subject:
// "She answered by saying …", "the crowd booed her upon saying …",
// "…,” Cruz replied, before adding that …".
var reportGerundPreps = setOf("by upon after while before")

// prepGerund says whether the participle at token k follows such a
// preposition.
func (f *finder) prepGerund(k int) bool {
	d := f.d
	return k > 0 && d.word(k-1) && d.toks[k-1].quote == 0 && d.inLex(k-1, lcReportGerundPrep)
}

// leadPrepositions open an adverbial phrase at the head of a sentence.
var leadPrepositions = setOf("on in at during after before from with under over for since following throughout among like unlike amid despite")

// leadPhraseOnly tells whether the content of a postposed attribution is
// only an opening prepositional phrase ("On his website, Lopez promises
// to “end” …", "In response, Trump wrote: …"): no words are reported
// before the comma, and the verb's own content follows it.
func (f *finder) leadPhraseOnly(a *attr, s sent) bool {
	d := f.d
	if len(a.frags) != 1 {
		return false
	}
	t := min(s.te, max(s.ts, d.tokFrom(a.frags[0][0]))) // the content's first token
	if t >= s.te || !d.word(t) || !leadPrepositions[d.lw(t)] || d.atLeast(t) {
		return false // "At least 20 people were killed, …": a quantity, not a place
	}
	n := 0
	for k := t; k < s.te && int(d.toks[k].s) < a.frags[0][1]; k++ {
		if d.toks[k].quote != 0 || d.is(k, ",") {
			return false
		}
		n++
	}
	return n <= 8
}

// quoteAfterCue tells whether a postposed reading that ends in no
// quotation is followed by one after its cue: "Cruz won the backing of
// Mike Lee, who declared in the spin room, “…”" — the quotation is the
// content, not the clause before the source.
func (f *finder) quoteAfterCue(a *attr, s sent) bool {
	d := f.d
	if len(a.frags) != 1 || a.strong {
		return false
	}
	if e := a.frags[0][1]; isDQ(markEnd(d.r, e)) || isSQ(markEnd(d.r, e)) {
		return false // “…” he said, “…”: a split quotation
	}
	k := f.skipVenue(f.afterHearer(a, a.cueE, s.te), s.te)
	if d.is(k, ",") || d.is(k, ":") {
		k++
	} else if f.venueTitleEnd(a, k, s.te) > k {
		return false // "…, he said on MSNBC’s “Morning Joe.”": a programme, not the words
	}
	return k < s.te && f.isOpen(k)
}

// venueTitleEnd returns the token after a programme title that opens at
// k inside the venue after a's cue ("said Wednesday morning on MSNBC’s
// “Morning Joe.”"), or k: a short capitalised quotation right after a
// possessive or "on", closed in the sentence, names where it was said.
func (f *finder) venueTitleEnd(a *attr, k, end int) int {
	d := f.d
	if k <= a.cueE || k >= end || !f.isOpen(k) || !(d.toks[k-1].kind == tkPoss || d.is(k-1, "on")) || !d.word(k+1) || !d.toks[k+1].cap {
		return k
	}
	sg := f.segs[d.toks[k].quote-1]
	if sg.ct < 0 || sg.ct >= end || sg.words > titleMaxWords {
		return k
	}
	return sg.ct + 1
}

// innerCue says whether token j, after a subordinator that opens the
// tail at k, is a reporting verb of its own: "…,” Axelrod said after
// Clinton argued that …".
func (f *finder) innerCue(k, j int) bool {
	d := f.d
	if j <= k+1 || !d.in(k, wcSubordinator) || d.toks[k].quote != 0 || !d.word(j) || d.toks[j].quote != 0 {
		return false
	}
	n, c := d.cueMatch(j)
	return n > 0 && c.Prec >= 0.3
}
