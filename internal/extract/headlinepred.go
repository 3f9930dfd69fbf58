package extract

import "strings"

// headlineSecondPredicates splits a headline report whose content runs
// into a second predicate of the same subject: "Mayor Slams Levy, Praises
// Rail Plan", "Senator backs bill and denounces critics", "Council
// declares ‘victory,’ ignores deficit". Headlines drop the subject of
// the second verb; PolNeAR marks each verb as a report of its own with
// the headline's subject as source. Only the title line, and only when
// both verbs are present-tense headline verbs, so that body text and
// "and" inside an object ("praises Lee and Hale") are left alone.
func (f *finder) headlineSecondPredicates() {
	d := f.d
	n := len(f.attrs)
	for i := 0; i < n; i++ {
		a := &f.attrs[i]
		if a.sent < 0 || a.sent >= len(f.sents) || f.sents[a.sent].para != 0 || a.srcS < 0 || len(a.frags) != 1 || a.cueS < 0 || !f.presentCuePhrase(a.cueS, a.cueE) || f.kind(a) == KindDirect {
			continue
		}
		k := d.tokFrom(a.frags[0][0])
		e := d.tokFrom(a.frags[0][1])
		for c := k + 1; c+1 < e; c++ {
			cut, j := -1, -1
			switch {
			case d.is(c-1, ",") && (f.isClose(c) || d.is(c, "’") || d.is(c, "'")):
				cut, j = c+1, c+1 // "declares ‘victory,’ ignores …"
			case d.toks[c].quote != 0:
				continue
			case d.is(c, ",") || d.is(c, "and") && !d.is(c-1, ","):
				cut, j = c, c+1
			default:
				continue
			}
			for j < e && d.word(j) && headlineLinkers[d.lw(j)] {
				j++ // ", then takes", "and also backs"
			}
			if j >= e {
				continue
			}
			cn, ce := f.headlineVerb(j)
			if cn == 0 {
				continue
			}
			if j+cn >= e || cut <= k {
				continue
			}
			b := attr{frags: [][2]int{{int(d.toks[j+cn].s), a.frags[0][1]}}, srcS: a.srcS, srcE: a.srcE, coreE: a.coreE, cueS: j, cueE: j + cn, entry: ce, sent: a.sent, conf: a.conf, inherit: -1, venueS: a.venueS, venueE: a.venueE}
			if f.claimedBy(i, b.frags[0][0], b.frags[0][1]) {
				break
			}
			a.frags[0][1] = int(d.toks[cut-1].e)
			f.attrs = append(f.attrs, b) // a is not used after: the append may move the slice
			break
		}
	}
}

// headlineLinkers may stand between the comma or "and" and a headline's
// second verb.
var headlineLinkers = setOf("then also but")

// headlineVerb returns the cue at token k when it is a present-tense
// headline verb of the lexicon ("Slams", "ignores"): a third-person "-s"
// form, not an all-capitals word, whose cue entry, or else its past
// form's (presentCues), is not mostly noise; else 0.
func (f *finder) headlineVerb(k int) (int, cueEntry) {
	d := f.d
	if !d.word(k) || d.toks[k].quote != 0 || d.allCaps(k) {
		return 0, cueEntry{}
	}
	w := d.lw(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return 0, cueEntry{}
	}
	if n, e := d.cueMatch(k); n > 0 && e.Prec >= headlineVerbPrec {
		return n, e
	}
	if e := presentCues[w]; e != nil && e.Prec >= headlineVerbPrec {
		return 1, *e
	}
	return 0, cueEntry{}
}

// headlineVerbPrec is the lexicon precision a headline's second verb
// needs: after a first report verb of the same subject it is a verb,
// not the noun it may also be ("calls", "backs").
const headlineVerbPrec = 0.2

// presentCuePhrase says whether the cue [s, e) holds a present-tense
// "-s" verb, as a headline's report does ("Slams", "hints at", "Just
// Aims Insult At").
func (f *finder) presentCuePhrase(s, e int) bool {
	d := f.d
	for k := s; k < e && k < len(d.toks); k++ {
		if !d.word(k) {
			continue
		}
		w := d.lw(k)
		if len(w) >= 4 && sForm(w) {
			return true
		}
	}
	return false
}

// topicPhrase says whether the text after a headline's colon, tokens
// [k, e), is a bare noun phrase opening with an article ("A World at
// War", "The difficulty of dumping …"): the label names a column or a
// topic, not a speaker. PolNeAR train marks none of 3 such lines; a
// verb ("A Shift Among Voters May Have Won …") makes it a claim again.
// Plurals count as possible verbs, so only plain noun phrases qualify.
func (f *finder) topicPhrase(k, e int) bool {
	d := f.d
	if !d.word(k) || !d.inLex(k, lcArticle) {
		return false
	}
	for j := k + 1; j < e; j++ {
		if !d.word(j) {
			continue
		}
		w := d.lw(j)
		if auxVerbs[w] || d.cueAt(j) > 0 || len(w) > 3 && sForm(w) || pastTense(w) && !(j == k+1) {
			return false
		}
	}
	return true
}

// headlineSingleClose says whether token p is a single closing mark
// right after a comma in the title line: headlines quote with single
// marks, which the quotation scanner leaves to apostrophes, so "Fares
// Are ‘Too High,’ Chief Tells Board" would hide the comma before its
// postposed source.
func (f *finder) headlineSingleClose(p int, s sent) bool {
	d := f.d
	return s.para == 0 && p > s.ts && !f.isClose(p) && (d.is(p, "’") || d.is(p, "'")) && d.is(p-1, ",") && d.toks[p].s == d.toks[p-1].e
}

// headlineTellClauses reads a headline "X Tells Hearer Clause": "Mayor
// Tells Rowers They Must Wait", "Chief tells 300 in Kent port has
// closed". Title case and dropped "that" hide where the hearer ends;
// the clause starts at a subject pronoun, or else at the one word before
// its first auxiliary ("… Board 2017 Is …"), which PolNeAR marks as the
// content without the hearer. A report already read has its content
// start moved there; an unread one is added when the words before the
// cue are a capitalised name. Title line only.
func (f *finder) headlineTellClauses() {
	d := f.d
	if len(f.sents) == 0 || f.sents[0].para != 0 {
		return
	}
	s := f.sents[0]
	for k := s.ts + 1; k+3 < s.te; k++ {
		if !d.word(k) || d.toks[k].quote != 0 || !headlineTellVerbs[d.lw(k)] || d.cueAt(k) == 0 {
			continue
		}
		st := f.tellClauseStart(k, s.te)
		if st < 0 {
			continue
		}
		sp, ok := f.contentSpan(st, s.te)
		if !ok {
			continue
		}
		found := false
		for i := range f.attrs {
			a := &f.attrs[i]
			if a.cueS != k || a.cueE != k+1 {
				continue
			}
			found = true
			if len(a.frags) == 1 && a.frags[0][0] < sp[0] && a.frags[0][1] > sp[0] {
				a.frags[0][0] = sp[0]
			}
		}
		if found || f.claimedBy(-1, int(d.toks[s.ts].s), sp[1]) {
			continue
		}
		for j := s.ts; j < k; j++ {
			if !d.capWord(j) {
				found = true
			}
		}
		if found {
			continue
		}
		_, e := d.cueMatch(k)
		f.attrs = append(f.attrs, attr{frags: [][2]int{sp}, srcS: s.ts, srcE: k, coreE: k, cueS: k, cueE: k + 1, entry: e, sent: 0, conf: 0.5, inherit: -1, venueS: k + 1, venueE: st})
	}
}

// headlineTellVerbs take a hearer before a bare clause in headlines.
var headlineTellVerbs = setOf("tells assures reassures reminds warns")

// headlineTellStops cannot stand in a hearer: what holds them is a topic
// or a clause of its own.
var headlineTellStops = setOf("of about that as on against to for if when after before while because like it")

// tellClauseStart returns where the clause after the tell verb at k
// starts, past at least one hearer word, or -1.
func (f *finder) tellClauseStart(k, end int) int {
	d := f.d
	for j := k + 2; j < end && j <= k+7; j++ {
		if !d.word(j) || d.toks[j].quote != 0 {
			return -1
		}
		w := d.lw(j)
		if subjectPronouns[w] {
			return j
		}
		if headlineTellStops[w] {
			return -1 // "warns of storms as they …": no hearer, a topic
		}
		if relVerbs[w] {
			st := j - 1 // the clause's subject: "Team The Season Is Over" keeps "The"
			for st-1 > k+1 && d.word(st-1) && (d.in(st-1, wcDeterminer) || d.in(st-1, wcPossPronoun) || d.in(st-1, wcWhWord)) {
				st--
			}
			if st > k+1 {
				return st
			}
			return -1
		}
	}
	return -1
}
