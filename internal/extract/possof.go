package extract

// Possessed judgment nouns with an "of" object: "her critique of the
// levy", "the mayor's assessment of the bid", "their embrace of the
// plan". PolNeAR marks the possessor (with its "’s") as the source, the
// noun and "of" as the cue and the noun phrase after "of" as the
// content, as for the learned "criticism of" (layouts_np.go); the
// learned table only holds the nouns train marks three times or more,
// so the rarer members of the family went unread.

// possOfNouns name a judgment, a report or a stance about what their
// "of" phrase names. Nouns of a plan or an aim ("strategy", "vision",
// "goal", "policy", "message") are left out: their "of" phrase is what
// the plan is, not what is judged. So are nouns as often of an act or a
// study ("her acceptance of the award", "the club's defense of its
// title", "the bank's analysis of the data"): train marks none of the
// seven possessed ones.
var possOfNouns = setOf("critique critiques criticism criticisms support assessment assessments appraisal appraisals evaluation view views opinion opinions embrace praise condemnation condemnations denunciation denunciations description descriptions characterization characterizations portrayal portrayals depiction depictions disapproval approval rejection dismissal endorsement endorsements recollection recollections account accounts announcement announcements declaration declarations estimate estimates claim claims accusation accusations mention admission denial denials interpretation perception perceptions impression impressions dislike distrust mistrust contempt disdain admiration suspicion skepticism scepticism prediction predictions projections forecast forecasts memory memories talk promise promises disclosure disclosures warning warnings allegation allegations complaint complaints charges acknowledgment acknowledgement repudiation disavowal mockery ridicule questioning advocacy appreciation")

// possessedOfs adds the attributions of possessed judgment nouns no
// other layout read.
func (f *finder) possessedOfs() {
	n0 := len(f.attrs)
	for si := range f.sents {
		f.possessedOfSentence(si, n0)
	}
}

func (f *finder) possessedOfSentence(si, n0 int) {
	d := f.d
	s := f.sents[si]
	skip := 0 // the tokens before skip lie in an object already read
	for _, o := range d.scanned(swOf, s.ts+2, s.te-1) {
		k := int(o) - 1
		if k < skip || !d.word(k) || d.toks[k].cap || d.toks[k].quote != 0 || d.toks[k+1].quote != 0 || !d.inLex(k, lcPossOfNoun) {
			continue
		}
		if f.cueTaken(k, k+2) || f.inContent(k, n0) {
			continue // inside another report PolNeAR seldom marks the noun again
		}
		a := attr{cueS: k, cueE: k + 2, sent: si, srcS: -1, inherit: -1}
		a.entry = cueEntry{Type: CueThought, Prec: 0.5}
		if !f.npPossessor(&a, s) {
			continue
		}
		if (d.is(k, "view") || d.is(k, "views")) && d.is(a.srcS-1, "in") {
			continue // "in his view of the harbor": a sight, or viewFrames' frame
		}
		// The phrase is a clause's subject wherever a verb follows its
		// object ("the fact that Lee's account of the talks was …"), not
		// only when it opens the sentence: its object ends there.
		sp, end, ok := f.npObjectSpan(k+2, s, true)
		if !ok {
			continue
		}
		a.frags = [][2]int{sp}
		a.venueS, a.venueE = end, s.te
		a.conf = 0.5
		f.attrs = append(f.attrs, a)
		for k+1 < s.te && int(d.toks[k+1].s) < sp[1] {
			k++
		}
		skip = k + 1
	}
}
