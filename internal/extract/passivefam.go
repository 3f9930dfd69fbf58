package extract

// passiveFamily says whether the cue at k is the passive of a judging or
// labelling verb with the word its judgement takes ("is widely seen as",
// "was known for", "were charged with"): PolNeAR marks such a passive as
// an attribution of the judgement, content around the cue, while the
// participle's lexicon precision counts every use ("I have seen", "the
// known risks"). On train, of the passives not found before, "seen as"
// is marked 12 times in 20, "known" 13 in 16, "charged with" and
// "criticized for" 7 in 7. An infinitive ("remains to be seen", "loath
// to be seen as") is no report.
func (f *finder) passiveFamily(k, ts int) bool {
	d := f.d
	next, ok := passiveFamilies[d.lw(k)]
	if !ok || k+1 >= len(d.toks) || !d.word(k+1) || !next[d.lw(k+1)] {
		return false
	}
	pb := f.passiveBe(k, ts)
	return pb >= 0 && !(d.is(pb, "be") && d.is(pb-1, "to"))
}

// passiveFamilyCue lifts a passive family cue above the precision gate.
func (f *finder) passiveFamilyCue(k, n int, e cueEntry, ts int) (int, cueEntry) {
	if n == 0 || e.Prec >= 0.6 || !f.passiveFamily(k, ts) {
		return n, e
	}
	return n, cueEntry{Type: e.Type, Prec: 0.6}
}

// passiveFamilies map a participle to the words that may follow it in a
// reported judgement.
var passiveFamilies = func() map[string]map[string]bool {
	as := setOf("as")
	m := map[string]map[string]bool{
		"known":      setOf("as for to"),
		"charged":    setOf("with"),
		"accused":    setOf("of"),
		"suspected":  setOf("of"),
		"blamed":     setOf("for"),
		"criticized": setOf("for"),
		"praised":    setOf("for"),
	}
	for _, w := range []string{"seen", "viewed", "regarded", "perceived", "remembered", "described", "portrayed", "billed", "labeled", "branded", "touted", "hailed", "characterized", "depicted", "interpreted", "celebrated", "cast"} {
		m[w] = as
	}
	return m
}()

// passiveRaising says whether the passive family cue in a reads like a
// raising verb ("Delaware and Maryland are widely seen as …", "who is
// known for …", "Rubio could be seen as …"): content from the clause's
// subject to its end, no source. The preposed reading, which also finds
// an agent after "by", goes first where it finds the subject.
func (f *finder) passiveRaising(a *attr, s sent) bool {
	if !f.passiveFamily(a.cueS, s.ts) {
		return false
	}
	b := *a
	if f.preposed(&b, s) {
		return false
	}
	// The cue takes the auxiliaries and adverbs before it ("has long
	// been considered"), so that the subject is what precedes them and a
	// subject set off by commas ("Delaware and Maryland, are widely
	// seen as …") is found as an aside.
	d := f.d
	for a.cueS-1 > s.ts && d.word(a.cueS-1) && d.toks[a.cueS-1].quote == 0 {
		w := d.lw(a.cueS - 1)
		if !auxVerbs[w] && !beForms[w] && !negations[w] && !passiveAdverbs[w] && !lyAdverb(w) {
			break
		}
		a.cueS--
	}
	return true
}

// passiveCommaEnd ends the content of a passive family cue at k at the
// first comma after the cue: "The case had been viewed as a threat to
// affirmative action, particularly after …" — what follows the comma is
// circumstance, not the judgement.
func (f *finder) passiveCommaEnd(a *attr, k int, s sent) {
	d := f.d
	if !f.passiveFamily(k, s.ts) || len(a.frags) == 0 {
		return
	}
	last := &a.frags[len(a.frags)-1]
	for j := d.tokFrom(last[0]); j < s.te && int(d.toks[j].s) < last[1]; j++ {
		if d.is(j, ",") && d.toks[j].quote == 0 {
			if sp, ok := f.contentSpan(d.tokFrom(last[0]), j); ok {
				*last = sp
			}
			return
		}
	}
}
