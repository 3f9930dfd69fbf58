package extract

// innerSayKeep are the words before an inner "said" that keep the outer
// subject as its source: "Carson admitted …, but said …", "then says …".
var innerSayKeep = setOf("then but and to also later , — -")

// innerSayOuter open a complement clause, which may report speech of its
// own ("that experts say …", "what he said frightens him") and stays whole;
// innerSayNot after "say" open no clause ("said of his fiancée", "say it").
var (
	innerSayOuter = setOf("that what how whether if why who when where which")
	innerSayNot   = setOf("of about so no yes it whatever what")
)

// innerSay: when the content of a cue that is not a plain verb of saying
// runs over a "said"/"says" with a clause of its own ("Kasich jokingly
// offered the man a job …, then says he'll welcome advice"), PolNeAR's
// attribution is the inner one: the clause after the inner verb, from its
// own subject when one stands before it ("… and Brian Deese, the adviser,
// said he and his staff …"). The outer report is gold as well (21 of the
// 24 rewrites on train): it stays, its content cut at the clause
// break before the inner report ("offered the man a job"), or whole
// where an infinitive holds the inner verb ("was the first to say …").
// After a colon the outer content is an example we cannot bound, and a
// cue ending in a place preposition ("a statement posted on the site
// said") is no report; neither keeps an outer.
func (f *finder) innerSay() {
	d := f.d
	n0 := len(f.attrs)
	for i := 0; i < n0; i++ {
		a := &f.attrs[i]
		if a.cueS < 0 || len(a.frags) != 1 || d.in(a.cueE-1, wcPlainSay) || d.is(a.cueE-1, "told") || d.is(a.cueS, "according") || f.pollIn(a) {
			continue
		}
		cs, ce := a.frags[0][0], a.frags[0][1]
		k := d.tokFrom(cs)
		if k < a.cueE || innerSayOuter[d.lw(k)] || d.is(a.cueE-1, ":") || !d.word(k) {
			continue // content before its cue; a complement clause ("that experts say …") holds its own report
		}
		for j := k + 1; j+2 < len(d.toks) && int(d.toks[j+1].e) <= ce; j++ {
			if !d.in(j, wcPlainSay) || d.is(j, "saying") || d.toks[j].quote != 0 || !d.word(j+1) || d.toks[j+1].quote != 0 || d.in(j+1, wcInnerSayNot|wcVenuePrep) {
				continue
			}
			if f.relativeInnerSay(j, k) {
				break
			}
			if f.complementSay(a, j, k) {
				break
			}
			o := *a // the outer report stands too, cut before the inner one
			a.frags[0][0] = int(d.toks[j+1].s)
			if d.is(j-1, "who") {
				// "… gave ammunition to Republicans who say the law …":
				// PolNeAR marks the relative pronoun as the source.
				a.srcS, a.srcE, a.coreE = j-1, j, j
			} else if e := f.innerSubjectEnd(j, k); !innerSayKeep[d.lw(e-1)] && !lyAdverb(d.lw(e-1)) {
				b := d.npBack(e-1, k)
				if rb := d.relClauseBack(e, k); b >= 0 && rb < b && d.relClauseEnd(e-1) {
					// "… - voters who watched the debate said …": the
					// relative clause and its head, not a noun inside it.
					b = d.postmodBack(rb, k)
				}
				if b >= 0 {
					a.srcS, a.srcE, a.coreE = b, e, f.mentionEnd(b, e-1)
				}
			}
			a.cueS, a.cueE = j, j+1
			a.entry.Type = CueSpeech
			inner := j
			if a.srcS > k {
				inner = a.srcS
			}
			inf := d.is(j-1, "to")
			if e, broke, ok := f.outerBefore(k, inner, !inf); ok && !d.in(o.cueE-1, wcVenuePrep) {
				// "A statement posted on the site said …": a place, not a report.
				o.frags = [][2]int{{cs, int(d.toks[e-1].e)}}
				if inf && !broke {
					// "was the first one to say …", "to moderate their
					// stance and to say …": the infinitive stays whole.
					o.frags[0][1] = ce
				}
				f.attrs = append(f.attrs, o)
			}
			break
		}
	}
}

// innerSubjectEnd skips the auxiliaries and adverbs before an inner
// "said" at j, back to where its subject ends: "but U.S. officials have
// said", "and aides later said". It returns that end, or j.
func (f *finder) innerSubjectEnd(j, k int) int {
	d := f.d
	e := j
	for e-1 > k && e > j-3 && d.word(e-1) && !d.toks[e-1].cap && d.in(e-1, wcSkipBetween) && !lyAdverb(d.lw(e-1)) {
		e--
	}
	return e
}

// innerSayRel open a relative or free relative clause whose "said" only
// hedges a description inside the outer content: "regulations that would
// end what she said were punitive", "town halls which he said could not be
// corrupted". PolNeAR keeps the outer report there.
var innerSayRel = setOf("which what that whom whose where when")

// relativeInnerSay reports whether the inner "said" at j (content from k)
// has a subject right after a relative word: "which he said", "what the
// senator said".
func (f *finder) relativeInnerSay(j, k int) bool {
	d := f.d
	e := f.innerSubjectEnd(j, k)
	b := d.npBack(e-1, k)
	if b <= k {
		return false
	}
	return innerSayRel[d.lw(b-1)]
}

// complementSay reports whether the inner "said" at j has its subject at
// the very start of a's content k: "noted Comey said …", "the poll shows
// most voters say …" report the whole clause, and PolNeAR marks the outer
// report (3 of the 4 such rewrites on train were wrong). The clause must
// follow the cue at once, and a cue ending in a preposition ("a statement
// posted on the website said …") takes a noun, not a clause.
func (f *finder) complementSay(a *attr, j, k int) bool {
	d := f.d
	if k != a.cueE || d.in(a.cueE-1, wcVenuePrep) || possNounPreps[d.lw(a.cueE-1)] {
		return false
	}
	for p := k; p < j; p++ {
		if !d.word(p) && d.toks[p].kind != tkPoss && !d.is(p, "%") {
			return false // "Quoting officials …, the paper said": a comma ends the outer object
		}
	}
	e := f.innerSubjectEnd(j, k)
	return e > k && (d.npBack(e-1, k) == k || f.shareSpan(k, e))
}

// outerBefore finds where the outer content (from token k) ends before an
// inner report whose subject or verb starts at token inner: at the
// clause break before it (a comma, dash or semicolon, or a conjunction
// when conj), else right before it; a colon before it gives no end. It
// returns the end token (exclusive), whether a break was found, and
// whether some words remain.
func (f *finder) outerBefore(k, inner int, conj bool) (e int, broke, ok bool) {
	d := f.d
	e = inner
	for p := inner - 1; p > k; p-- {
		if d.is(p, ":") {
			return 0, false, false // "cites X as an example: he says …" names its example before the colon
		}
		if d.toks[p].quote != 0 {
			continue // no break inside a quotation
		}
		if d.is(p, ",") || isDashTok(d, p) || d.is(p, ";") {
			e, broke = p, true
			break
		}
		if conj && f.outerConj(p) {
			// The nearest conjunction breaks, with any that run into
			// it ("and then"): "rejected the bid and the counteroffer
			// but its chair said" keeps "and the counteroffer".
			e, broke = p, true
			if !(p-1 > k && f.outerConj(p-1)) {
				break
			}
		}
	}
	for e > k && (d.is(e-1, ",") || isDashTok(d, e-1)) {
		e--
	}
	return e, broke, e > k
}

// outerConj says whether token p is a conjunction that breaks the outer
// content before an inner report: "but", "and", "while", … or "then".
func (f *finder) outerConj(p int) bool {
	d := f.d
	return d.word(p) && d.toks[p].quote == 0 && (nestedBreakConj[d.lw(p)] || d.is(p, "then"))
}
