package extract

// Double-object cues. A verb that gives or tells takes its hearer before
// the thing given: "promised us a new bridge", "won't tell you much
// about the risk". PolNeAR starts the content after the hearer when the
// hearer is a pronoun and a noun phrase follows; where the hearer is a
// noun ("offered the crowd an appraisal", "gave the mayor a warm
// endorsement") train marks it both ways about equally (9 to 8), so
// only the pronoun is skipped. "her" is left out: it is as often the theme's
// possessive ("showed her plan"); so is an -ing or clause after the
// pronoun ("polls show him leading"), which PolNeAR keeps whole.

// ditransCues are the giving and telling verbs that take a hearer first.
var ditransCues = setOf("give gives gave given giving offer offers offered offering promise promises promised promising show shows showed shown showing hand hands handed handing send sends sent sending owe owes owed owing grant grants granted granting deny denies denied denying teach teaches taught teaching sell sells sold selling tell tells told telling lend lends lent lending award awards awarded awarding")

// ditransHearers are the object pronouns skipped.
var ditransHearers = setOf("me him us them you")

// ditransThemeLeads open the thing given after the hearer.
var ditransThemeLeads = setOf("much plenty nothing little something everything anything no")

// skipDitransHearer starts a double-object content after its pronoun
// hearer.
func (f *finder) skipDitransHearer() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		k := a.cueE
		// The integer tests first: most contents do not open at the cue.
		if a.cueS < 0 || len(a.frags) == 0 || k+2 >= len(d.toks) || a.frags[0][0] != int(d.toks[k].s) || int(d.toks[k+1].e) > a.frags[0][1] {
			continue
		}
		if !d.word(k+1) || d.toks[k+1].quote != 0 || !d.inLex(k, lcDitransHearer) || !d.inLex(k-1, lcDitransCue) {
			continue
		}
		if w := d.lw(k + 1); w == "her" || !determiners[w] && !ditransThemeLeads[w] {
			continue
		}
		a.frags[0][0] = int(d.toks[k+1].s)
	}
}

// Framed objects of a bare verb cue. A learned verb cue ("offered") reads
// the noun phrase after it as its content; where that phrase is a
// reporting noun with its frame's preposition ("offered a spirited
// defense of the plan", "expressed sympathy for the victims"), PolNeAR
// marks the verb through the preposition as the cue and what follows as
// the content, as voicedNominals does for frames no other layout read.

// ditransRecue moves the cue of the attribution whose bare verb cue is v
// and whose content is the noun phrase opening at v+1, running past the
// preposition at k+1, to [v, k+2), with the preposition's object as its
// content. It reports whether it did.
func (f *finder) ditransRecue(v, k int, s sent) bool {
	d := f.d
	var o *attr
	for i := range f.attrs {
		if a := &f.attrs[i]; a.cueS == v {
			o = a
			break
		}
	}
	if o == nil || o.cueE != v+1 || len(o.frags) != 1 || o.frags[0][0] != int(d.toks[v+1].s) || o.frags[0][1] <= int(d.toks[k+1].e) || f.isOpen(k+2) {
		return false
	}
	sp, end, ok := f.npObjectSpan(k+2, s, false)
	if w := d.lw(k + 2); whWords[w] || w == "whether" {
		sp, ok = f.contentSpan(k+2, f.contentEnd(k+2, s.te))
		end = k + 2
	}
	if !ok || sp[1] > o.frags[0][1] {
		return false
	}
	and := false
	for j := k + 2; j < end; j++ {
		if w := d.lw(j); w == "and" || w == "or" {
			and = true
		} else if and && d.in(j, wcVoicedNoun|wcFrameNoun) {
			// "sharp warnings about the drought and angry attacks
			// on …": a list of acts, whose whole phrase PolNeAR keeps.
			return false
		}
	}
	o.cueE = k + 2
	o.frags[0] = sp
	return true
}
