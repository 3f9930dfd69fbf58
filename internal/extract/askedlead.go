package extract

// askedTargets open the question a bare "asked" reports.
var askedTargets = setOf("whether if why what who whom whose how when where which to about")

// askedLeads are the phrases between "asked" and its question that
// PolNeAR leaves out: the asker ("by a reporter") and the occasion ("on
// Fox News", "during a January debate").
var askedLeads = setOf("by on in during at")

// askedLeadIn starts the content of a bare "asked" at its question: "Asked
// by Matt Lauer whether she had practiced …" reports "whether she had
// practiced …". On train the asker or occasion phrase is outside the gold
// content in all 11 such spans; a leading "about" is outside it 4 times,
// inside once.
func (f *finder) askedLeadIn(from int) {
	d := f.d
	for i := from; i < len(f.attrs); i++ {
		a := &f.attrs[i]
		if a.cueS < 0 || a.cueE != a.cueS+1 || !d.is(a.cueS, "asked") || len(a.frags) == 0 {
			continue
		}
		st := a.frags[0][0]
		k := d.tokFrom(st)
		if k >= len(d.toks) || int(d.toks[k].s) != st || k != a.cueE || d.toks[k].quote != 0 {
			continue
		}
		if d.is(k, "about") || d.is(k, "for") {
			// "When asked for his position": PolNeAR's cue is "asked for",
			// as after a named asker ("asked for a photo").
			if k+1 < len(d.toks) && d.word(k+1) && int(d.toks[k+1].s) < a.frags[0][1] && !(d.is(k, "about") && askedPronounTopic(d, k+1, a.frags[0][1])) {
				a.frags[0][0] = int(d.toks[k+1].s)
			}
			continue
		}
		if !askedLeads[d.lw(k)] {
			continue
		}
		for j := k + 1; j < k+12 && j < len(d.toks) && int(d.toks[j].e) < a.frags[0][1]; j++ {
			if d.toks[j].quote != 0 || !d.word(j) {
				break // a comma, a quotation or a sentence end: no question found
			}
			if askedTargets[d.lw(j)] {
				a.frags[0][0] = int(d.toks[j].s)
				break
			}
		}
	}
}

// whenAsked: "“We’ll see,” Sanders said when asked whether he would run
// again", "But when asked how she would vote, she laughed": the question
// after "when asked" is an attribution of its own, with an implicit
// source (or the asker named after "by"). Its content starts after
// "asked", so askedByAgents and askedLeadIn trim it as for a bare
// "asked"; a question already inside some attribution is left alone,
// unless that attribution's content is the "when asked" clause itself
// (dropWhenContent). It returns how many attributions it dropped.
func (f *finder) whenAsked() (dropped int) {
	d := f.d
	for si, s := range f.sents {
		for _, a := range d.scanned(swAsked, s.ts+1, s.te-2) {
			k := int(a) - 1
			when := d.is(k, "when")
			if !when && !d.is(k, ",") || d.toks[k].quote != 0 || d.toks[k+1].quote != 0 {
				continue
			}
			c := f.askedAdverbs(k+2, s.te)
			if !d.word(c) || d.toks[c].quote != 0 {
				continue
			}
			q := c
			if askedLeads[d.lw(c)] {
				for q = c + 1; q < c+10 && q < s.te && d.word(q) && d.toks[q].quote == 0 && !askedTargets[d.lw(q)]; q++ {
				}
			}
			lead := when && (k == s.ts || k == s.ts+1 && (d.is(s.ts, "and") || d.is(s.ts, "but")))
			if q >= s.te || !d.word(q) || !askedTargets[d.lw(q)] || d.is(q, "to") && !(lead && q == c) {
				// "when asked to pick a running mate" is a request; one
				// that opens the sentence ("When asked to confirm it, the
				// aide …") PolNeAR marks as a report (train 2 of 2, one
				// per half; 0 of 2 inside the sentence).
				continue
			}
			// A bare participle needs a report before its comma; the
			// attributions are walked only once the question is found.
			bare := !when && f.askedAfterReport(si, k)
			if !when && !bare {
				continue
			}
			var end int
			if lead || bare || d.is(k-1, ",") {
				// "When asked …, Smith said", "Trump, when asked …,
				// changed the subject": the question ends at the comma.
				end = q
				for end < s.te && !((d.is(end, ",") || isDashTok(d, end)) && d.toks[end].quote == 0) {
					end++
				}
				if end >= s.te-1 && (bare || d.is(k-1, ",")) && k > s.ts+1 {
					// "…,” she said, when asked whether …": the question
					// closes the sentence.
					end = f.contentEnd(q, s.te)
				} else if end >= s.te-1 {
					continue
				}
			} else {
				end = f.contentEnd(q, s.te)
				end = d.colonBefore(q, end) // "told Congress when asked about it: “…”": the answer follows
			}
			if c > k+2 && d.is(c, "about") && c+1 < end && !askedPronounTopic(d, c+1, int(d.toks[end-1].e)) {
				c++ // askedLeadIn trims "about" only right after the cue
			}
			sp, ok := f.contentSpan(c, end)
			if !ok {
				continue
			}
			if f.claimed(sp) && !f.nestedOnly(sp) {
				n := len(f.attrs)
				if !f.dropWhenContent(int(d.toks[k].s), sp) && !(bare && f.dropTopicNominal(sp)) {
					continue
				}
				dropped += n - len(f.attrs)
			}
			a := attr{cueS: k + 1, cueE: k + 2, entry: cueEntry{Type: CueSpeech, Prec: 0.6}, sent: si, srcS: -1, inherit: -1}
			a.frags = [][2]int{sp}
			a.venueS, a.venueE = c, c
			a.conf = 0.6
			f.attrs = append(f.attrs, a)
		}
	}
	return dropped
}

// askedPronounTopics stand for the whole topic of "asked about it".
var askedPronounTopics = setOf("it them this that him her")

// askedPronounTopic: "Asked about it, Trump told CNN …" — a topic that is
// one pronoun keeps its "about" (train: 2 of 2 gold spans), and a bare
// pronoun would pair with neither reading.
func askedPronounTopic(d *doc, k, end int) bool {
	return askedPronounTopics[d.lw(k)] && (k+1 >= len(d.toks) || int(d.toks[k+1].s) >= end)
}

// askedAfterReport says whether the comma at k closes a report clause
// of sentence si, its cue or its source after the cue (“…,” McCain
// said, asked about …" or "said Ben Carson, asked about …", a source
// whose apposition is cut later): the bare participle after it
// reports the question put to that speaker, an attribution of its own
// as after "when asked". Gold marks it 2 of 2 on train (one per half);
// a participle inside a subject ("Trump, asked about …, had said") has
// no report before its comma and stays out.
func (f *finder) askedAfterReport(si, k int) bool {
	d := f.d
	if k < 1 || !d.is(k, ",") || d.toks[k].quote != 0 {
		return false
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.sent == si && a.cueS >= 0 && (a.cueE == k || a.srcS > a.cueS && a.srcS < k && a.srcE >= k) {
			return true
		}
	}
	return false
}

// dropTopicNominal drops the readings that claim the question sp when
// each is a possessed noun opening it ("asked about his claims that
// …"): the noun is the topic of the question, not a report of its own
// (train: gold marks such a noun after "asked about" 1 time in 26). It
// says whether it dropped any; it drops none when another reading
// claims sp.
func (f *finder) dropTopicNominal(sp [2]int) bool {
	d := f.d
	into := make([]int, len(f.attrs))
	hit := false
	for i, a := range f.attrs {
		into[i] = i
		for _, fr := range a.frags {
			if fr[0] < sp[1] && sp[0] < fr[1] {
				if a.srcS < 1 || !topicStart(d, a.srcS, sp[0]) || a.srcE-a.srcS > 2 || a.cueS != a.srcE || a.cueE != a.cueS+1 {
					return false
				}
				into[i] = -1
				hit = true
			}
		}
	}
	if hit {
		f.compactFrom(0, into)
	}
	return hit
}

// topicStart says whether token k opens the question that starts at
// code point st, itself or after its "about".
func topicStart(d *doc, k, st int) bool {
	return int(d.toks[k].s) == st || d.is(k-1, "about") && int(d.toks[k-1].s) == st
}
