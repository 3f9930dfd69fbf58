package extract

// frameLeads may stand before a frame that opens a sentence: "But under
// state law, …", "But for Republicans, it is a smoking gun". The frame
// passes ask its tag bit (tcFrameLead) at every sentence's first word.
var frameLeads = setOf("but because and so")

// frameStart returns the first word of a frame that may open sentence s:
// its capitalised first word, or the word after a frame lead ("But under
// state law, …"). It returns -1 when the sentence opens otherwise.
func (f *finder) frameStart(s sent) int {
	d := f.d
	k := s.ts
	if k+4 < s.te && d.word(k) && d.tagged(k, tcFrameLead) && d.word(k+1) && !d.toks[k+1].cap {
		k++
	}
	if !d.word(k) || d.toks[k].quote != 0 || k == s.ts && !d.toks[k].cap {
		return -1
	}
	return k
}

// ruleHeads name a law or a binding text, after "Under": "Under state
// law, …", "Under the new regulation, …", "Under a five-year contract, …".
var ruleHeads = setOf("law laws regulation regulations act statute statutes constitution code contract treaty ordinance")

// measureHeads name a reckoning, after "By": "By some measures, …", "By
// the party's own tally, …".
var measureHeads = setOf("measure measures standard standards tally count estimate estimates reckoning calculation calculations definition metric metrics yardstick")

// ruleFrames reads "Under <a law>, <clause>" and "By <a measure>,
// <clause>": the clause is what the law provides or the measure shows,
// and PolNeAR marks the law or measure as its source with the
// preposition for its cue. The source ends before a relative clause
// ("Under the act, which passed in May, …", "Under the rule that took
// effect, …").
func (f *finder) ruleFrames() {
	d := f.d
	for si, s := range f.sents {
		k := f.frameStart(s)
		if k < 0 {
			continue
		}
		var heads map[string]bool
		switch d.lw(k) {
		case "under":
			heads = ruleHeads
		case "by":
			heads = measureHeads
		default:
			continue
		}
		h, c := -1, -1
		for i := k + 1; i < s.te && i < k+14; i++ {
			if d.toks[i].quote != 0 || !d.word(i) && d.toks[i].kind != tkPoss && !d.is(i, ",") && !d.is(i, "-") {
				break
			}
			if d.is(i, ",") || d.is(i, "that") || d.is(i, "which") {
				if i > k+1 && d.word(i-1) && heads[d.lw(i-1)] {
					h = i
				}
				break
			}
		}
		if h < 0 {
			continue
		}
		// The closing comma, past a relative clause.
		c = h
		if d.is(c, ",") && d.word(c+1) && (d.is(c+1, "which") || d.is(c+1, "that")) {
			c++
		}
		for c < s.te && c < h+25 && !d.is(c, ",") && d.toks[c].quote == 0 {
			c++
		}
		if c >= s.te-2 || !d.is(c, ",") || d.toks[c].quote != 0 {
			continue
		}
		f.addFrame(si, k, h, h, c, c+1, f.contentEnd(c+1, s.te), false)
	}
}
