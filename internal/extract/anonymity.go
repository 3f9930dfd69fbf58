package extract

// declineWords refuse what follows ("declined to be named").
var declineWords = setOf("declined declines declining refused refuses refusing")

// anonymityPurpose says whether token v is the verb of "not authorized
// to …" ("not authorized to discuss", "not authorised to speak").
func (d *doc) anonymityPurpose(v int) bool {
	return d.inLex(v, lcAnonymityVerb) && d.is(v-1, "to") && (d.is(v-2, "authorized") || d.is(v-2, "authorised")) && d.is(v-3, "not")
}

// namingComplement open what one is named to or as ("asked not to be
// named to the board"): a request of its own, not the anonymity formula.
var namingComplement = setOf("to as by for in after")

// anonymityVerbs are what a source "was not authorized to" do.
var anonymityVerbs = setOf("speak discuss comment talk reveal disclose describe release share")

// anonymityFormula says whether the cue of a is the formula that says why
// a source goes unnamed ("who asked not to be identified", "on condition
// that he not be named", "were not authorized to discuss the talks"): it
// reports nothing of its own, and what follows is the main verb's or the
// formula's purpose. On train PolNeAR marks none of the readings.
func (f *finder) anonymityFormula(a *attr) bool {
	d := f.d
	if a.cueS < 0 || a.cueE <= a.cueS {
		return false
	}
	// "not authorized to comment on the talks": the formula's purpose,
	// read as a cue once the formula is dropped, is no report either.
	p := a.cueS
	if d.is(p, "to") {
		p++
	}
	if d.anonymityPurpose(p) {
		return true
	}
	// "who asked not to be named", "requested that she not be
	// identified": the asking is the formula, its content the wish;
	// "asked not to be named to the board" is a request of its own.
	c := a.cueE
	if d.is(c, "that") && d.word(c+1) {
		c += 2
	}
	if d.is(c, "not") {
		if c++; d.is(c, "to") {
			c++
		}
		if d.is(c, "be") && (d.is(c+1, "named") || d.is(c+1, "identified")) && !namingComplement[d.lw(c+2)] {
			return true
		}
	}
	if d.is(c, "anonymity") && !d.word(c+1) && d.toks[c+1].quote == 0 {
		return true // "who requested anonymity,"; with a purpose after it ("… to speak freely") train keeps the reading
	}
	v := a.cueE - 1
	switch d.lw(v) {
	case "identified", "named":
		// "not to be named", "not be identified", "declined to be named"
		return d.is(v-1, "be") && (d.is(v-2, "not") || d.is(v-2, "to") && (d.is(v-3, "not") || declineWords[d.lw(v-3)]))
	case "authorized", "authorised":
		return d.anonymityPurpose(v + 2)
	}
	return false
}
