package extract

// Possessed nouns of a pledge or an appeal with a to-infinitive: "his
// call to ban imports", "the mayor's promise to cut fares", "her vow
// not to raise taxes". PolNeAR marks the possessor (with its "’s") as
// the source, the noun as the cue and the infinitive, "to" included, as
// the content. On PolNeAR train such a phrase outside other reports'
// contents is marked about 13 times in 30; "plan", "decision",
// "proposal" and "commitment" are not (3 of 24, 11 of 37, 3 of 15, 1 of
// 20: an intention or an act, not a thing said).

// possToNoun says whether w is such a noun. A switch: it runs at every
// token before "to".
func possToNoun(w string) bool {
	switch w {
	case "call", "calls", "promise", "promises", "pledge", "pledges", "vow", "vows":
		return true
	}
	return false
}

// possessedTo adds the attributions of possessed pledge nouns no other
// layout read.
func (f *finder) possessedTo() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.possessedToSentence(si, n0)
	}
}

func (f *finder) possessedToSentence(si, n0 int) {
	d := f.d
	s := f.sents[si]
	for _, to := range d.scanned(swTo, s.ts+2, s.te-1) {
		k := int(to) - 1
		if !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || d.toks[k+1].quote != 0 || !possToNoun(d.lw(k)) {
			continue
		}
		v := k + 2
		if d.is(v, "not") {
			v++
		}
		if !f.bareVerbAt(v, s) || f.cueTaken(k, k+2) || f.inContent(k, n0) {
			continue
		}
		// npPossessor reads the cue with its preposition: "call to".
		a := attr{cueS: k, cueE: k + 2, sent: si, srcS: -1, inherit: -1, conf: 0.5}
		a.entry = cueEntry{Type: CueSpeech, Prec: 0.45}
		if !f.npPossessor(&a, s) {
			continue
		}
		if p := a.srcS; a.srcE == p+1 && d.in(p, wcPossPronoun) && p > s.ts && d.word(p-1) && !d.toks[p-1].cap && !possPronounPreps[d.lw(p-1)] {
			// "the crew rowed on, while honoring his vow to …": the pronoun follows
			// a verb whose subject npPossessor could not find, and PolNeAR
			// marks that subject, not the pronoun.
			continue
		}
		a.cueE = k + 1
		if p := k - 1; d.word(p) && !d.toks[p].cap && !d.in(p, wcPossPronoun) && !d.in(p, wcDeterminer) && p >= a.srcE {
			if callKinds[d.lw(p)] {
				continue // "her phone call to congratulate him": a call made, not a call for
			}
			if !d.is(p, "own") {
				a.cueS = p // "her latest call": PolNeAR's cue takes the modifier
			}
		}
		end := f.contentEnd(k+1, s.te)
		for i := v + 1; i+1 < end; i++ {
			if d.is(i, ",") && d.toks[i].quote == 0 && d.word(i+1) && !d.toks[i+1].cap && d.in(i+1, wcAuxVerb) {
				end = i // "among them her call to shut the pier …, could cost": the main verb resumes
				break
			}
		}
		if a.srcS <= s.ts+1 && a.srcE >= a.cueS-1 {
			// "Trump's pledge to build a wall, repeated often, energized
			// voters": the phrase is the subject, and its verb ends it.
			end = f.subjectVerbEnd(v+1, end)
		}
		sp, ok := f.contentSpan(k+1, end)
		if !ok {
			continue
		}
		a.setPlainContent(sp)
		if a.srcS == s.ts && d.toks[s.ts].cap && adverbialOpeners[d.lw(s.ts)] {
			a.srcS++ // "Despite Ada Holm’s call …": the opener is no part of the source
		}
		// The clause-subject and dash ends of a possessed noun's clause.
		f.ownedNounSubject(&a, s)
		if j := v + 1; j < end && a.frags[0][1] < int(d.toks[j].s) {
			// It took a participle modifying the verb's object for the
			// main verb ("her pledge to rehire laid-off ferrymen …
			// has"): look for it past the object's start.
			a.frags[0] = sp
			if a.srcS == s.ts {
				if e := f.subjectClauseEnd(j+1, end, false); e < end {
					if sp2, ok := f.contentSpan(k+1, e); ok {
						a.frags[0] = sp2
					}
				}
			}
		}
		f.attrs = append(f.attrs, a)
	}
}

// callKinds make "call" a call placed, not an appeal.
var callKinds = setOf("phone telephone conference video")

// subjectVerbEnd returns where a subject phrase's content in [k, end)
// ends before its clause's finite verb: a regular past or an auxiliary
// after the infinitive's object, or a participle aside (", repeated
// often,") before it. It returns end when it finds neither; a present
// -s form is not told from a plural object ("… energizes voters").
func (f *finder) subjectVerbEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end; i++ {
		if d.toks[i].quote != 0 || !d.word(i) || d.toks[i].cap {
			if d.is(i, ",") && d.word(i+1) && !d.toks[i+1].cap && pastTense(d.lw(i+1)) {
				return i
			}
			continue
		}
		w := d.lw(i)
		if pastTense(w) && !d.in(i-1, wcAuxVerb) && !d.is(i-1, "to") || auxVerbs[w] && !d.is(i-1, "to") {
			return i
		}
	}
	return end
}

// bareVerbAt says whether token v may be the bare verb of an infinitive:
// a lowercase word that opens no noun phrase ("a call to the voters",
// "a pledge to Europe", "his commitment to helping").
func (f *finder) bareVerbAt(v int, s sent) bool {
	d := f.d
	if v >= s.te || !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 {
		return false
	}
	w := d.lw(v)
	return f.toInfinitive(v-1) && !possPronouns[w] && !timeWords[w]
}
