package extract

// subjectRelative says whether the comma at i opens a relative clause
// on the content's subject that a second comma closes before the
// content's own verb: "the bomber, who struck the square, had Syrian
// roots". Such a clause is inside the content, not a gloss after it.
// The verb is an auxiliary or a past form; a cue after the closing comma
// ("…, who lost, said …") is a new report.
func (f *finder) subjectRelative(i, end int) bool {
	d := f.d
	if !d.is(i+1, "who") && !d.is(i+1, "which") {
		return false
	}
	return f.closedAside(i, end)
}

// closedAside says whether the phrase after the comma at i closes with a
// second comma before an auxiliary, past or present verb that is no cue.
func (f *finder) closedAside(i, end int) bool {
	d := f.d
	for j := i + 2; j < end-1; j++ {
		if d.toks[j].quote != 0 {
			continue
		}
		if (d.is(j, ";") || d.is(j, ".") || d.is(j, ":") || isDashTok(d, j)) && !gluedMark(d, j) {
			return false
		}
		if !d.is(j, ",") {
			continue
		}
		v := j + 1
		if f.isOpen(v) {
			// "the pipeline, which …, “wouldn't go 10 feet”": the verb
			// opens a quotation.
			return d.word(v+1) && !d.toks[v+1].cap && (d.in(v+1, wcAuxVerb) || auxContraction(d.lw(v+1)) || isPast(d.lw(v+1)))
		}
		return d.word(v) && !d.toks[v].cap && d.toks[v].quote == 0 && ((d.in(v, wcAuxVerb) || isPast(d.lw(v))) && d.cueAt(v) == 0 || f.presentThird(v))
	}
	return false
}

// asWellAs says whether the comma at i opens ", as well as …", which
// adds to the content's last list rather than commenting on it: train
// keeps it inside 20 times and ends the content before it 8.
func (f *finder) asWellAs(i int) bool {
	d := f.d
	return d.is(i+1, "as") && d.is(i+2, "well") && d.is(i+3, "as")
}

// asComplementCues take an object and an "as" phrase that belongs to
// what is reported: "described the day, as the perfect day off",
// "singled out the manager, as the root of the problem". Train keeps
// such an ", as" inside the content 13 times of 14.
var asComplementCues = setOf("describe describes described describing cite cites cited citing point points pointed pointing singled mock mocks mocked mocking portray portrays portrayed portraying characterize characterizes characterized characterizing refer refers referred referring view views viewed regard regards regarded dismiss dismisses dismissed dismissing label labels labeled labelled brand brands branded tout touts touted hail hails hailed paint paints painted cast casts")

// asComplementEnd continues an object content that objectEnd ended at
// end before ", as …" when the cue takes such an "as" phrase.
func (f *finder) asComplementEnd(a *attr, end, limit int) int {
	d := f.d
	if end >= limit || !d.is(end, ",") || !d.is(end+1, "as") || a.cueS < 0 {
		return end
	}
	if w := d.lw(end + 2); w == "well" || w == "if" || w == "though" || w == "long" || w == "soon" || w == "much" || w == "of" || d.in(end+2, wcPronoun) || d.capWord(end+2) {
		return end // ", as he did last year", ", as police arrived": a clause of its own
	}
	for c := a.cueS; c < a.cueE; c++ {
		if asComplementCues[d.lw(c)] {
			return f.objectEnd(end+2, limit)
		}
	}
	return end
}

// notOnlyBut says whether the comma at i opens the second half of a
// correlative ("not just X, but Y", "…, but also Y", "…, but rather Y"),
// which the content keeps: train has no "not only …, but" cut of 28.
func (f *finder) notOnlyBut(k, i int) bool {
	d := f.d
	if !d.is(i+1, "but") {
		return false
	}
	if d.is(i+2, "also") || d.is(i+2, "rather") {
		return true
	}
	for j := k; j+1 < i; j++ {
		if d.is(j, "not") && (d.is(j+1, "only") || d.is(j+1, "just") || d.is(j+1, "simply") || d.is(j+1, "merely")) {
			return true
		}
	}
	return false
}

// pastAsides: a question after a bare "asked" ends at its comma unless
// that comma opens a relative clause or an apposition on the question's
// subject that a second comma closes before the question's own verb
// ("Asked whether the shop, which friends called grim, led to …, Holm
// said"): it returns the comma after that predicate, or c.
func (f *finder) pastAsides(c, end int) int {
	d := f.d
	if !d.is(c, ",") || !(d.is(c+1, "who") || d.is(c+1, "which") || d.is(c+1, "the") || d.is(c+1, "a") || d.is(c+1, "an")) {
		return c
	}
	// After an apposition alone only an auxiliary is surely the verb: a
	// past form there may be a participle ("…, an average of 32 percent
	// picked …, followed by …").
	rel := d.is(c+1, "who") || d.is(c+1, "which")
	for j := c + 2; j < end-1; j++ {
		if d.toks[j].quote != 0 {
			continue
		}
		if d.is(j, ";") || d.is(j, ".") || d.is(j, ":") || isDashTok(d, j) {
			return c
		}
		if !d.is(j, ",") {
			continue
		}
		v := j + 1
		if d.is(v, "who") || d.is(v, "which") {
			rel = true
			continue // "Trump, the nominee, who has …, could …": a second aside
		}
		aux := d.in(v, wcAuxVerb) && d.cueAt(v) == 0
		verb := isPast(d.lw(v)) && d.cueAt(v) == 0 || f.presentThird(v)
		if !d.word(v) || d.toks[v].cap || d.toks[v].quote != 0 || !(aux || rel && verb) {
			return c
		}
		for k := v + 1; k < end-1; k++ {
			if d.toks[k].quote != 0 {
				continue
			}
			if d.is(k, ",") {
				return k
			}
			if d.is(k, ";") || d.is(k, ".") || d.is(k, ":") {
				return c
			}
		}
		return c
	}
	return c
}
