package extract

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
// minHeadCount times ("spokesman", "aides") or a noun that names people
// by their role.
func knownHead(w string) bool {
	return learnedHeads[w].Count >= minHeadCount || roleNouns[w]
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
	"councilman councilwoman councillor")

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
