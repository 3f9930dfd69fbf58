package extract

// Voiced nominal cues: a verb gives its subject's attitude a reporting
// noun, whose complement is the content: "Trump raised new questions
// about her health", "Cruz made an unprompted call for an end to sugar
// subsidies", "the party issued a formal complaint to …". PolNeAR marks
// the verb's subject as the source and the noun phrase after the
// preposition as the content. A possessed noun ("his attacks on …") is
// npObjects' (possnoun.go).

// voiceVerbs give their subject's attitude a noun. "pose" is left out:
// a posed question is the asker's, seldom marked ("let voters pose
// questions about …"); so are "have" and "has" ("has the support of").
var voiceVerbs = setOf("raised raise raises raising voiced voice voices voicing expressed express expresses expressing renewed renew renews renewing leveled levelled leveling heaped heaping issued issue issues issuing made make makes making offered offer offers offering repeated repeats repeating intensified intensifying escalated escalating sharpened echoed echoing echoes signaled signalled signaling reiterated reiterating")

// voicedNouns are the reporting nouns a voice verb takes. "support" is
// left out: "voiced support for …" was right 1 time in 4 on PolNeAR
// train, which marks the noun phrase after the verb instead.
var voicedNouns = setOf("questions question concerns concern doubts doubt criticism criticisms calls call opposition comments comment remarks praise warnings warning objections objection complaints complaint fears hopes views thoughts skepticism alarm condolences sympathy frustration outrage anger displeasure dissatisfaction confidence worries misgivings accusations allegations claims promise promises pledge vow demand demands appeal plea endorsement statement statements suggestion assurances assurance position stance opinion opinions words")

// voicedPrep says whether w opens a voiced noun's complement; "to" and
// "of" more often name an addressee or a kind ("posing the question to
// Christie", "a statement of concern"). A switch: it runs at every token.
func voicedPrep(w string) bool {
	switch w {
	case "about", "on", "for", "against":
		return true
	}
	return false
}

// voicedNominals adds the attributions of voiced nominal cues no other
// layout read.
func (f *finder) voicedNominals() {
	for si := range f.sents {
		f.voicedSentence(si)
	}
}

// voicedSentence reads sentence si.
func (f *finder) voicedSentence(si int) {
	d := f.d
	s := f.sents[si]
	for k := s.ts + 1; k+2 < s.te; k++ {
		// The noun's class bit first: one load rules out most tokens.
		if !d.in(k, wcVoicedNoun) || !d.word(k+1) || !voicedPrep(d.lw(k+1)) || d.toks[k].quote != 0 || d.toks[k+1].quote != 0 || d.toks[k].cap {
			continue
		}
		v := f.voiceVerbBefore(k, s)
		if v < 0 || f.cueTaken(v, k+2) {
			continue
		}
		sp, _, ok := f.npObjectSpan(k+2, s, false)
		if w := d.lw(k + 2); whWords[w] || w == "whether" {
			// "raised questions about whether …": a clause.
			sp, ok = f.contentSpan(k+2, f.contentEnd(k+2, s.te))
		}
		if !ok {
			continue
		}
		a := attr{cueS: k, cueE: k + 2, sent: si, srcS: -1, inherit: -1, frags: [][2]int{sp}, conf: 0.5}
		a.entry = cueEntry{Type: CueSpeech, Prec: 0.5}
		if f.npPossessor(&a, s) {
			continue // "voiced his support for": npObjects reads it
		}
		a.cueS = v
		if !f.npSource(&a, s) {
			continue
		}
		if a.inherit < 0 && !d.headOK(a.coreE-1) && !relWords[d.lw(a.srcS)] {
			// "The clash raised serious doubts about …": a thing, not
			// a holder; PolNeAR marks no source.
			a.srcS, a.srcE, a.coreE = -1, -1, -1
		}
		f.attrs = append(f.attrs, a)
	}
}

// voiceVerbBefore returns the voice verb before the noun at k, over up
// to three determiners and modifiers ("made an impassioned call for"),
// or -1.
func (f *finder) voiceVerbBefore(k int, s sent) int {
	d := f.d
	j := k - 1
	for n := 0; n < 3 && j > s.ts && d.word(j) && !d.toks[j].cap && !voiceVerbs[d.lw(j)] && !npStop[d.lw(j)]; n++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 || !voiceVerbs[d.lw(j)] {
		return -1
	}
	return j
}

// cueTaken says whether an attribution's cue already covers a token of
// [a, b).
func (f *finder) cueTaken(a, b int) bool {
	for i := range f.attrs {
		if o := &f.attrs[i]; o.cueS < b && a < o.cueE {
			return true
		}
	}
	return false
}
