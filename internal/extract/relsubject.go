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
// second comma before an auxiliary or past verb that is no cue.
func (f *finder) closedAside(i, end int) bool {
	d := f.d
	for j := i + 2; j < end-1; j++ {
		if d.toks[j].quote != 0 {
			continue
		}
		if d.is(j, ";") || d.is(j, ".") || d.is(j, ":") || isDashTok(d, j) {
			return false
		}
		if !d.is(j, ",") {
			continue
		}
		v := j + 1
		return d.word(v) && !d.toks[v].cap && d.toks[v].quote == 0 && (d.in(v, wcAuxVerb) || isPast(d.lw(v))) && d.cueAt(v) == 0
	}
	return false
}
