package extract

import "strings"

// spokenNouns name something a person said or decided: a mention that
// is such a noun under a possessor ("her statement condemning …", "His
// remarks indicated …", "Obama's decision to …") has the possessor for
// its source, as PolNeAR marks it (54 of 62 possessed ones on train).
// Documents, plans and tweets are left out: PolNeAR keeps them whole
// ("Her economic plan promises …") as often as not.
var spokenNouns = setOf("statement statements remarks comment comments decision decisions policy proposal proposals announcement response reply message email e-mail post testimony language rhetoric disclosure")

// possessedSpeechCut ends a mention from s to e that is a spoken noun
// with at most two modifiers after a possessor ("the campaign's
// statement", "her financial disclosure") at the possessive, keeping
// the possessive as PolNeAR does ("Ryan's"). A possessor that is no
// plain name or pronoun ("a Democrat familiar with his remarks", "Lee,
// who echoed Roe's comments") leaves the mention whole. It returns the
// new end, or e.
func (f *finder) possessedSpeechCut(s, e int) int {
	d := f.d
	n := e - 1
	if n-1 <= s-1 || !d.word(n) || d.toks[n].cap || !d.inLex(n, lcSpokenNoun) {
		return e
	}
	for k := n - 1; k >= s && k >= n-3; k-- {
		t := &d.toks[k]
		if t.quote != 0 {
			return e
		}
		if t.kind == tkPoss || t.kind == tkSQ && k > s && d.word(k-1) && d.toks[k-1].e == t.s && strings.HasSuffix(d.lw(k-1), "s") {
			for i := s; i < k; i++ {
				if !d.word(i) || d.in(i, wcNPStop) {
					return e // "the head of the party's": a phrase, no plain possessor
				}
			}
			return k + 1
		}
		if !d.word(k) {
			return e
		}
		if k == s && d.in(k, wcPossPronoun) {
			return s + 1 // "her statement"
		}
		if t.cap || d.in(k, wcNPStop|wcDeterminer|wcKnownHead) {
			return e
		}
	}
	return e
}
