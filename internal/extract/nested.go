package extract

// nestedBreakConj open a second clause after a comma or dash: "…, but
// the Sanders campaign rejected the idea".
var nestedBreakConj = setOf("but and while because though although whereas")

// nestedBareSub open a subordinate clause without a comma: "is backing
// Clinton because he worries …", "cite his record when he supported …".
// After a cue that is not a verb of saying and takes a noun phrase,
// PolNeAR ends the content there and marks the clause's own report (see
// bareSub).
var nestedBareSub = setOf("because after when while though although whereas")

// nestedTimeLead before "after"/"when" make a time phrase of the
// narrator's ("hours after the court ruled"), no clause of the report.
var nestedTimeLead = setOf("hours minutes days weeks months years moments shortly soon just only right")

// nestedReports: a content that runs past a clause break into a second
// report with its own subject ("the paper notes the government monitors
// 20,000 mosques, it lists steps taken …", "Clinton proposed a debate -
// but the Sanders campaign rejected the idea") holds two attributions in
// PolNeAR: the first content ends at the break, and the second clause is
// reported by its own subject. On train, two in three such inner reports
// are gold. After "according to X," the clause is X's, not a second
// report; after "wrote:" the passage is the writer's.
func (f *finder) nestedReports() {
	d := f.d
	n0 := len(f.attrs)
	for i := 0; i < n0; i++ {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.cueS < 0 || d.is(a.cueS, "according") || d.is(a.cueS, ":") || d.is(a.cueE-1, ":") {
			continue
		}
		cs, ce := a.frags[0][0], a.frags[0][1]
		k0 := d.tokFrom(cs)
		if k0 < a.cueE {
			continue // content before its cue
		}
		// A bare subordinate clause is its own report only after a cue
		// that is not a verb of saying and whose content is a noun phrase:
		// after "said"/"told" or a "that" clause it stays in the content
		// (nestedBareSub). The clause test waits for a subordinator.
		bare := !d.in(a.cueE-1, wcPlainSay) && !d.is(a.cueE-1, "told") && !d.is(k0, "that")
		if b, cut, ok := f.innerReport(k0, ce, bare); ok {
			if cut >= 0 {
				a.frags[0][1] = int(d.toks[cut-1].e)
			}
			f.attrs = append(f.attrs, b)
		}
	}
}

// innerReport finds the first report inside the content [k0 token, ce)
// whose subject starts after a clause break. It returns the report and
// the token where the outer content now ends, or -1 when it goes on.
func (f *finder) innerReport(k0, ce int, bare bool) (attr, int, bool) {
	d := f.d
	si := f.sentOf(k0)
	s := f.sents[si]
	s.ts = max(s.ts, k0) // the subject lies inside the content
	broken := false      // a comma or dash seen: a subject can follow a break
	for k := k0 + 1; k < s.te && int(d.toks[k].e) < ce; k++ {
		if !broken && (d.is(k, ",") || isDashTok(d, k)) {
			broken = true // once broken, no token needs the test again
		}
		if bare && !broken && d.inLex(k, lcNestedBareSub) {
			bare = f.bareContent(k0, ce)
			broken = bare
		}
		if !broken || d.toks[k].quote != 0 || !d.word(k) {
			continue
		}
		// The inner cue has a subject of its own after a clause break,
		// the evidence a named subject gives elsewhere (tuneNamed); but
		// below tunePre a verb of action ("approved the repairs") shares
		// the speech type, so a weak cue other than a thought needs a
		// clause for object (clauseObject). A cue right before a comma or
		// a closing parenthesis is a parenthetical ("the senator, you
		// know, might quit").
		n, e := d.cueMatch(k)
		if n == 0 || e.Prec < tuneNamed || int(d.toks[k+n-1].e) >= ce || d.is(k+n, ",") || d.is(k+n, ")") || f.nounCue(k, n) || f.passiveAgent(k, n) {
			continue
		}
		b := attr{cueS: k, cueE: k + n, entry: e, sent: si, srcS: -1, inherit: -1}
		clip := f.subClip
		ok := f.preposed(&b, s)
		f.subClip = clip // the outer sentence's clip stays
		if !ok || b.srcS <= k0 || len(b.frags) == 0 || b.frags[len(b.frags)-1][1] > ce || e.Prec < tunePre && e.Type != CueThought && !f.clauseObject(b) {
			continue
		}
		cut, ok := f.clauseBreak(b.srcS-1, k0)
		if !ok && bare {
			if cut, ok = f.bareSub(b.srcS-1, k0, e.Prec); ok && !f.bareContent(k0, ce) {
				bare, ok = false, false
			}
		}
		if ok && f.frontedPhrase(k0, cut) {
			// "that during the talks, the envoy renewed his demand that …":
			// the comma closes a fronted phrase, so the outer content goes
			// on over the inner report, which stands as well.
			return b, -1, true
		}
		if !ok || !f.outerClause(k0, cut) {
			continue
		}
		return b, cut, true
	}
	return attr{}, 0, false
}

// clauseObject says whether attribution b's content opens as a clause
// ("that …", "whether …", "to …") rather than a noun phrase: "understood
// that the vote was lost" reports, "approved the repairs" acts.
func (f *finder) clauseObject(b attr) bool {
	d := f.d
	k := d.tokFrom(b.frags[0][0])
	return d.word(k) && (d.is(k, "that") || d.in(k, wcWhWord) || d.is(k, "to"))
}

// clauseBreak says whether token p, right before an inner subject, ends
// the clause before it: a comma, a dash, or a conjunction after one. It
// returns the first token of the break.
func (f *finder) clauseBreak(p, k0 int) (int, bool) {
	d := f.d
	if p <= k0 {
		return 0, false
	}
	if d.is(p, ",") || isDashTok(d, p) {
		return p, true
	}
	if nestedBreakConj[d.lw(p)] && p-1 > k0 && (d.is(p-1, ",") || isDashTok(d, p-1)) {
		return p - 1, true
	}
	return 0, false
}

// outerClause says whether a "that" content keeps a clause of its own
// before the cut: in "told reporters that, in the call, Trump stressed …"
// the comma only closes a fronted phrase, and the report is one.
func (f *finder) outerClause(k0, cut int) bool {
	d := f.d
	p := k0 + 1
	if !d.is(k0, "that") {
		// "said although the state had money, lawmakers refused …": a
		// fronted clause's comma closes no report.
		p = k0
		if !d.in(p, wcSubordinator) && !d.in(p, wcVenuePrep) {
			return true
		}
	}
	if d.in(p, wcSubordinator) || d.in(p, wcVenuePrep) || d.is(p, ",") {
		return false
	}
	return f.hasVerb(p, cut)
}

// bareSub says whether token p, right before an inner subject, is a bare
// subordinator that ends the outer content (nestedBareSub). A temporal
// "after"/"when" more often dates an act ("after the leaders staged a
// show of unity"), so its inner cue must be a confident report.
func (f *finder) bareSub(p, k0 int, prec float64) (int, bool) {
	d := f.d
	if p <= k0+1 || !d.word(p) || d.toks[p].quote != 0 || !d.inLex(p, lcNestedBareSub) {
		return 0, false
	}
	if (d.is(p, "after") || d.is(p, "when")) && (prec < 0.4 || d.word(p-1) && nestedTimeLead[d.lw(p-1)]) {
		return 0, false
	}
	return p, true
}

// bareContent says whether the content at k0 is a noun phrase, not a
// clause with its own subject, which keeps its subordinate clauses.
func (f *finder) bareContent(k0, ce int) bool {
	return !f.newClause(k0, ce) && !f.pronounPast(k0)
}
