package extract

// openingReport tells whether the content of a postposed attribution
// opens with a report of its own: a subject at the content's first token
// and a confident reporting verb after it ("Ann Roe, the director, said
// that the fund will …, she said."). The named subject and its cue are
// the attribution; the closing cue only repeats it, so the postposed
// reading is dropped and the left-to-right pass reads the opening one.
func (f *finder) openingReport(a *attr, s sent, according bool) bool {
	d := f.d
	if len(a.frags) == 0 {
		return false
	}
	t := min(s.te, max(s.ts, d.tokFrom(a.frags[0][0])))
	end := min(s.te, d.tokFrom(a.frags[0][1]))
	if t >= end || d.toks[t].quote != 0 || !d.word(t) {
		return false
	}
	for k := t + 1; k < end && k <= t+20; k++ {
		if d.toks[k].quote != 0 {
			return false
		}
		if !d.word(k) {
			continue
		}
		n, e := d.cueMatch(k)
		if n == 0 {
			continue
		}
		if e.Prec < 0.3 || e.Type == CueThought || f.nounCue(k, n) || f.passiveAgent(k, n) || isGerund(d.lw(k)) {
			return false
		}
		b := attr{cueS: k, cueE: k + n, entry: e, sent: a.sent, srcS: -1, inherit: -1}
		sub := s
		if !according {
			sub.te = end
		}
		if !f.preposed(&b, sub) || b.srcS < t || b.srcS > t && f.mentionStart(&b) != t {
			return false // "Several rowing coaches": the mention starts before the layout's head
		}
		if according {
			// "The AP reported that, according to an analysis, …":
			// the phrase opening the report's content is the reporter's
			// sourcing, part of that content. One closing the sentence
			// ("X said …, according to the report") sources the whole.
			j := f.skipVenue(b.cueE, a.cueS)
			for j < a.cueS && (d.is(j, ",") || d.is(j, "that")) {
				j++
			}
			return j == a.cueS
		}
		return f.sameSpeaker(a.srcS, a.coreE, t, b.coreE)
	}
	return false
}

// closingPronouns may take up the subject of the sentence's opening
// report in a closing attribution ("…, she said").
var closingPronouns = setOf("he she they we i")

// sameSpeaker says whether the closing mention [cs, ce) repeats the
// opening subject [os, oe): a personal pronoun, or a name whose every
// capitalised word but a title stands in the subject ("Hill" for "Mary
// Hill, the director"). Another speaker ("…, the Tribune reported")
// reports the whole sentence, the opening report nested in it.
func (f *finder) sameSpeaker(cs, ce, os, oe int) bool {
	d := f.d
	if cs < 0 || ce <= cs || ce-cs > 3 {
		return false
	}
	if ce-cs == 1 && d.word(cs) && closingPronouns[d.lw(cs)] {
		if d.is(cs, "he") || d.is(cs, "she") {
			// A person: a name or a role heads the subject ("Social
			// media has added …, she noted" reports the whole).
			h := oe - 1
			if h < os || !(d.capWord(h) || d.word(h) && titleWords[d.lw(h)]) {
				return false
			}
			want := genderMale
			if d.is(cs, "she") {
				want = genderFemale
			}
			g := f.subjectGender(os, oe)
			return g == genderUnknown || g == want
		}
		return true
	}
	found := false
	for k := cs; k < ce; k++ {
		if !d.capWord(k) {
			return false
		}
		if titleWords[d.lw(k)] {
			continue
		}
		in := false
		for j := os; j < oe && !in; j++ {
			in = d.capWord(j) && d.lw(j) == d.lw(k)
		}
		if !in {
			return false
		}
		found = true
	}
	return found
}

// subjectGender reads a subject's gender from its first gendered title
// or given name: "Ann Lee" is female, "the party's chairman" male.
func (f *finder) subjectGender(os, oe int) gender {
	d := f.d
	for j := os; j < oe; j++ {
		if !d.word(j) {
			continue
		}
		if g := titleGenders[d.lw(j)]; g != genderUnknown {
			return g
		}
		if g := nameGenders[d.lw(j)]; g != genderUnknown && d.capWord(j) {
			return g
		}
	}
	return genderUnknown
}
