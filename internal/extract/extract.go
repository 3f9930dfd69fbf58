package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Version identifies the extractor's rules and lexicons; it is stored
// with each quote so results can be recomputed when it changes.
const Version = "rules-0.27"

// Extract finds the attributions in one article. text is the whole
// article; all offsets in the result count code points of text.
//
// The pipeline: tokenise once (doc.go), mark page furniture and datelines
// (structure.go), pair quotation marks (quotemarks.go), split sentences,
// find cues from the learned lexicon (cues.go, lexicon_gen.go) and match
// each against the layouts (layouts.go) with their sources (sources.go,
// mention.go) and content boundaries (boundaries.go); then resolve
// speakers (resolve.go), venues (venue.go) and the outlet (outlet.go).
func Extract(text string, meta Meta) (res Result) {
	// Belt and braces: a bug must cost one article its quotes, never the
	// caller its process. Tests call extract directly so bugs still show.
	defer func() {
		if recover() != nil {
			res = Result{Quotes: []Quote{}}
		}
	}()
	return extract(text, meta)
}

func extract(text string, meta Meta) Result { return extractNP(text, meta, NPOn) }

func extractNP(text string, meta Meta, np NPStage) Result {
	if len(text) > maxChunkRunes && utf8.RuneCountInString(text) > maxChunkRunes {
		return extractChunks(text, meta, np)
	}
	w := workPool.Get().(*work)
	res := w.extract(text, meta, np)
	// Not deferred: after a panic the work may be half-built, and is
	// better dropped than reused.
	w.release()
	if len(text) <= maxPooledText {
		workPool.Put(w)
	}
	return res
}

// maxChunkRunes bounds the code points the finder reads at once. Some
// passes compare readings or tokens pairwise within a sentence or a
// document, harmless for news (train's longest article has 33,672 code
// points) but quadratic on a hostile 2 MB body; a longer text is read in
// chunks cut at paragraph breaks, and a speaker is resolved within its
// chunk.
const maxChunkRunes = 100_000

// extractChunks extracts text chunk by chunk and shifts each chunk's
// offsets into the whole text. The outlet comes from the first chunk,
// with a wire agency signed off at the end taken from the last.
func extractChunks(text string, meta Meta, np NPStage) Result {
	res := Result{Quotes: []Quote{}}
	base := 0 // code points before the chunk
	for first := true; text != ""; first = false {
		chunk := text[:chunkEnd(text)]
		text = text[len(chunk):]
		r := extractNP(chunk, meta, np)
		if first {
			res.Outlet = r.Outlet
			if meta.Published == "" {
				meta.Published = r.Outlet.Published
			}
		} else if text == "" && res.Outlet.Agency == "" {
			res.Outlet.Agency = r.Outlet.Agency
		}
		for _, q := range r.Quotes {
			q.Start += base
			q.End += base
			if q.Fragments != nil {
				frags := make([][2]int, len(q.Fragments))
				for i, fr := range q.Fragments {
					frags[i] = [2]int{fr[0] + base, fr[1] + base}
				}
				q.Fragments = frags
			}
			if q.Mention != nil {
				q.Mention.Start += base
				q.Mention.End += base
			}
			if q.Cue != nil {
				q.Cue.Start += base
				q.Cue.End += base
			}
			res.Quotes = append(res.Quotes, q)
		}
		base += utf8.RuneCountInString(chunk)
	}
	return res
}

// chunkEnd returns the byte length of text's first chunk: all of it when
// short enough, else up to the last paragraph break (or line break, then
// sentence end, then space) in the second half of maxChunkRunes code
// points.
func chunkEnd(text string) int {
	limit, n := len(text), 0
	for i := range text {
		if n == maxChunkRunes {
			limit = i
			break
		}
		n++
	}
	if limit == len(text) {
		return limit
	}
	half := limit / 2
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if k := strings.LastIndex(text[half:limit], sep); k >= 0 {
			return half + k + len(sep)
		}
	}
	return limit
}

func (w *work) extract(text string, meta Meta, np NPStage) Result {
	d := &w.d
	d.load(text)
	res := Result{Quotes: []Quote{}}
	if len(d.toks) == 0 {
		res.Outlet = Outlet{Publisher: meta.Publisher, Published: meta.Published}
		if res.Outlet.Publisher == "" && meta.URL != "" {
			res.Outlet.Publisher = publisherFromURL(meta.URL)
		}
		return res
	}
	// The finder's slices from the last article are reused.
	w.f = finder{d: d, np: np, labelPara: -1, segs: w.f.segs, sents: w.f.sents, sentInfo: w.f.sentInfo, attrs: w.f.attrs[:0], taken: w.f.taken, idx: w.f.idx, byStart: w.f.byStart, fragBlock: w.f.fragBlock, inherited: w.f.inherited}
	f := &w.f
	starts := d.classify(w.starts)
	w.starts = starts
	f.segs = d.findQuotes(f.segs)
	f.sents = d.sentences(f.sents, starts, f.segs)
	f.sentInfo = d.sentInfos(f.sentInfo, f.sents)
	f.run()
	res.Outlet = f.outlet(meta, starts)
	published := meta.Published
	if published == "" {
		published = res.Outlet.Published
	}

	// The reported mention may start elsewhere than the source the
	// layouts found ("People briefed on the talks", where npBack took "the
	// talks"); the resolver must read the same words.
	mentions := resize(w.mentions, len(f.attrs))
	w.mentions = mentions
	for i := range f.attrs {
		a := &f.attrs[i]
		mentions[i] = -1
		if a.srcS >= 0 && a.srcE > a.srcS && !f.bareArticle(a) && !f.agentless(a) && !f.expletiveIt(a) {
			mentions[i] = f.mentionStart(a)
			if ms := mentions[i]; ms >= 0 {
				a.srcE = f.agentEnd(a, a.srcE)
				if end, ok := f.danglingMention(a, ms); ok {
					if end < 0 {
						mentions[i] = -1
					} else {
						a.srcE = end
					}
				}
				if st, end := f.possessedModifierEnd(a, ms); end > 0 && mentions[i] >= 0 {
					mentions[i], a.srcE = st, end
				}
			}
		}
	}
	for i, ms := range mentions {
		if ms >= 0 {
			f.attrs[i].srcS = ms
		}
	}
	rs := &w.rs
	rs.load(f)
	rs.markSources()
	event := f.mainEvent(published)
	speakers := resize(w.speakers, len(f.attrs))
	venues := resize(w.venues, len(f.attrs))
	w.speakers, w.venues = speakers, venues
	// The quotes' mentions and cues, one array each rather than one
	// allocation a quote; at most one each per attribution, so appending
	// never moves them.
	var spans []Span
	var cues []Cue
	if len(f.attrs) > 0 {
		res.Quotes = make([]Quote, 0, len(f.attrs))
		spans = make([]Span, 0, len(f.attrs))
		cues = make([]Cue, 0, len(f.attrs))
	}
	for i := range f.attrs {
		a := &f.attrs[i]
		sp, all := rs.speakerFor(i, speakers)
		if d.markup {
			sp = plainSpeaker(sp)
			for k := range all {
				all[k] = plainSpeaker(all[k])
			}
		}
		if d.invis {
			sp = visibleSpeaker(sp)
			for k := range all {
				all[k] = visibleSpeaker(all[k])
			}
		}
		speakers[i] = sp
		q := Quote{Speaker: sp, Speakers: all, Confidence: a.conf}
		if mentions[i] < 0 && a.srcS >= 0 && a.inherit < 0 {
			// The source was dropped ("Despite complaints that", "It's
			// said", "Trump was asked"): its words name no speaker, though
			// a quote after "Trump was asked" may still inherit Trump.
			q.Speaker, q.Speakers = Speaker{}, nil
		}
		q.Start, q.End = a.frags[0][0], a.frags[len(a.frags)-1][1]
		if d.markup && len(a.frags) == 1 {
			q.Start, q.End = balanceMarks(d.r, q.Start, q.End)
		}
		q.Text = d.text(q.Start, q.End)
		if len(a.frags) > 1 {
			q.Fragments = a.frags
		}
		q.Kind = f.kind(a)
		if ms := mentions[i]; ms >= 0 {
			last := f.mentionCut(a) - 1
			for last > ms && d.is(last, ",") {
				last-- // "Ann Lee, a lawyer,": the apposition's closing comma is punctuation
			}
			s, e := int(d.toks[ms].s), d.contractionEnd(last)
			if d.markup {
				s, e = balanceMarks(d.r, s, e)
			}
			spans = append(spans, Span{Start: s, End: e, Text: d.text(s, e)})
			q.Mention = &spans[len(spans)-1]
		}
		if a.cueS >= 0 && a.cueE > a.cueS {
			s, e := int(d.toks[a.cueS].s), int(d.toks[a.cueE-1].e)
			cues = append(cues, Cue{Span: Span{Start: s, End: e, Text: d.text(s, e)}, Type: a.entry.Type})
			q.Cue = &cues[len(cues)-1]
		}
		v := f.venueFor(a, published, rs)
		if v == nil || v.Text == "" {
			// Same speaker, same occasion: inherit the last stated venue,
			// unless the medium changes (mediumChange).
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				if venues[j] != nil && venues[j].Text != "" && speakers[j].Name == sp.Name && sp.Name != "" && !f.mediumChange(a, &f.attrs[j], venues[j].Text) {
					iv := *venues[j]
					iv.Explicit = false
					if v != nil && v.Date != "" {
						iv.Date = v.Date
					}
					v = &iv
					break
				}
			}
		}
		if (v == nil || v.Text == "") && event != nil && !f.writtenCue(a) {
			ev := *event
			if v != nil && v.Date != "" {
				ev.Date = v.Date
			}
			v = &ev
		}
		venues[i] = v
		q.Venue = v
		res.Quotes = append(res.Quotes, q)
	}
	return res
}

// kind is direct when the content is all quotation, mixed when it holds
// quoted words, indirect otherwise.
func (f *finder) kind(a *attr) Kind {
	allQuoted, anyQuoted := true, false
	for _, fr := range a.frags {
		inside := false
		// Segments are in text order: visit only those starting inside
		// the fragment.
		for g := f.segAt(fr[0]); g < len(f.segs) && f.segs[g].s < fr[1]; g++ {
			sg := f.segs[g]
			if sg.s == fr[0] && sg.e >= fr[1]-1 {
				inside = true
			}
			if sg.e <= fr[1] && sg.words > 0 {
				anyQuoted = true
			}
		}
		if !inside {
			allQuoted = false
		}
	}
	switch {
	case allQuoted:
		return KindDirect
	case anyQuoted:
		return KindMixed
	}
	return KindIndirect
}

// segAt returns the first quote segment starting at or after code point p.
func (f *finder) segAt(p int) int {
	return sort.Search(len(f.segs), func(i int) bool { return f.segs[i].s >= p })
}
