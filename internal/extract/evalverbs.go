package extract

// evalVerbFamilies are verbs of judging or speech acts whose object noun
// phrase PolNeAR marks as the content ("rebuked the governor", "has long
// championed the bill"), each as base, third person, past and participle.
// The learned lexicon (npcues_gen.go) keeps only forms seen three times,
// so its counts are pooled over a family: a form too rare to be learned,
// or with too few firings to be trusted, takes its family's record.
var evalVerbFamilies = [][4]string{
	{"endorse", "endorses", "endorsed", "endorsing"},
	{"rebuke", "rebukes", "rebuked", "rebuking"},
	{"criticize", "criticizes", "criticized", "criticizing"},
	{"criticise", "criticises", "criticised", "criticising"},
	{"praise", "praises", "praised", "praising"},
	{"attack", "attacks", "attacked", "attacking"},
	{"blame", "blames", "blamed", "blaming"},
	{"accuse", "accuses", "accused", "accusing"},
	{"defend", "defends", "defended", "defending"},
	{"condemn", "condemns", "condemned", "condemning"},
	{"denounce", "denounces", "denounced", "denouncing"},
	{"reject", "rejects", "rejected", "rejecting"},
	{"dismiss", "dismisses", "dismissed", "dismissing"},
	{"question", "questions", "questioned", "questioning"},
	{"challenge", "challenges", "challenged", "challenging"},
	{"mock", "mocks", "mocked", "mocking"},
	{"slam", "slams", "slammed", "slamming"},
	{"blast", "blasts", "blasted", "blasting"},
	{"champion", "champions", "championed", "championing"},
	{"embrace", "embraces", "embraced", "embracing"},
	{"tout", "touts", "touted", "touting"},
	{"hail", "hails", "hailed", "hailing"},
	{"applaud", "applauds", "applauded", "applauding"},
	{"credit", "credits", "credited", "crediting"},
	{"thank", "thanks", "thanked", "thanking"},
	{"cite", "cites", "cited", "citing"},
	{"decry", "decries", "decried", "decrying"},
	{"deride", "derides", "derided", "deriding"},
	{"ridicule", "ridicules", "ridiculed", "ridiculing"},
	{"assail", "assails", "assailed", "assailing"},
	{"lambaste", "lambastes", "lambasted", "lambasting"},
	{"laud", "lauds", "lauded", "lauding"},
	{"commend", "commends", "commended", "commending"},
}

// stanceVerbFamilies are verbs that take a side on their object ("Rubio
// opposes abortion", "the captain prefers the northern route"). A finite
// form too rare to be learned takes its family's pooled record, as for
// evalVerbFamilies; a learned form keeps its own, since the other layouts
// were tuned to it ("Local farmers preferred Okafor" is no poll finding).
// The participle mostly modifies a noun ("groups opposing her") and the
// infinitive hangs on another verb, which PolNeAR seldom marks
// (cross-fitted, 1 of 7 such pooled readings paired): they never pool.
// "favor" and "support" are left out: "favored Trump 46 percent to 32"
// and "favors X among Y" are poll findings gold marks about half the
// time, and "support" pooled changed nothing.
var stanceVerbFamilies = [][4]string{
	{"oppose", "opposes", "opposed", "opposing"},
	{"prefer", "prefers", "preferred", "preferring"},
}

// evalFamilyPhrases returns, for every form of every family and its "to"
// infinitive, the phrase with the family's pooled counts, and whether
// the pooled record is precise enough to add attributions. Forms already
// precise on their own are left alone by the caller.
func evalFamilyPhrases() map[string]npCue {
	out := map[string]npCue{}
	for _, fam := range evalVerbFamilies {
		if literalSenses[fam[0]] {
			continue
		}
		keys := append(fam[:], "to "+fam[0])
		sum := familyRecord(keys)
		forms := keys
		if nounHomographs[fam[0]] {
			forms = fam[2:] // "the attack", "his credits": no verb
		}
		for _, k := range forms {
			out[k] = sum
		}
	}
	for _, fam := range stanceVerbFamilies {
		sum := familyRecord(append(fam[:], "to "+fam[0]))
		for _, k := range fam[:3] {
			if _, ok := npCues[k]; !ok {
				out[k] = sum // a form with a record of its own keeps it
			}
		}
	}
	return out
}

// familyRecord sums the learned records of phrases keys, or gives a bare
// report record where none was learned.
func familyRecord(keys []string) npCue {
	var sum npCue
	for _, k := range keys {
		c := npCues[k]
		sum.np += c.np
		sum.other += c.other
		sum.fired += c.fired
		sum.hit += c.hit
		sum.fix += c.fix
		sum.broke += c.broke
	}
	if sum.np+sum.other == 0 {
		sum.np = 1 // no record: a report verb by construction
	}
	return sum
}

// evalFamilyAdds says whether a family's pooled record lets its forms add
// attributions. Where the layout counts npPrior misses against a rare
// phrase, a family counts them as hits: its verbs are chosen as report
// verbs, so it starts out precise and must be shown otherwise.
func evalFamilyAdds(c npCue) bool {
	return float64(c.hit+npPrior) >= npMinPrec*float64(c.fired+npPrior)
}

// nounHomographs are families whose base and third-person forms are
// more often nouns ("a question", "a challenge", "thanks"): only their
// past and participle stand for the family. (Families with a literal
// sense, as "attack", do not pool at all.)
// "blame", "praise" and "mock" are left out: as nouns they seldom stand
// between a subject and an object ("Voters blame the mayor").
var nounHomographs = setOf("question challenge thank champion rebuke ridicule")

// afterModal says whether the cue at k is a bare verb governed by a
// modal, across adverbs and a negation ("will surely criticize", "would
// not endorse"): a prediction or a hypothesis, which a family's record,
// drawn from reports, does not speak for.
func (f *finder) afterModal(k int, s sent) bool {
	d := f.d
	j := k - 1
	for j > s.ts && d.word(j) && (d.inLex(j, lcNegation) || lyAdverb(d.lw(j))) {
		j--
	}
	return d.word(j) && modalVerbs[d.lw(j)]
}

// denyingAdverbs before a verb say the act mostly did not happen ("had
// hardly praised the fees"): a family's record, drawn from reports, does
// not speak for it either.
var denyingAdverbs = setOf("hardly barely scarcely seldom rarely")

// literalSenses are families with a common physical or financial sense
// ("embracing her son", "slamming the door", "crediting accounts",
// "attacked the city"): only a form's own record may make it a cue.
var literalSenses = setOf("embrace slam credit hail blast attack")
