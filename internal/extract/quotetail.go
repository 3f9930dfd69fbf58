package extract

import (
	"strings"
)

// trimQuoteTails ends a content that runs on past its quoted words into
// the narrator's comment: an appositive (“…” at his rally, a swipe at
// …), a relative clause on the whole (“…” policies, which he said …) or
// a contrast (“a prayer” for the nominee but did not say …). Only after a
// closing quotation mark: before it the words are still the speaker's.
// Dashes and "before"/"while" were tried too and lost on train.
func (f *finder) trimQuoteTails() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 {
			continue
		}
		if f.cryQuote(a) {
			continue
		}
		fr := a.frags[0]
		if a.srcS >= 0 && int(d.toks[a.srcS].s) >= fr[1] {
			continue // "“…” but work will start soon, the minister said": all of it is hers
		}
		k := d.tokFrom(fr[0])
		closed := false
		for ; k < len(d.toks) && int(d.toks[k].e) < fr[1]; k++ {
			if f.isClose(k) && int(d.toks[k].s) > fr[0] {
				closed = true
				continue
			}
			if !closed || d.toks[k].quote != 0 || !f.commentAfter(k) || f.quoteOpensIn(k, fr[1]) {
				continue
			}
			e := k
			for e > 0 && d.toks[e-1].quote == 0 && d.toks[e-1].kind == tkPunct {
				e--
			}
			if int(d.toks[e-1].e) > fr[0] {
				a.frags[0][1] = int(d.toks[e-1].e)
			}
			break
		}
	}
}

// commentAfter says whether token k opens a narrator's comment after
// quoted words: ", a/an …" (unless it reports again), ", which/who …",
// "but …".
func (f *finder) commentAfter(k int) bool {
	d := f.d
	switch {
	case d.is(k, ",") && (d.is(k+1, "which") || d.is(k+1, "who")):
		return true
	case d.is(k, ",") && (d.is(k+1, "a") || d.is(k+1, "an")) && !f.cueWithin(k+2, k+8):
		return true
	case d.is(k, "but"):
		return true
	case isDashTok(d, k) && (d.is(k+1, "a") || d.is(k+1, "an")) && !f.cueWithin(k+2, k+8):
		return true // "“burning the Constitution” - a charge that …"
	case d.toks[k-1].quote != 0 && (d.is(k, "during") || d.is(k, "when")):
		return true // "… “crazy system” during a stop in Flint"
	case d.toks[k-1].quote != 0 && d.is(k, "in") && (d.is(k+1, "a") || d.is(k+1, "an")) && f.venueWithin(k+2, k+5):
		return true // "… “rigged” in a tweet", "… “that crap,” in an interview with …"
	case d.is(k, ",") && f.participleAt(k+1), f.isClose(k-1) && d.is(k-2, ",") && f.participleAt(k):
		return true // ", meaning it only …", ", implicitly putting …"
	}
	return false
}

// quoteOpensIn says whether a quotation opens between token k and code
// point end: "… “on the front line” but aim to “prevent …”" goes on
// quoting the speaker.
func (f *finder) quoteOpensIn(k, end int) bool {
	d := f.d
	for ; k < len(d.toks) && int(d.toks[k].s) < end; k++ {
		if f.isOpen(k) {
			return true
		}
	}
	return false
}

// cueWithin says whether a reporting verb stands in tokens [k, e): an
// appositive that reports the speaker again (", an option he said he
// preferred") is still the speaker's.
func (f *finder) cueWithin(k, e int) bool {
	d := f.d
	for ; k < e && k < len(d.toks); k++ {
		if n, c := d.cueMatch(k); n > 0 && c.Prec >= 0.5 {
			return true
		}
	}
	return false
}

// participleAt says whether a lower-case participle, maybe after an -ly
// adverb, opens at token k: the narrator's comment on what was said.
func (f *finder) participleAt(k int) bool {
	d := f.d
	if d.word(k) && !d.toks[k].cap && strings.HasSuffix(d.lw(k), "ly") {
		k++
	}
	return d.word(k) && !d.toks[k].cap && d.toks[k].quote == 0 && isGerund(d.lw(k))
}

// cryCues are chanted, shouted or written-on-a-sign words: what they
// report is the quotation alone, "chanting “Lock her up!” as they had for
// earlier speakers" (the rest is the narrator's).
var cryCues = setOf("chant chants chanted chanting shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming cheer cheers cheered cheering read reads reading")

// cryQuote ends a content that opens with a quotation after a cry cue at
// that quotation's close. It says whether it did.
func (f *finder) cryQuote(a *attr) bool {
	d := f.d
	if a.cueS < 0 || a.cueE > len(d.toks) {
		return false
	}
	cry := false
	for k := a.cueS; k < a.cueE && !cry; k++ {
		cry = d.inLex(k, lcCryCue)
	}
	fr := a.frags[0]
	q := d.tokFrom(fr[0])
	if !cry || !f.isOpen(q) {
		return false
	}
	sg := f.segs[d.toks[q].quote-1]
	if sg.ct < 0 || sg.e >= fr[1] || f.quoteOpensIn(sg.ct+1, fr[1]) {
		return false
	}
	a.frags[0][1] = sg.e
	return true
}

// quoteMedia are the channels quoted words reach readers through; a
// place ("in a town of …") is no venue here. Train has one gold content
// each for post, tweet and blog; "in a statement" and "in a video" are
// the commonest of the rest in news, and none changes a train or dev
// prediction.
var quoteMedia = setOf("statement post tweet video broadcast blog op-ed email letter podcast show program appearance")

// venueWithin says whether an event or a medium (eventNouns, quoteMedia)
// stands in tokens [k, e) before any other punctuation: where the quoted
// words were said. Train: all 7 gold contents with “…” in/during a/an …
// <venue> end at the closing mark; after "at" one ran on.
func (f *finder) venueWithin(k, e int) bool {
	d := f.d
	for ; k < e && k < len(d.toks); k++ {
		if !d.word(k) || d.toks[k].quote != 0 {
			return false
		}
		if w := d.lw(k); eventNouns[w] || quoteMedia[w] {
			return true
		}
	}
	return false
}

// quoteTailVerbs report a quotation only where they close it: "“…,” the
// document states", "“…?” Lee pressed", "“…,” she went on", "“…,”
// begins the message". Elsewhere they are nouns ("the states"), other
// senses ("reads books", "pressed for") or narration ("the show
// continues"), so train keeps their entries low or leaves them out.
var quoteTailVerbs = setOf("states state reads read pressed continues begins went goes")

// quoteTailVerb returns the length of such a verb at k when it closes a
// quotation: right after the closing mark, or after a subject of at most
// seven words that follows it, and itself followed by the end of the
// clause, a venue or the next quotation. The quotation must end in a
// comma, question or exclamation mark, the mark of a report to come.
func (f *finder) quoteTailVerb(k int, s sent) int {
	d := f.d
	n := d.tailVerbLen(k)
	if n == 0 {
		return 0
	}
	e := k + n
	after := e >= s.te || d.is(e, ".") || d.is(e, ",") || f.isOpen(e) || d.word(e) && d.in(e, wcVenuePrep)
	for j := k - 1; j >= s.ts && j >= k-8; j-- {
		if f.isClose(j) {
			// Right after the quotation the verb is inverted and its
			// subject follows: "''…,'' begins a message", not "“…,” state
			// Sen. Lee said", where "state" is a modifier.
			if !f.closedByPunct(j) || j < k-1 && !after || j == k-1 && !d.in(e, wcNounDeterminer) {
				return 0
			}
			return n
		}
		if !d.word(j) {
			return 0
		}
	}
	return 0
}

// tailVerbLen returns the length of a quoteTailVerbs verb at k ("went
// on" takes its particle), else 0. A capitalised form is a name or a
// title ("United States").
func (d *doc) tailVerbLen(k int) int {
	if !d.word(k) || d.toks[k].cap || !d.in(k, wcQuoteTailVerb) {
		return 0
	}
	if w := d.lw(k); w == "went" || w == "goes" {
		if d.is(k+1, "on") {
			return 2
		}
		return 0
	}
	return 1
}

// bareTailCue returns the length of a speech cue of the lexicon at k
// that ends its clause at once ("“…?” Lee demanded."), else 0. After a question
// or exclamation closing a quotation, such a bare "Subject VERB." tail
// is the quotation's report whatever the verb's precision elsewhere:
// "demanded" or "scoffed" is mostly narration before an object, but an
// object-less tail after a quoted question has nothing else to report.
func (d *doc) bareTailCue(k int, p *para) int {
	if !d.word(k) || d.toks[k].cap || k+1 >= p.te {
		return 0
	}
	n, e := d.cueMatch(k)
	if n != 1 || e.Type != CueSpeech || e.Prec < bareTailPrec || !d.is(k+1, ".") && !d.is(k+1, ",") {
		return 0
	}
	return n
}

// bareTailPrec is the lexicon precision a bare tail verb needs after a
// quoted question or exclamation.
const bareTailPrec = 0.1
