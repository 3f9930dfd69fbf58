package extract

import "strings"

// asLeadWords open a sentence before an "as" clause without being part
// of the main clause PolNeAR marks after it: "Of course, as Smith
// observed, …", "However, as the Post reported, …", "But as Jones notes,
// …". On train the gold content starts after the "as" clause in 9 of 10
// such sentences ("And, as …" once marks the bare "as").
var asLeadWords = setOf("but and yet so however still indeed moreover nevertheless nonetheless meanwhile also furthermore now instead then again thus plus besides finally ultimately of course")

// asOpener returns the index of the "as" that opens the sentence's
// attribution clause: the first token, or the token after a lead of
// connectives ("But as", "Of course, as") or after a fronted adverbial
// and its comma ("In the old days, as …"). It returns -1 otherwise.
func (f *finder) asOpener(s sent) int {
	d := f.d
	if d.is(s.ts, "as") {
		return s.ts
	}
	if d.is(s.ts+1, "as") && d.word(s.ts) && asLeadWords[d.lw(s.ts)] {
		return s.ts + 1 // "But as …"
	}
	c := s.ts
	for c < s.te && c < s.ts+10 && d.word(c) && d.toks[c].quote == 0 {
		c++
	}
	if c == s.ts || !d.is(c, ",") {
		return -1
	}
	c++
	if !d.is(c, "as") || c+2 >= s.te {
		return -1
	}
	if d.in(s.ts, wcSubordinator) && f.hasVerb(s.ts, c-1) {
		return -1 // "If the increases boost spending, as some hope, …": the clause before is what is hoped
	}
	if f.frontedAdverbial(s.ts, c-1) && d.is(c-1, ",") {
		return c
	}
	for k := s.ts; k < c; k++ {
		if d.word(k) && !asLeadWords[d.lw(k)] {
			return -1
		}
	}
	return c
}

// asTailEnd returns the token after the circumstance that may follow the
// cue of an "as" clause before its comma ("noted in a column on his
// blog", "had written just a few years earlier", "put it"): adverbs and
// phrases opened by a preposition, with no verb and no quotation. It
// returns k itself when no such words follow, or -1 when the words there
// are an object or a clause ("as he considered a run", "as she said she
// would"), which make the clause temporal, not an attribution.
func (f *finder) asTailEnd(k, end int) int {
	d := f.d
	if d.is(k, "it") && (d.is(k-1, "put") || d.is(k-1, "puts")) {
		k++
	}
	if k >= end || !d.word(k) {
		return k
	}
	w := d.lw(k)
	if w == "with" || w == "to" {
		return -1 // "as Trump argued with the moderator": a partner or hearer makes a scene
	}
	lead := venuePreps[w] || timeWords[w] || isWeekday(w) || strings.HasSuffix(w, "ly") || w == "just" || w == "above" || w == "below" || w == "once" || w == "too" || w == "about" || w == "for"
	for j := k; j < end && j < k+12; j++ {
		if d.is(j, ",") || d.is(j, "—") || d.is(j, "--") {
			if !lead && !(j-1 > k && agoWords[d.lw(j-1)]) {
				return -1 // "some years earlier" dates the report; "a run" is an object
			}
			return j
		}
		if d.toks[j].quote != 0 || !d.word(j) && d.toks[j].kind != tkPoss && !d.is(j, "-") {
			return -1
		}
		if w := d.lw(j); w == "that" || w == "whether" || w == "how" || auxVerbs[w] || pastTense(w) && !d.toks[j].cap {
			return -1
		}
	}
	return -1
}

// asParenVerbs are the verbs of a parenthetical source ("as the Post
// reported on Monday, …") that may take a circumstance after them;
// others with a circumstance describe a scene ("as the candidates
// debated in Las Vegas, …").
var asParenVerbs = setOf("said says noted notes reported reports wrote writes written observed observes explained explains put puts argued argues warned warns told pointed points saw seen")

// asProgressive says whether the cue words [i, e) hold a form of "be"
// or a participle in -ing: "as ballots were being counted", "as he was
// speaking" set a scene.
func (f *finder) asProgressive(i, e int) bool {
	d := f.d
	for k := i; k < e; k++ {
		if d.in(k, wcBeForm) || isGerund(d.lw(k)) {
			return true
		}
	}
	return false
}

// asReportVerbs report words in an "as" clause even where the lexicon
// rates them low ("As the columnist had written, …"): with the clause
// closed by its comma, no object, they can only point at the main clause.
var asReportVerbs = setOf("written wrote writes")

// leadAsClause reads an "as" clause after a sentence lead ("Of course, as
// Smith observed, …", "But as Jones noted, …") before the postposed
// layouts, which would take the lead into the content ("Of course, as
// …"); the gold content starts after the clause.
func (f *finder) leadAsClause(si int) bool {
	as := f.asOpener(f.sents[si])
	return as > f.sents[si].ts && f.asClause(si)
}

// agoWords end a time phrase that dates a report ("two years earlier").
var agoWords = setOf("earlier ago later before")

// openWordBefore says whether the word before the comma at p leaves its
// phrase open: a "that" or a preposition ("given that, as the Times
// reported, …", "owed his election to, as one diplomat put it, …"). The
// words before it are no content of their own; PolNeAR's content is the
// clause after the "as" aside. A verb there ("And that, as Smith points
// out, is …") makes the "that" its subject instead.
func (f *finder) openWordBefore(p, next int) bool {
	d := f.d
	if p < 1 || !d.word(p-1) || d.toks[p-1].cap || d.in(next, wcAuxVerb) || pastTense(d.lw(next)) {
		return false
	}
	w := d.lw(p - 1)
	return w == "that" || w == "to" || w == "of" || w == "for" || w == "by" || w == "than" || w == "with"
}
