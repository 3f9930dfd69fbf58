package extract

// Shown stances: "showed no sign of backing down", "has shown little
// interest in the deal", "shows no respect for voters", "showed subtle
// hints that she was wavering". PolNeAR marks "show" with its sign noun
// (and the preposition after it) as the cue, and what follows as the
// content; read as "show" alone, the content would start at "no sign of".
// On train gold marks 15 of the 18 such frames with a content after them
// so (3 are unmarked). "show little evidence that …" is a document's
// finding and keeps "show" alone ("evidence" is not a sign noun here).

// showForms are the forms of "show" that open the frame.
var showForms = setOf("show shows showed shown showing")

// showSignNouns are what one shows of a stance.
var showSignNouns = setOf("sign signs hint hints glimpse glimpses interest inclination respect regard willingness")

// showSignMods may stand between the verb and its sign noun.
var showSignMods = setOf("no little any some an a its his her their few subtle immediate personal real clear early new great obvious strong growing increasing renewed")

// showSignPreps join the sign noun to what it is about; they belong to
// the cue.
var showSignPreps = setOf("of in for")

// showFrameEntry is the frame's cue entry: a confident report cue,
// whatever "show" alone is worth.
var showFrameEntry = cueEntry{Type: CueReport, Count: 11, Prec: 0.6}

// showFrame returns the length in tokens of a shown-stance frame at k
// ("showed no sign of"), or 0. A frame with nothing after it ("has shown
// little interest.") is left to "show" alone, whose content is the sign.
func (d *doc) showFrame(k int) int {
	if !d.tagged(k, tcShowForm) {
		return 0
	}
	p := d.toks[k].para
	j := k + 1
	for n := 0; n < 3 && j < len(d.toks) && d.word(j) && showSignMods[d.lw(j)]; n++ {
		j++
	}
	if j == k+1 && !d.is(j, "signs") || j >= len(d.toks) || !d.word(j) || d.toks[j].para != p || !showSignNouns[d.lw(j)] {
		return 0 // "showed interest": no modifier, no frame ("showing signs of" is one)
	}
	j++
	if j < len(d.toks) && d.toks[j].para == p && showSignPreps[d.lw(j)] {
		j++
	} else if !d.is(j, "that") && !d.is(j, "to") {
		return 0
	}
	if j >= len(d.toks) || !d.word(j) || d.toks[j].para != p {
		return 0
	}
	return j - k
}
