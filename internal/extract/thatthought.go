package extract

// dropThoughtInThatClause drops an attitude (a thought cue: "want",
// "believe", "fear", "support") whose subject opens a that-clause:
// "videos showing that they supported legalization", "the themes that
// marketers hope to win over", "the notion that people want to vote
// for her". The clause is what the words around it report or describe,
// and PolNeAR seldom marks the attitude inside it on its own. A report
// that takes the clause with its "that" ("a move that the kingdom hopes
// will …") reads the clause whole and stays, and so does a possessed
// noun ("the fact that Lee's denunciation of the tolls …"), whose
// possessor is no clause's subject.
func (f *finder) dropThoughtInThatClause() {
	d := f.d
	f.dropAttrsWhere(func(a *attr) bool {
		if a.entry.Type != CueThought || a.srcS <= 0 || a.inherit >= 0 || !d.is(a.srcS-1, "that") || len(a.frags) == 0 {
			return false
		}
		if d.is(a.srcE-1, "'s") || a.srcE == a.srcS+1 && d.in(a.srcS, wcPossPronoun) {
			return false
		}
		return a.frags[0][0] > int(d.toks[a.srcS-1].s) // the content comes after the "that"
	})
}
