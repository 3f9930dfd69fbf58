package extract

import "strings"

// catenatives are the aspectual and try-type verbs that put a report
// verb after them: "kept insisting that …", "began to argue …", "tried
// to explain …", "went on to say …", "stopped short of calling …". PolNeAR's cue spans the whole chain and its source is the
// chain's subject. "seek" is left out: PolNeAR marks "sought" alone with
// the infinitive as its content ("sought to reassure investors").
var catenatives = setUnion(catenativeTo, catenativeIng, setOf("go goes went gone going stop stops stopped stopping"))

// catenativeTo take an infinitive: "began to argue".
var catenativeTo = setOf("start starts started starting begin begins began begun beginning continue continues continued continuing try tries tried trying attempt attempts attempted attempting")

// catenativeIng take a gerund: "kept insisting".
var catenativeIng = setOf("keep keeps kept keeping start starts started starting begin begins began begun beginning continue continues continued continuing resume resumes resumed resuming")

// chainCuePrec is the precision the report verb must have alone for the
// chain to read as its cue.
const chainCuePrec = 0.3

// catenativeChain reads the catenative verb at k and the report verb
// after it as one cue ("continued to question", "went on to say",
// "stopped short of calling"), judging the report verb by the lexicon as
// if it stood alone. It returns the chain's length in tokens and the
// report verb's entry, or 0.
func (d *doc) catenativeChain(k int) (int, *cueEntry) {
	if d.toks[k].cap && (d.inName(k) || d.nameMiddle(k)) {
		return 0, nil // "Keith Began said": a name, no verb
	}
	w := d.lw(k)
	v := k + 1
	switch {
	case catenativeTo[w] && d.is(v, "to"):
		v++
	case (w == "go" || w == "goes" || w == "went" || w == "gone" || w == "going") && d.is(v, "on") && d.is(v+1, "to"):
		v += 2
	case (w == "stop" || w == "stops" || w == "stopped" || w == "stopping") && d.is(v, "short") && d.is(v+1, "of"):
		v += 2
		if !isGerund(d.lw(v)) {
			return 0, nil
		}
	case catenativeIng[w] && isGerund(d.lw(v)):
	default:
		return 0, nil
	}
	if !d.chainWords(k, v) || d.catenativeNoun(k) || d.in(v, wcRaisingCue) {
		return 0, nil // "tried to appear calm": an aim, no impression reported
	}
	n, e := d.lexCueLookup(v)
	if n == 0 && !isGerund(d.lw(v)) {
		// A bare verb the lexicon never saw as a cue ("to question")
		// whose finite forms it knows ("questioned"). A document's
		// verb ("finds") is left out: "began to find her voice" finds
		// nothing.
		for m := 2; m >= 1 && n == 0; m-- {
			if fe := d.finiteEntry(v, m); fe != nil && d.chainWords(v, v+m-1) && fe.Type != CueReport {
				n, e = m, fe
			}
		}
	}
	if n == 0 {
		return 0, nil
	}
	if e.Prec < chainCuePrec && !isGerund(d.lw(v)) {
		// A bare verb after "to" is a cue less often than the verb
		// itself: PolNeAR starts the cue at the chain ("wants to point
		// out"), so the bare form counts as no cue there. Its finite
		// forms tell how often the verb reports.
		if fe := d.finiteEntry(v, n); fe != nil {
			e = fe
		}
	}
	if e.Prec < chainCuePrec {
		return 0, nil
	}
	return v - k + n, e
}

// finiteEntry returns the most precise entry, seen at least twice, of
// the past or third-person forms of the bare verb phrase of n tokens at
// v ("defend" → "defended", "walk back" → "walked back"), or nil. The
// forms are spelled in a buffer on the stack: a chain is asked about at
// every catenative word, and the look-up allocates nothing.
func (d *doc) finiteEntry(v, n int) *cueEntry {
	var best *cueEntry
	var buf [48]byte
	forms, nf := finiteForms(d.lw(v))
	for _, f := range forms[:nf] {
		h, ok := cueIndex[string(f.spell(buf[:0]))]
		if !ok {
			continue
		}
		e := h.one
		if n > 1 {
			e = nil
			ps := h.next[d.lw(v+1)]
			for i, p := range ps {
				if len(p.toks) == n && d.restMatches(p.toks, v) {
					e = &ps[i].entry
					break
				}
			}
		}
		if e != nil && e.Count >= 2 && (best == nil || e.Prec > best.Prec) {
			best = e
		}
	}
	return best
}

// restMatches says whether toks after the first word are the tokens
// after v.
func (d *doc) restMatches(toks []string, v int) bool {
	for i := 1; i < len(toks); i++ {
		if !d.is(v+i, toks[i]) {
			return false
		}
	}
	return true
}

// finiteForm is one spelling of a finite form: a stem, its last
// letter again when it doubles (0 when not), and an ending.
type finiteForm struct {
	stem string
	dbl  byte
	end  string
}

// spell appends the form to b.
func (f finiteForm) spell(b []byte) []byte {
	b = append(b, f.stem...)
	if f.dbl != 0 {
		b = append(b, f.dbl)
	}
	return append(b, f.end...)
}

// finiteForms spells the past and third-person forms a bare verb may
// take, regular or with a doubled last consonant ("rebut" → "rebutted"):
// the lexicon is asked for each, and a wrong spelling finds nothing.
func finiteForms(w string) (fs [4]finiteForm, n int) {
	if len(w) < 2 {
		return fs, 0
	}
	last, stem := w[len(w)-1], w[:len(w)-1]
	switch {
	case last == 'e':
		return [4]finiteForm{{w, 0, "d"}, {w, 0, "s"}}, 2
	case last == 'y' && strings.IndexByte("aeiou", stem[len(stem)-1]) < 0:
		return [4]finiteForm{{stem, 0, "ied"}, {stem, 0, "ies"}}, 2
	}
	if len(w) <= 4 && cvcEnd(w) {
		// A short verb doubles its last consonant; "hop" + "ed" would
		// spell "hoped", another verb's past.
		return [4]finiteForm{{w, last, "ed"}, {w, 0, "s"}}, 2
	}
	return [4]finiteForm{{w, 0, "ed"}, {w, 0, "s"}, {w, 0, "es"}, {w, last, "ed"}}, 4
}

// cvcEnd says whether w ends in a consonant, a vowel and a consonant
// other than w, x or y, as "hop", "slam" and "rebut" do.
func cvcEnd(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	return !vowel(w[n-3]) && vowel(w[n-2]) && !vowel(w[n-1]) && strings.IndexByte("wxy", w[n-1]) < 0
}

// chainWords says whether the tokens k..v are plain lower-case words of
// one paragraph and one quotation state, as a verb chain is.
func (d *doc) chainWords(k, v int) bool {
	if v >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	for i := k + 1; i <= v; i++ {
		u := &d.toks[i]
		if u.kind != tkWord || u.cap || u.para != t.para || u.quote != t.quote {
			return false
		}
	}
	return true
}

// catenativeNouns are the catenative forms that are nouns as well.
var catenativeNouns = setOf("attempt attempts try tries start starts")

// catenativeNoun says whether the catenative word at k is a noun ("a
// possible attempt to attack", "his repeated attempts to change",
// "Democrats' attempts to pitch"): a determiner or possessive before
// it, past at most one modifier. A plural before it is its subject
// ("the members attempt to …"). Its subject is no source.
func (d *doc) catenativeNoun(k int) bool {
	if !catenativeNouns[d.lw(k)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if d.toks[j].kind == tkPoss {
			return !contractedBe(d, j) // "He’s trying to …" is a verb
		}
		if !d.word(j) || d.toks[j].cap {
			return false
		}
		if d.in(j, wcDeterminer) || d.in(j, wcPossPronoun) {
			return true
		}
		if d.in(j, wcAuxVerb|wcPronoun|wcSkipBetween) || d.is(j, "to") || lyAdverb(d.lw(j)) || strings.HasSuffix(d.lw(j), "s") {
			return false
		}
	}
	return false
}
