package extract

// quoteLeadVerb are the verbs that introduce a closing quotation as the
// words of a text or an act ("an email stating, “…”", "by saying: “…”").
var quoteLeadVerb = setOf("saying said says stating stated states read reads reading wrote writes writing tweeted tweeting posted declaring declared")

// quoteLeadFrame stand right before such a verb when the verb belongs to
// a medium or a manner phrase rather than to the reported clause: a
// relative ("a headline that said"), a preposition with a gerund ("by
// saying", "before saying") or the medium noun itself ("an email saying").
// On train the frame fires 7 times: twice the gold content is the
// quotation, 3 times the lead verb already reported it (the outer
// attribution was an unpaired duplicate), once there is no gold and once
// the gold takes a longer lead ("a message … that read: “…”").
var quoteLeadFrame = setOf("that which who by before after while when email e-mail message statement letter post tweet headline caption note sign banner ad memo text release")

// quoteAfterLead cuts a content that runs "… by saying, “…”" or "… an
// email stating, “…”" to the closing quotation: PolNeAR marks the quoted
// words, not the medium or act that carried them. The cue must stand
// before the quotation; a fronted clause the cue interrupts ("Instead, he
// said, “…”") stays whole. When the lead verb already reports the
// quotation as its own attribution, the outer one is its duplicate and
// goes.
func (f *finder) quoteAfterLead() {
	d := f.d
	var into []int
	var starts map[int][]int // content start -> attributions, built on first need
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || len(a.frags) != 1 {
			continue
		}
		cs, ce := a.frags[0][0], a.frags[0][1]
		g := f.segAt(cs + 1)
		if g >= len(f.segs) {
			continue
		}
		sg := f.segs[g]
		// The first quotation inside the content must close at its end.
		if sg.s >= ce || sg.ct < 0 || sg.e < ce-1 || sg.e > ce+1 || sg.ot < 3 {
			continue
		}
		p := sg.ot - 1
		if int(d.toks[p].e) <= cs || a.cueE > sg.ot || !(d.is(p, ",") || d.is(p, ":")) {
			continue
		}
		if !f.leadVerbFrame(p, cs) && !f.leadAdjunct(a, p, cs) {
			continue
		}
		if starts == nil {
			starts = f.contentStarts()
		}
		if j := f.holdsQuote(starts, i, sg.s, ce); j >= 0 {
			if into == nil {
				into = identity(len(f.attrs))
			}
			into[i] = j
			continue
		}
		a.frags[0][0] = sg.s
		if starts != nil {
			starts[sg.s] = append(starts[sg.s], i)
		}
	}
	if into != nil {
		f.compactAttrs(into)
	}
}

// contentStarts maps each one-piece content's start to its attributions,
// so that repeated leads in a hostile text stay linear.
func (f *finder) contentStarts() map[int][]int {
	m := make(map[int][]int)
	for j := range f.attrs {
		if b := &f.attrs[j]; len(b.frags) == 1 {
			m[b.frags[0][0]] = append(m[b.frags[0][0]], j)
		}
	}
	return m
}

// holdsQuote returns another attribution whose one content is the
// quotation s..e (its end within a mark or stop of e), or -1.
func (f *finder) holdsQuote(starts map[int][]int, i, s, e int) int {
	for _, j := range starts[s] {
		b := &f.attrs[j]
		if j == i || len(b.frags) != 1 || b.frags[0][0] != s {
			continue
		}
		if d := b.frags[0][1] - e; d >= -1 && d <= 1 {
			return j
		}
	}
	return -1
}

// leadVerbFrame: "… FRAME VERB," right before the quotation at p+1.
func (f *finder) leadVerbFrame(p, cs int) bool {
	d := f.d
	return quoteLeadVerb[d.lw(p-1)] && quoteLeadFrame[d.lw(p-2)] && int(d.toks[p-2].s) >= cs
}

// quoteLeadAdjunct open an adjunct between a cue and its quotation:
// "said of the mayor, “…”", "wrote back in May: “…”", "replied, when
// asked about the fee, “…”", "added, however, “…”". On train, a content
// after its cue that opens with one of these and runs "[,:] “…”" to its
// end: the gold content is the quotation 8 of 9 times (in, at, on, of,
// back, when, however, one -ly adverb), the 9th a clause longer than
// the bound below.
var quoteLeadAdjunct = setOf("in at on of back when however")

// leadAdjunct: the content from cs is a short adjunct ending at the
// comma or colon p: at most 12 words, after the cue.
func (f *finder) leadAdjunct(a *attr, p, cs int) bool {
	d := f.d
	k := d.tokFrom(cs)
	if k < a.cueE || p-k > 16 || !(quoteLeadAdjunct[d.lw(k)] || lyAdverb(d.lw(k))) {
		return false
	}
	return f.words(k, p) <= 12
}
