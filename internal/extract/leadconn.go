package extract

// leadConnectives are sentence-opening discourse connectives that PolNeAR
// leaves outside a content placed before its attribution ("Still, almost
// two in three voters view Trump favorably, according to a Gallup Poll").
// Measured on train (content before its attribution, connective + comma at
// the sentence start): these stand outside the gold content 27 times and
// inside it 2; "But,", "Now,", "Instead," stay inside and are not listed.
// "And," with its comma: outside 5 of 5 preposed contents on train.
var leadConnectives = map[string]string{
	"still": "", "however": "", "indeed": "", "moreover": "", "nevertheless": "",
	"nonetheless": "", "meanwhile": "", "also": "", "furthermore": "", "and": "",
	"in": "fact addition contrast", "by": "contrast", "even": "so", "as": "a result",
}

// skipLeadConnective returns the token after "Still," / "In fact," / "As a
// result," when the sentence starting at ts opens with one and content
// remains before lim; otherwise ts.
func (d *doc) skipLeadConnective(ts, lim int) int {
	w := d.lw(ts)
	if w == "and" && d.word(ts+1) && !d.is(ts+1, "yet") && ts+3 < lim {
		// "And Rick Santorum also continued …, according to …": a
		// bare "And" stays outside (6 of 9 paired contents on train
		// change for the better); "But" and "And yet" stay in.
		return ts + 1
	}
	next, ok := leadConnectives[w]
	if !ok || !d.word(ts) {
		return ts
	}
	k := ts + 1
	switch next {
	case "":
	case "a result":
		if !d.is(k, "a") || !d.is(k+1, "result") {
			return ts
		}
		k += 2
	default:
		if !containsWord(next, d.lw(k)) {
			return ts
		}
		k++
	}
	if !d.is(k, ",") || d.toks[k].quote != 0 || k+2 >= lim || d.in(k+1, wcSubordinator) {
		return ts // "Still, though trade may be good …": the later gates read a leading subordinate clause
	}
	return k + 1
}

// containsWord says whether the space-separated list has the word w.
func containsWord(list, w string) bool {
	if w == "" {
		return false
	}
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		if i == len(list) {
			break
		}
		list = list[i+1:]
	}
	return false
}

// plainSay report speech and take a clause without "that"; sayPronouns
// are the persons whose attitude such a clause may report:
// subjectPronouns plus "you".
var (
	plainSay    = setOf("say says said saying")
	sayPronouns = setWith(subjectPronouns, "you")
)

// embeddedInSay: in "voters say they want immigrants to stay" the
// pronoun's attitude ("they want …") is itself what was said, and PolNeAR
// marks it as the content of the outer verb, from the pronoun on (116 of
// 133 such spans on train; the inner attitude alone never). When the outer
// verb found no source of its own and the inner cue took the pronoun, the
// content starts at the pronoun, and the outer verb is the cue: its
// subject right before it, else the clause's ("Voters were more likely
// to say they preferred …", "Trump struck a measured tone, saying he
// understood …").
func (f *finder) embeddedInSay(a *attr, s sent) {
	d := f.d
	if a.srcS < 1 || a.srcE != a.srcS+1 || a.srcE != a.cueS || !sayPronouns[d.lw(a.srcS)] || !d.in(a.srcS-1, wcPlainSay) || len(a.frags) == 0 {
		return
	}
	if st := int(d.toks[a.srcS].s); st < a.frags[0][0] {
		a.frags[0][0] = st
	}
	say := a.srcS - 1
	if d.is(say-1, "let") || d.is(say-2, "let") {
		return // "Let's say you think …": a supposition, no one reports it
	}
	b, e := d.npBack(say-1, s.ts), say
	if b < 0 {
		b, e = f.subject(s, say)
	}
	if b < 0 || e > say {
		return
	}
	a.srcS, a.srcE, a.coreE = b, e, e
	a.cueS, a.cueE = say, say+1
	a.entry.Type = CueSpeech
}
