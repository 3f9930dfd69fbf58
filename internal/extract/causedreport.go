package extract

import "strings"

// causedMinOwn is the precision below which a bare verb's own entry
// yields to causedReport's reading.
const causedMinOwn = 0.3

// causedPrec is the precision the finite forms of the report verb must
// have for causedReport.
const causedPrec = 0.5

// permitVerbs let their object do what the infinitive after it says,
// as causativeVerbs make it: "allows users to mark …", "required the
// delegates to challenge …".
var permitVerbs = setOf("allow allows allowed allowing require requires required requiring permit permits permitted permitting enable enables enabled enabling")

// causedReport reads the bare verb after "to" at k as a report when a
// causative or permitting verb governs the object before "to" ("forced
// Schultz to defend …", "prompting them to focus on …", "leaving some
// to question whether …") and the lexicon knows the verb only from its
// finite forms ("defended", "focused on"): the bare form is a cue far
// more rarely, as it mostly stands in an aim. It returns the verb
// phrase's length and the finite forms' entry, or 0. The object is the
// source (causativeSubject).
func (d *doc) causedReport(k int) (int, *cueEntry) {
	v := k + 1
	if !d.chainWords(k, v) || d.toks[k].cap || k < 2 {
		return 0, nil
	}
	c := k - 2
	for ; c >= 0 && c >= k-7; c-- {
		if !d.word(c) && d.toks[c].kind != tkPoss || d.toks[c].quote != 0 || d.toks[c].para != d.toks[k].para {
			return 0, nil
		}
		if d.tagged(c, tcCausedGoverns) && !d.toks[c].cap { // causativeVerbs, permitVerbs
			break
		}
		if d.in(c, wcAuxVerb) || d.is(c, "to") {
			return 0, nil
		}
	}
	if c < 0 || c < k-7 || !d.word(k-1) {
		return 0, nil
	}
	w := d.lw(v)
	if isGerund(w) || strings.HasSuffix(w, "ed") {
		return 0, nil
	}
	var best *cueEntry
	bm := 0
	for m := 2; m >= 1 && best == nil; m-- {
		if fe := d.finiteEntry(v, m); fe != nil && d.chainWords(v, v+m-1) && fe.Type != CueReport {
			best, bm = fe, m
		}
	}
	if best == nil || best.Prec < causedPrec {
		return 0, nil
	}
	return bm, best
}
