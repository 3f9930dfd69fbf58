package extract

// Received nominal cues: the clause's subject is what a reporting noun
// is about, and its holder follows the noun: "The proposal drew harsh
// criticism from fellow hopefuls", "Cruz won the endorsement of Bob
// Vander Plaats", "Clinton has strong support among black voters".
// PolNeAR marks the subject as the content and the phrase after "from"
// or "of" as the source ("support among …" tells standing: see
// standingAmong).

// receiveVerbs take a noun whose holder is not their subject. Bare
// forms are left out: after "to" or a modal nothing has been said yet
// ("to win the support of …").
var receiveVerbs = setOf("drew drawn draws received receives faced faces won wins earned earns gotten got gets sparked sparks attracted attracts garnered garners enjoyed enjoys has had secured secures picked picks snagged landed lands netted gained gains")

// receivingForms are the progressive forms, taken after a "be" form: "the
// program is facing criticism from …".
var receivingForms = setOf("facing receiving drawing getting winning attracting")

// receivedNouns map a noun to the prepositions that open its holder:
// "criticism of" names what is criticised, "support of" who supports.
var receivedNouns = map[string]string{
	"criticism":    "from",
	"attacks":      "from",
	"condemnation": "from",
	"rebukes":      "from",
	"praise":       "from",
	"support":      "from of",
	"backing":      "from of",
	"endorsement":  "from of",
	"endorsements": "from of",
}

// receivedNominals adds the attributions of received nominal cues no
// other layout read.
func (f *finder) receivedNominals() {
	for si := range f.sents {
		f.receivedSentence(si)
	}
}

// receivedSentence reads sentence si.
func (f *finder) receivedSentence(si int) {
	if !f.sentHas(si, wcReceivedNoun) {
		return
	}
	d := f.d
	s := f.sents[si]
	for k := s.ts + 1; k+2 < s.te; k++ {
		if !d.in(k, wcReceivedNoun) || !d.word(k+1) || !receivedPrep(d.lw(k+1)) || d.toks[k].quote != 0 || d.toks[k+1].quote != 0 || d.toks[k].cap {
			continue
		}
		preps, ok := receivedNouns[d.lw(k)]
		if !ok || !containsWord(preps, d.lw(k+1)) {
			continue
		}
		v := f.receiveVerbBefore(k, s)
		if v < 0 {
			continue
		}
		o := f.holderAsContent(k)
		if o == nil && f.cueTaken(v, k+2) {
			continue
		}
		_, end, ok := f.npObjectSpan(k+2, s, false)
		if !ok {
			continue
		}
		end = f.holderEnd(k+2, end)
		end = f.holderApposition(end, s)
		sb, se := f.receivedSubject(v, s)
		if sb < 0 {
			continue
		}
		sp, ok := f.npSpan(sb, se)
		if !ok {
			continue
		}
		if o != nil {
			// Another layout read the holder as the content ("had the
			// full support of the movement"): the roles turn round.
			o.frags, o.srcS, o.srcE, o.coreE, o.inherit = [][2]int{sp}, k+2, end, end, -1
			continue
		}
		a := attr{cueS: v, cueE: k + 1, sent: si, srcS: k + 2, srcE: end, coreE: end, inherit: -1, frags: [][2]int{sp}, conf: 0.5}
		a.entry = cueEntry{Type: CueThought, Prec: 0.5}
		f.attrs = append(f.attrs, a)
	}
}

// receivedPrep says whether w may open a received noun's holder.
func receivedPrep(w string) bool { return w == "from" || w == "of" }

// receiveVerbBefore returns the receive verb before the noun at k, over
// up to three determiners and modifiers ("won the overwhelming support
// of"), or -1. A verb after "to" or a modal is left out.
func (f *finder) receiveVerbBefore(k int, s sent) int {
	d := f.d
	j := k - 1
	for n := 0; n < 3 && j > s.ts && d.word(j) && !d.toks[j].cap && !receiveVerbs[d.lw(j)] && !receivingForms[d.lw(j)] && !d.in(j, wcNPStop); n++ {
		j--
	}
	if j <= s.ts || !d.word(j) || d.toks[j].quote != 0 || !receiveVerbs[d.lw(j)] && !(receivingForms[d.lw(j)] && d.in(j-1, wcBeForm)) {
		return -1
	}
	if p := d.lw(j - 1); p == "to" || modalVerbs[p] {
		return -1
	}
	return j
}

// modalVerbs put a verb's event in prospect.
var modalVerbs = setOf("will would can could may might should must")

// holderEnd trims the holder phrase [b, end) after a received noun: a
// means ("won the support of millions by echoing …") and a share it is
// set against ("the backing of 33% of voters to Cruz's 20%") are no part
// of it, nor is closing punctuation.
func (f *finder) holderEnd(b, end int) int {
	d := f.d
	share := isNumberWord(d.lw(b))
	for i := b + 1; i < end; i++ {
		if d.is(i, "by") && isGerund(d.lw(i+1)) || share && d.is(i, "to") {
			end = i
			break
		}
		if i > b+1 && (d.is(i, "for") || d.is(i, "at") || d.is(i, "over")) && !d.toks[i-1].cap {
			end = i // "criticism from environmental groups for the pipeline": what for, not who
			break
		}
	}
	for end > b+1 && !d.word(end-1) && d.toks[end-1].kind != tkPoss && !d.is(end-1, ")") {
		end--
	}
	return end
}

// holderAsContent returns the attribution whose cue has the received
// noun at token k and whose content starts at the holder after it, or
// nil.
func (f *finder) holderAsContent(k int) *attr {
	p := int(f.d.toks[k+2].s)
	for i := range f.attrs {
		o := &f.attrs[i]
		if o.cueS <= k && k < o.cueE && len(o.frags) == 1 && o.frags[0][0] == p {
			return o
		}
	}
	return nil
}

// receivedSubject returns the tokens of the subject of the verb at v,
// which may be any noun phrase ("The proposal has drawn …"), or -1, -1.
func (f *finder) receivedSubject(v int, s sent) (int, int) {
	d := f.d
	j := f.cueStart(&attr{cueS: v}, s.ts)
	for j > s.ts && d.word(j) && !d.toks[j].cap && (d.inLex(j, lcNegation) || lyAdverb(d.lw(j))) {
		j-- // "quickly drew", "has not received"
		for j > s.ts && d.word(j) && d.in(j, wcSkipBetween) {
			j--
		}
	}
	if j < s.ts || d.toks[j].quote != 0 {
		return -1, -1
	}
	if isDashTok(d, j) {
		// "Rubio and Christie -- seeking breakout performances -- faced
		// …": the aside is no part of the subject.
		i := j - 1
		for i > s.ts && isDashTok(d, i) {
			i-- // "--" may be two tokens
		}
		for i > s.ts && i > j-25 && !isDashTok(d, i) {
			i--
		}
		if i <= s.ts || !isDashTok(d, i) {
			return -1, -1
		}
		for j = i - 1; j > s.ts && isDashTok(d, j); j-- {
		}
	}
	if d.word(j) && d.in(j, wcRelWord) {
		return j, j + 1
	}
	if d.word(j) && (d.in(j, wcNPStop) || d.in(j, wcAuxVerb)) {
		return -1, -1
	}
	b := d.npBack(j, s.ts)
	if b >= 0 {
		b = d.postmodBack(b, s.ts)
	} else {
		b = f.appositionBack(j, s.ts)
	}
	if b < 0 || b > j {
		return -1, -1
	}
	if t := f.leadingTime(b, j); t > b {
		b = t // "Earlier this week Trump secured …": the time is no part of it
	}
	return b, j + 1
}

// holderApposition extends a holder ending before the comma at token e
// over a name or an "including …" phrase that closes the sentence:
// "the endorsement of the evangelicals' leader, Bob Vander Plaats".
func (f *finder) holderApposition(e int, s sent) int {
	d := f.d
	if !d.is(e, ",") || !d.word(e+1) || d.toks[e+1].quote != 0 {
		return e
	}
	if w := d.lw(e + 1); !(d.toks[e+1].cap || w == "including" || w == "especially" || w == "particularly") {
		return e
	}
	for k := e + 1; k < s.te; k++ {
		if d.toks[k].quote != 0 || d.is(k, ",") || d.is(k, ";") || d.is(k, "—") {
			return e
		}
		if d.is(k, ".") && k+1 >= s.te || k+1 == s.te {
			return k
		}
	}
	return e
}

// leadingTime returns the token after a time phrase opening the subject
// [b, j] ("earlier this week", "last Tuesday"), or b. "This view"
// keeps its determiner: the phrase must end in a time word.
func (f *finder) leadingTime(b, j int) int {
	d := f.d
	k := b
	for k < j && d.word(k) && (d.in(k, wcTimeWord) || d.in(k, wcTimeSpan) || isWeekday(d.lw(k))) {
		k++
	}
	if k == b {
		return b
	}
	if w := d.lw(k - 1); timeSpans[w] || isWeekday(w) || w == "yesterday" || w == "today" || w == "earlier" || w == "later" || w == "recently" {
		return k
	}
	return b
}
