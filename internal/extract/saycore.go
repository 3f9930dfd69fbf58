package extract

// askedAdverbs skips a time phrase or a manner adverb between "when
// asked" and its question ("when asked last month about …", "when asked
// Tuesday whether …", "when asked specifically what …"): PolNeAR's content starts at the question. It
// returns the first token after them, or k when the question does not
// follow within three words.
func (f *finder) askedAdverbs(k, end int) int {
	d := f.d
	j := k
	for j < end && j < k+3 && d.word(j) && d.toks[j].quote == 0 {
		w := d.lw(j)
		if !(isWeekday(w) || !d.toks[j].cap && (timeWords[w] || timeNouns[w] || lyAdverb(w) && !lyNouns[w])) {
			break
		}
		j++
	}
	if j > k && j < end && d.word(j) && askedTargets[d.lw(j)] {
		return j
	}
	return k
}

// colonBefore returns the first unquoted colon in [k, end), or end.
func colonBefore(d *doc, k, end int) int {
	for i := k; i < end; i++ {
		if d.is(i, ":") && d.toks[i].quote == 0 {
			return i
		}
	}
	return end
}

// dropWhenContent drops the one attribution that claims the question sp
// when its whole content is the "when asked …" clause starting at code
// point w: "“…” Trump told ITV in an interview when asked how …" and "when
// asked to leave, he refused" made the clause the content of "told" and
// "refused", where it is only circumstance (train: 2 such contents, one
// per half, neither gold). Any other claim keeps the question out.
func (f *finder) dropWhenContent(w int, sp [2]int) bool {
	hit := -1
	for i, a := range f.attrs {
		for _, fr := range a.frags {
			if fr[0] < sp[1] && sp[0] < fr[1] {
				if hit >= 0 || len(a.frags) != 1 || fr[0] != w {
					return false
				}
				hit = i
			}
		}
	}
	if hit < 0 {
		return false
	}
	into := make([]int, len(f.attrs))
	for i := range into {
		into[i] = i
	}
	into[hit] = -1
	f.compactFrom(0, into) // remaps inherit
	return true
}

// narrativeNouns are what one tells rather than whom: "told a joke",
// "tells a different story".
var narrativeNouns = setOf("story stories tale tales joke jokes anecdote anecdotes")

// toldNarrative says whether the noun phrase at k after a tell-verb ends
// in a narrative noun within four words ("a slightly different tale",
// "one joke about Trump", "their family stories"): the phrase is the
// content, not the hearer. A second determiner ("the reporters a story")
// means a hearer came first.
func (f *finder) toldNarrative(k, end int) bool {
	d := f.d
	dets := 0
	for j := k; j < end && j < k+4 && d.word(j) && d.toks[j].quote == 0; j++ {
		w := d.lw(j)
		if narrativeNouns[w] {
			// Not a modifier ("the story editor", "the joke writers"),
			// and not "the story of …", whose content PolNeAR mostly
			// starts after "of" (train 4 of 5), as the hearer skip does.
			n := d.lw(j + 1)
			return !d.word(j+1) || d.toks[j+1].quote != 0 || n != "of" && (npStop[n] || venuePreps[n])
		}
		if determiners[w] {
			if dets++; dets > 1 {
				return false // "told the reporters a story": a hearer first
			}
		}
		if npStop[w] || venuePreps[w] || pronouns[w] || objectPronouns[w] || d.toks[j].cap {
			return false
		}
	}
	return false
}
