package extract

// Tails after the object of a reporting verb that belong to the act of
// reporting, not to what was reported ("denied the charges through his
// lawyer", "confirmed the meeting on condition of anonymity", "declined
// to comment, not wanting to …"): PolNeAR ends the content before them.

// channelNouns are the go-betweens a source speaks through.
var channelNouns = setOf("spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys representative representatives publicist aide aides")

// muteVerbs are speech verbs that, as an infinitive after "declined"
// or "refused", are the whole of what was (not) said: "declined to
// comment". Nothing after them is their object.
var muteVerbs = setOf("comment respond elaborate speculate")

// objVerbTail returns where a reporting act's own tail starts in the
// content [k, e), or -1: "through a spokeswoman", "through his lawyer"
// (on train gold ends before it twice, never includes it), "on (the)
// condition of anonymity" (the terms of the telling).
func (f *finder) objVerbTail(k, e int) int {
	d := f.d
	for c := k + 1; c+1 < e; c++ {
		if d.toks[c].quote != 0 {
			continue
		}
		if c+2 < e && d.is(c, "through") && (d.in(c+1, wcDeterminer) || possPronouns[d.lw(c+1)]) && channelNouns[d.lw(c+2)] {
			return c
		}
		if d.is(c, "on") {
			j := c + 1
			if d.is(j, "the") {
				j++
			}
			if d.is(j, "condition") && d.is(j+1, "of") && d.is(j+2, "anonymity") {
				return c
			}
		}
	}
	return -1
}

// muteEnd returns the end of a content [k, end) that is only "to
// comment" (muteVerbs, maybe "further") closed by a comma, "and" or
// "but", or -1: the rest is the narrator's ("declined to comment, not
// wanting to …", "declined to comment and aides later said …"; on train
// every such content ends there).
func (f *finder) muteEnd(k, end int) int {
	d := f.d
	if !d.is(k, "to") || !d.word(k+1) || !muteVerbs[d.lw(k+1)] {
		return -1
	}
	c := k + 2
	if d.is(c, "further") {
		c++
	}
	if c < end && d.toks[c].quote == 0 && (d.is(c, ",") || d.is(c, "and") || d.is(c, "but")) {
		return c
	}
	return -1
}

// infinitiveRetry reads a cue phrase "declined to speculate", "refused
// to comment on" that found no content of its own ("declined to
// speculate." "declined to speculate on a plan", a short object after a
// rare phrase) as its first verb with the infinitive for content:
// "declined" + "to speculate on a plan". PolNeAR marks the refusal that
// way as a rule (train: "declined"/"refused" + "to …" 80 times, the
// longer phrase mostly where the lexicon learned it), and a refusal is
// reported even when nothing follows the infinitive.
func (f *finder) infinitiveRetry(a *attr, s sent) bool {
	d := f.d
	k := a.cueS
	if a.cueE-k < 3 || !d.is(k+1, "to") || !d.word(k+2) || d.toks[k+2].quote != 0 {
		return false
	}
	fe, ok := infinitiveCues[d.lw(k)]
	if !ok || fe.Prec < 0.5 {
		return false
	}
	b := attr{cueS: k, cueE: k + 1, entry: fe, sent: a.sent, srcS: -1, inherit: -1}
	if !f.preposed(&b, s) || f.phrasalCue(&b) || f.perceivedObject(&b) {
		return false
	}
	*a = b
	return true
}

// innerIndefinite says whether the phrase [b, j] ends in an indefinite
// noun phrase of at most four words ("The lawsuit filed by a former
// staffer", "the interest of an entrepreneur") that a naming participle
// after j names: "… a former staffer named Ada Holm" names the staffer,
// no one speaks (train: no such "named" is a gold cue).
func (f *finder) innerIndefinite(b, j int) bool {
	d := f.d
	for k := j; k > b && k > j-4; k-- {
		if !d.word(k) || d.toks[k].quote != 0 {
			return false
		}
		if d.is(k, "a") || d.is(k, "an") {
			return k < j
		}
	}
	return false
}
