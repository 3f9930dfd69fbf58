package extract

import "strings"

// presentCues maps the present-tense "-s" form of a one-word cue the
// lexicon has in the past tense to that past form's entry: "mocks" to
// "mocked", "trashes" to "trashed", "rebuffs" to "rebuffed". A headline
// reports in the present what the body reports in the past, but the
// lexicon learns its precision from body text, where the "-s" form is
// rare: "Prince mocks Trump on Twitter" has a cue the lexicon knows only
// as "mocked". headlineCue lends the past form's entry in the title line.
// presentStems map the stems ("mock", "praise") to the same entries:
// after a plural subject the bare form is the headline's verb
// ("Skywriters mock …", "Leaked Files Reveal …").
var presentCues, presentStems = buildPresentCues()

func buildPresentCues() (map[string]*cueEntry, map[string]*cueEntry) {
	m, stems := map[string]*cueEntry{}, map[string]*cueEntry{}
	better := func(e, o *cueEntry) bool {
		return o == nil || e.Count > o.Count || e.Count == o.Count && e.Prec > o.Prec
	}
	for p, h := range cueIndex {
		if h.one == nil || len(p) < 5 || !strings.HasSuffix(p, "ed") {
			continue
		}
		for _, st := range pastStems(p) {
			s := presentS(st)
			if better(h.one, stems[st]) {
				stems[st] = h.one
			}
			if better(h.one, m[s]) {
				m[s] = h.one
			}
		}
	}
	return m, stems
}

// pastStems are the stems a past form "-ed" may come from: "mock" for
// "mocked", "praise" for "praised", "slam" for "slammed", "deny" for
// "denied". A wrong stem makes a word that is no verb ("mocke"), whose
// "-s" form no headline holds.
func pastStems(p string) []string {
	b := p[:len(p)-2]
	st := []string{b, p[:len(p)-1]}
	if n := len(b); n >= 4 && b[n-1] == b[n-2] { // not "ad" for "added"
		st = append(st, b[:n-1])
	}
	if strings.HasSuffix(p, "ied") {
		st = append(st, p[:len(p)-3]+"y")
	}
	return st
}

// presentS is the third-person "-s" form of stem st.
func presentS(st string) string {
	switch {
	case strings.HasSuffix(st, "s") || strings.HasSuffix(st, "sh") || strings.HasSuffix(st, "ch") || strings.HasSuffix(st, "x") || strings.HasSuffix(st, "z"):
		return st + "es"
	case len(st) >= 2 && st[len(st)-1] == 'y' && !strings.ContainsRune("aeiou", rune(st[len(st)-2])):
		return st[:len(st)-1] + "ies"
	}
	return st + "s"
}

// headlineCue returns the past form's entry for the "-s" verb at k (or
// the bare verb after a plural subject) when k stands in the title line
// (the first paragraph up to its first full stop, a subhead after ";"
// included) after a word that can end its subject, and the past form is
// the better cue; else nil. The word must have an entry of its own
// (own): lexgen lends an inflection only where train does not show the
// form mostly unmarked, so "states" and "emails", nouns far more often,
// have none; cross-fitted, forms without an entry were right 8 times in
// 39, forms with one 52 in 71.
func (d *doc) headlineCue(k int, own *cueEntry) *cueEntry {
	if d.toks[k].para != 0 || k == 0 || own == nil {
		return nil
	}
	w := d.lw(k)
	e := presentCues[w]
	if e == nil && presentStems[w] != nil && d.pluralSubject(k-1) {
		e = presentStems[w]
	}
	if e == nil || e.Prec < headlineLendPrec || own.Prec >= e.Prec {
		return nil
	}
	// "Our debates draw …", "Trump's remarks", "fight over claims": a
	// plural noun after a determiner, a possessive or a preposition.
	if !d.word(k-1) && !d.is(k-1, ",") && d.toks[k-1].kind != tkSQ && d.toks[k-1].kind != tkDQ || d.in(k-1, wcNounDeterminer) || d.in(k-1, wcNPStop) {
		return nil
	}
	clause := true
	for j := k - 1; j >= 0; j-- {
		if d.word(j) {
			if clause && d.in(j, wcAuxVerb) {
				return nil // "Group Will Run Ads …": the finite verb came before
			}
			continue
		}
		if d.is(j, ".") || d.is(j, "?") || d.is(j, "!") {
			return nil
		}
		if d.is(j, ";") {
			break
		}
		clause = false
	}
	// What follows a verb is its object: a modal or a bare verb after the
	// word makes it a plural noun ("Leaked Files Reveal …", "emails
	// might …"), and so does the line's end unless a comma put the
	// source after its words ("…, judge rules.").
	if j := k + 1; j < len(d.toks) && d.toks[j].para == 0 {
		if d.word(j) && (d.in(j, wcAuxVerb) || presentStems[d.lw(j)] != nil) {
			return nil
		}
		if !d.word(j) && !d.is(j, ",") && d.toks[j].kind != tkSQ && d.toks[j].kind != tkDQ && clause {
			return nil
		}
	}
	return e
}

// headlineLendPrec is the past form's precision a headline's "-s" verb
// needs to borrow it: a verb that reports under half the time in the
// body ("offered", "addressed") names an act more often than a report.
const headlineLendPrec = 0.4

// pluralSubject says whether word k can end a plural subject before a
// bare verb: a plural noun ("skywriters", "Democrats"), not a verb of
// its own ("says", "has") nor a possessive.
func (d *doc) pluralSubject(k int) bool {
	if !d.word(k) || d.in(k, wcAuxVerb) || d.in(k, wcNPStop) {
		return false
	}
	w := d.lw(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	n, e := d.cueMatch(k)
	return n == 0 || e.Prec < 0.3
}

// headlineSurname says whether the capitalised bare word k of the title
// line is a surname rather than its verb: after a capitalised singular
// word and before an "-s" word, a bare form cannot be the verb of a
// singular name, while the "-s" word can ("Stevie Wonder Sings At Gala",
// "Ann Hope Urges Calm").
func (d *doc) headlineSurname(k int) bool {
	if d.toks[k].para != 0 || !d.capWord(k-1) || !d.word(k+1) || d.allCaps(k) || d.allCaps(k-1) {
		return false
	}
	w, p, n := d.lw(k), d.lw(k-1), d.lw(k+1)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(p, "s") {
		return false
	}
	return len(n) >= 4 && sForm(n) && !strings.HasSuffix(n, "'s")
}
