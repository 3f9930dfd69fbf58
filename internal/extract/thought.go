package extract

// Thought and attitude cues the general layouts leave out.

// appearanceWords follow "appeared" in its sense of showing up
// somewhere: "appeared together", "appeared live", "appeared briefly".
var appearanceWords = setOf("together onstage live briefly alongside here there outside inside around again jointly separately regularly frequently twice once more several first last only and or")

// appearsAs says whether the "appear" form at k reads as an impression
// ("the Trump team appeared paralyzed", "Washington appears weak"): an
// infinitive or a lower-case predicate word follows, not a place, a
// time, a companion or a noun phrase ("appeared on Fox News",
// "appeared together", "appeared the next day"). PolNeAR marks the
// adjective reading 16 times in 23 on train.
func (d *doc) appearsAs(k int) bool {
	n := k + 1
	if d.is(n, "to") {
		return true
	}
	if d.is(k, "appear") {
		return false // "trying to appear moderate": an aim, seldom marked
	}
	if n >= len(d.toks) || !d.word(n) || d.toks[n].cap || d.toks[n].quote != 0 {
		return false
	}
	w := d.lw(n)
	return !venuePreps[w] && !appearanceWords[w] && !determiners[w] && !npStop[w] && !possPronouns[w] && !dayWords[w]
}

// predicateEnd cuts an adjective reading's content where the predicate
// ends: at a comma or a subordinate clause ("Washington appears weak
// before the offensive", "others appeared ready to abandon him,
// throwing …"); PolNeAR ends the impression there.
func (f *finder) predicateEnd(k, end int) int {
	d := f.d
	for i := k + 1; i < end; i++ {
		if d.toks[i].quote != 0 {
			continue
		}
		if d.is(i, ",") && d.word(i+1) && d.is(i+2, ",") && asideAdverb(d.lw(i+1)) {
			i += 2 // "appears ready, moreover, to use tariffs"
			continue
		}
		if d.is(i, ",") || d.is(i, ";") || d.word(i) && (clauseSubs[d.lw(i)] || d.is(i, "when")) {
			return i
		}
	}
	return end
}

// asideAdverb says whether w, set off by commas, is an aside inside a
// predicate: "moreover", "however", "too", "apparently".
func asideAdverb(w string) bool {
	switch w {
	case "moreover", "however", "too", "though", "also", "again", "still":
		return true
	}
	return lyAdverb(w)
}

// pollParticiples date or credit a poll after its noun: "a poll released
// Monday", "a survey conducted by the Times".
var pollParticiples = setOf("released conducted published taken")

// pollParticipleHead returns the poll noun in [lo, c) that a participle
// follows, or -1.
func (d *doc) pollParticipleHead(lo, c int) int {
	for h := lo; h+1 < c; h++ {
		if pollWords[d.lw(h)] && pollParticiples[d.lw(h+1)] {
			return h
		}
	}
	return -1
}

// sayIn says whether a speech verb stands in tokens [a, b).
func (d *doc) sayIn(a, b int) bool {
	for i := a; i < b; i++ {
		if d.word(i) && sayVerbs[d.lw(i)] {
			return true
		}
	}
	return false
}
