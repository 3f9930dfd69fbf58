package extract

import "strings"

// extendContrasts runs a content on over an elliptical contrast after
// it: "defended the process, though not the results", "voters are
// “right to be angry,” but also hungry for answers", "it was possible,
// though not likely, that …". The contrast has no subject or verb of its
// own, so it is still the reported words; PolNeAR spans it in 32 of 35
// train contents that reach "but also"/"but rather" and in 24 of 27 that
// reach ", though not" and the like. A verb after the adverb ("but also
// went on the offensive", "but not mention …") is a second predicate of
// the source instead, and stops it. "when it comes to …" runs on too: it
// names the words' topic, not when they were said (20 of 20 train
// contents that reach it span it); so does ", including" before a
// lowercase noun (132 of 146), "during the" before a period that is no
// speech event (6 of 7 train contents cut there ran on in gold), and
// ", even if" (13 of 15).
func (f *finder) extendContrasts() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if len(a.frags) != 1 || a.sent < 0 || a.sent >= len(f.sents) {
			continue
		}
		s := f.sents[a.sent]
		e := d.tokFrom(a.frags[0][1])
		if e <= s.ts || e >= s.te || e < a.cueE {
			continue // only a content after its cue runs on
		}
		j := f.contrastAt(e, s.te)
		if j < 0 {
			continue
		}
		c := f.contrastEnd(j, s.te)
		if c > j {
			a.frags[0][1] = int(d.toks[c-1].e)
		}
	}
}

// contrastAt returns the token after the contrast's adverb when an
// elliptical contrast opens at e (see extendContrasts), else -1.
func (f *finder) contrastAt(e, end int) int {
	d := f.d
	comma := d.is(e, ",") && d.toks[e].quote == 0
	j := e
	if comma {
		j++
	}
	if j+2 >= end || !d.word(j) || d.toks[j].quote != 0 {
		return -1
	}
	w, adv := d.lw(j), d.lw(j+1)
	switch {
	case w == "when" && adv == "it" && d.is(j+2, "comes") && d.is(j+3, "to") && d.toks[j+3].quote == 0:
		return j + 4 // "… when it comes to health care": the topic of the words, not a time
	case w == "but" && (adv == "also" || adv == "rather"):
		j += 2
	case comma && adv == "not" && (w == "but" || w == "though" || w == "although" || w == "yet" || w == "if"):
		j += 2
	case !comma && w == "during" && adv == "the" && !f.eventAhead(j+2, end):
		// "… pressed for a deal during the debt talks of 2011": a
		// known period frames the words; "during a rally" and "during
		// the debate" are where they were said, and stay out.
		return j + 1
	case comma && w == "even" && adv == "if":
		// "… can win, even if he loses Ohio": the claim's own condition;
		// "even though" and "even as" more often add the writer's facts.
		return j + 2
	case comma && w == "not":
		j++
	case comma && w == "including" && d.word(j+1) && !d.toks[j+1].cap && !strings.HasSuffix(adv, "ing") && !isNumberWord(adv):
		// ", including equal pay and …" lists parts of the object; with
		// a name, a number or a gerund it as often lists the source's
		// own ("…, including Gov. Lee", "…, including 18% who …").
		return j + 1
	default:
		return -1
	}
	if !d.word(j) || d.toks[j].quote != 0 {
		return j // "but also “…”": a quotation goes on
	}
	x := d.lw(j)
	if x == "only" || isGerund(x) || isPast(x) || d.in(j, wcAuxVerb) {
		return -1 // "but not only did he", "not wanting to …", "but also went on …"
	}
	if lyAdverb(x) && !lyAdjectives[x] && !(d.word(j+1) && d.toks[j+1].quote == 0) {
		return -1 // "…, though not publicly", "…, not surprisingly": how the words were said, or the writer's comment
	}
	if f.contrastSubject(j, end) {
		return -1 // "…, though not everyone agreed": a clause of its own, the writer's
	}
	if n, en := d.cueMatch(j); n > 0 && en.Prec >= 0.2 && sForm(x) {
		return -1 // "but also says …"; an adjective cue ("but also eager for …") goes on
	}
	return j
}

// contrastEnd returns where a content run on at j ends: the sentence's
// end without its final stop, or before a trailing relative clause, a
// semicolon, colon, dash or parenthesis; -1 (no run-on) before a new
// attribution ("…, though not the cost, Lee said").
func (f *finder) contrastEnd(j, end int) int {
	d := f.d
	for k := j; k < end; k++ {
		if d.toks[k].quote != 0 {
			continue
		}
		if d.is(k, ";") || d.is(k, ":") || isDashTok(d, k) || d.is(k, "(") {
			end = k // another clause or an aside
			break
		}
		if d.is(k, ",") && (f.clauseAttribution(k+1, end, 0.3) || f.whoSays(k+1, end)) {
			return -1
		}
		if d.is(k, ",") && k > j && (f.trailingRelative(j, k) || f.relativeReport(k+1, end) || f.commentClause(k+1, end) || f.gerundCueAt(k+1)) {
			end = k // "…, but not the board, which she called slow": the writer's gloss, as contentEnd cuts it
			break
		}
	}
	c := end
	for c > j && d.toks[c-1].quote == 0 && (d.is(c-1, ".") || d.is(c-1, "!") || d.is(c-1, "?") || d.is(c-1, ",")) {
		c--
	}
	return c
}

// eventAhead says whether one of the words from k to the next
// punctuation (at most four) names an event where words are said: "the
// press conference", "the second debate".
func (f *finder) eventAhead(k, end int) bool {
	d := f.d
	for i := k; i < end && i < k+4 && d.word(i); i++ {
		if d.in(i, wcVenueNoun) {
			return true
		}
	}
	return false
}

// gerundCueAt says whether token k opens a participle clause with a
// cue ("saying …", "calling it …") or a result ("drawing boos"): the
// source's own aside, which contentEnd cuts too.
func (f *finder) gerundCueAt(k int) bool {
	d := f.d
	w := d.lw(k)
	if !d.word(k) || !isGerund(w) {
		return false
	}
	if n, e := d.cueMatch(k); n > 0 && e.Prec >= 0.3 {
		return true
	}
	return resultGerunds[w] && !d.toks[k].cap && d.toks[k].quote == 0
}

// contrastSubjects open the subject of a clause after "but not",
// "though not" or "but also": "though not everyone agreed", "but not
// all residents were convinced".
var contrastSubjects = setWith(setWith(standalone, "everybody anybody anyone nobody every each enough"), "he she they we i")

// contrastSubject says whether a quantifier or pronoun at j is the
// subject of a finite verb among the next five words: then the contrast
// has a subject and a verb of its own and is no ellipsis. A form in -s
// counts only right after it ("not everyone agrees"): further on it is
// as often a plural noun ("though not all of the fees").
func (f *finder) contrastSubject(j, end int) bool {
	d := f.d
	if !contrastSubjects[d.lw(j)] {
		return false
	}
	for i := j + 1; i < end && i <= j+5 && d.word(i) && d.toks[i].quote == 0; i++ {
		if f.predicateStart(i) || isPast(d.lw(i)) || i == j+1 && f.predicateAfter(i) {
			return true
		}
	}
	return false
}
