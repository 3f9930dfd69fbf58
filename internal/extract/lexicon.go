package extract

import "strings"

// cueEntry describes one learned cue phrase.
type cueEntry struct {
	Type  CueType
	Count int
	Prec  float64
}

// headEntry describes one learned source head noun.
type headEntry struct {
	Count int
	Prec  float64
}

// minHeadCount is how many PolNeAR source mentions a learned head needs
// before a rule trusts it as a noun that can head a source: a word seen
// once or twice may be a one-off. lexgen writes only heads seen at least
// 3 times, so today this equals membership in learnedHeads; the rules
// test it explicitly so they keep their meaning if lexgen's cut changes.
const minHeadCount = 3

// knownHead says whether w is a learned source head seen at least
// minHeadCount times ("spokesman", "aides"), a noun that names people
// by their role, or the other number of either (numberHeads).
func knownHead(w string) bool {
	return learnedHeads[w].Count >= minHeadCount || roleNouns[w] || numberHeads[w]
}

// knownHeads is the set of words knownHead accepts, for its word class
// (wcKnownHead): the mention scans ask it of every word they walk over.
var knownHeads = headSet(0)

// headNouns is the set of lower-case words headOK accepts as a head
// noun (wcHeadNoun): learned heads of precision at least 0.05, role
// nouns and the other number of either.
var headNouns = headSet(0.05)

// headSet is the set of learned heads seen minHeadCount times with
// precision at least minPrec, role nouns and numberHeads.
func headSet(minPrec float64) map[string]bool {
	m := map[string]bool{}
	for w, h := range learnedHeads {
		if h.Count >= minHeadCount && h.Prec >= minPrec {
			m[w] = true
		}
	}
	for w := range roleNouns {
		m[w] = true
	}
	for w := range numberHeads {
		m[w] = true
	}
	return m
}

// numberHeads are the other number of a trusted head that names people:
// the plural of a role or learned singular ("fisherman" -> "fishermen",
// "writer" -> "writers") and the singular of a plural ("insiders" ->
// "insider"). A noun that names people as a source does so in either
// number, and news not seen in training uses the number the lexicon
// missed (cross-fitted, source exact +3 and +4 on the two halves).
var numberHeads = func() map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		if _, ok := learnedHeads[w]; ok || roleNouns[w] {
			return
		}
		// The singular of "conservatives", "hopefuls" or "findings" is
		// more often an adjective or a verb form than a head.
		for _, sfx := range [...]string{"ive", "al", "ful", "ike", "arian", "ing", "ed", "ly"} {
			if strings.HasSuffix(w, sfx) {
				return
			}
		}
		m[w] = true
	}
	// A learned head must be a fair source head (precision at least 0.1:
	// not "media", "data", "statement") and a noun with a regular number:
	// no pronoun, determiner or participle ("they", "others", "polled").
	trusted := func(w string) bool {
		if !roleNouns[w] && !(learnedHeads[w].Count >= minHeadCount && learnedHeads[w].Prec >= 0.1 && personNoun(w)) {
			return false
		}
		if len(w) < 4 || !isLowerWord(w) || npStop[w] || determiners[w] || pronouns[w] || standalone[w] {
			return false
		}
		for _, sfx := range [...]string{"ed", "ing", "self", "selves", "is", "ss", "us"} {
			if strings.HasSuffix(w, sfx) {
				return false
			}
		}
		return true
	}
	heads := make([]string, 0, len(learnedHeads)+len(roleNouns))
	for w := range learnedHeads {
		heads = append(heads, w)
	}
	for w := range roleNouns {
		heads = append(heads, w)
	}
	for _, w := range heads {
		if !trusted(w) {
			continue
		}
		n := len(w)
		switch {
		case strings.HasSuffix(w, "man"):
			add(w[:n-3] + "men")
		case strings.HasSuffix(w, "men"):
			add(w[:n-3] + "man")
		case strings.HasSuffix(w, "ies"):
			add(w[:n-3] + "y")
		case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
			add(w[:n-2])
		case strings.HasSuffix(w, "s"):
			add(w[:n-1])
		case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[n-2])):
			add(w[:n-1] + "ies")
		case strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "x"):
			add(w + "es")
		default:
			add(w + "s")
		}
	}
	return m
}()

// personNoun says whether w ends as nouns naming people do ("writer",
// "lobbyist", "politician", "attendee", "spokesman", "insiders"), unlike
// most bodies and documents ("boards", "statements"), whose other number
// is more often no source. The endings also let in a few documents
// ("paper", "letter", "precedents"), whose other number speaks as they
// do ("the letters say"); leaving them out moves no train figure.
func personNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, sfx := range [...]string{"er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "eer"} {
		if strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}

// isLowerWord says whether w is made of lower-case ASCII letters and
// hyphens only.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// roleNouns name people by occupation, role or relation. PolNeAR's
// political news teaches the heads its sources use; articles on sport,
// health, science, courts or business quote coaches, nurses and
// investors it never names. Words as often verbs or other nouns
// ("judges", "pilot", "witness", "principal", "volunteer") stay out.
var roleNouns = setOf("coach coaches player players striker strikers goalkeeper captain quarterback pitcher athlete athletes referee umpire teammate teammates owner owners " +
	"doctor doctors physician physicians nurse nurses surgeon surgeons patient patients dentist pharmacist therapist psychologist psychiatrist epidemiologist virologist " +
	"teacher teachers student students parent parents father mom dad son brother sister grandmother grandfather " +
	"engineer engineers biologist chemist physicist astronomer geologist climatologist meteorologist forecaster forecasters " +
	"prosecutor defender juror jurors detective detectives investigator sheriff trooper troopers firefighter firefighters paramedic paramedics " +
	"pundit pundits commentator presenter broadcaster farmer farmers worker workers miner miners driver drivers passenger passengers resident residents neighbor neighbors neighbour neighbours victim victims survivor survivors " +
	"investor banker bankers trader traders shareholder shareholders entrepreneur consultant consultants accountant " +
	"protester priest imam monk nun soldier soldiers commander commanders colonel sergeant veterans " +
	"artist artists singer musician producer writer novelist poet photographer rancher fisherman chef shopkeeper landlord tenant tenants customer customers voter citizen taxpayer " +
	"councilman councilwoman councillor counterpart counterparts agent agents curator critic critics trustee trustees")

// cuePrior is how many unseen non-cue occurrences a learned precision is
// shrunk by: a phrase seen once as a cue ("staged") is no sure cue. Set
// on dev, since train precisions of rare phrases are in-sample.
const cuePrior = 1

// shrunk is the entry's precision shrunk towards zero for rare phrases;
// entries made up by a layout (Count 0) keep theirs.
func (e cueEntry) shrunk() float64 {
	if e.Count == 0 || e.Prec <= 0 {
		return e.Prec
	}
	return float64(e.Count) / (float64(e.Count)/e.Prec + cuePrior)
}
