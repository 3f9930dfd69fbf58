package extract

// otherSpeakerBetween says whether a sentence between pa's sentence and
// si brings in another speaker, so that a later quote-only sentence is
// not pa's: one with a reporting verb ("Then Park spoke.") or a
// capitalised subject that is not pa's source ("Park shook his head.").
// Plain narration ("The crowd cheered.") does not stop the join, nor a
// reporting verb after a pronoun subject, which most often is pa's
// speaker again ("He did not suggest a reply.").
func (f *finder) otherSpeakerBetween(pa *attr, si int) bool {
	d := f.d
	src := map[string]bool{}
	for k := pa.srcS; pa.srcS >= 0 && k < pa.srcE; k++ {
		src[d.lw(k)] = true
	}
	for m := pa.sent + 1; m < si; m++ {
		s := f.sents[m]
		if f.cueWithin(s.ts, s.te) && !d.in(s.ts, wcSubjPronoun) || f.capSubject(s.ts, s.te, src) {
			return true
		}
	}
	return false
}

// capSubject says whether the sentence [b, e), after at most two
// opening adverbs ("Then", "Later,"), starts with a capitalised name not
// among src, followed by a lower-case word (its verb).
func (f *finder) capSubject(b, e int, src map[string]bool) bool {
	d := f.d
	k := b
	for n := 0; n < 2 && k < e && (d.is(k, ",") || d.in(k, wcLeadStop)); n++ {
		k++
	}
	if d.is(k, ",") {
		k++
	}
	if k >= e || !d.capWord(k) || d.in(k, wcLeadStop|wcDeterminer|wcPronoun|wcNounDeterminer) {
		return false
	}
	j := k
	for j < e && j < k+4 && d.capWord(j) {
		if src[d.lw(j)] {
			return false
		}
		j++
	}
	// One capitalised word opening a sentence may be a common noun
	// ("Supporters cheered."): it names someone if it stands after an
	// opening adverb or the article also capitalises it mid-sentence.
	return j < e && d.word(j) && !d.toks[j].cap && (j-k > 1 || k > b || d.capMidSentence(k))
}

// capMidSentence says whether the word at k also stands capitalised right
// after a lower-case word elsewhere in the text, as names do.
func (d *doc) capMidSentence(k int) bool {
	w := d.lw(k)
	for i := 1; i < len(d.toks); i++ {
		if i != k && d.toks[i].cap && d.word(i-1) && !d.toks[i-1].cap && d.lw(i) == w {
			return true
		}
	}
	return false
}
