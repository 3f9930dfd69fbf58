package extract

import "strings"

// idiom is a reporting idiom or a wire-style reporting verb that PolNeAR
// has too rarely for lexgen to learn: the verb's forms that report, the
// words that make it an idiom ("aim at"), its type and its precision.
type idiom struct {
	verbs string
	rest  string
	typ   CueType
	prec  float64
}

// idioms are read as cues only where the learned lexicon has no entry of
// their own (buildCueIndex): where train has a phrase, its figures stand.
// A phrase carries its own evidence (the particle or object that makes the
// idiom, "took aim at", "made no secret of") and takes a base form too
// ("will take aim at"); a single verb does not, since its base form is as
// often a noun ("vow", "jab"). Literal readings ("stood by the door",
// "walked back to the car", "went after the ball") keep such idioms near
// the 0.3 of a confident cue, where the layouts want a subject and a
// content of the right shape.
var idioms = []idiom{
	// phrasal idioms of criticism and stance
	{"weighed weighs weighing weigh", "in on", CueSpeech, 0.6},
	{"pushed pushes pushing push", "back on", CueSpeech, 0.6},
	{"pushed pushes pushing push", "back against", CueSpeech, 0.6},
	{"took takes taking take taken", "aim at", CueSpeech, 0.6},
	{"took takes taking take taken", "issue with", CueSpeech, 0.6},
	{"took takes taking take taken", "a swipe at", CueSpeech, 0.6},
	{"took takes taking take taken", "a shot at", CueSpeech, 0.4},
	{"took takes taking take taken", "shots at", CueSpeech, 0.5},
	{"took takes taking take taken", "some shots at", CueSpeech, 0.5},
	{"took takes taking take taken", "swipes at", CueSpeech, 0.6},
	{"took takes taking take taken", "a jab at", CueSpeech, 0.6},
	{"took takes taking take taken", "jabs at", CueSpeech, 0.6},
	{"took takes taking take taken", "a dig at", CueSpeech, 0.6},
	{"took takes taking take taken", "digs at", CueSpeech, 0.6},
	{"took takes taking take taken", "a potshot at", CueSpeech, 0.6},
	{"took takes taking take taken", "potshots at", CueSpeech, 0.6},
	{"doubled doubles doubling double", "down on", CueSpeech, 0.5},
	{"spoke speaks speaking spoken speak", "out against", CueSpeech, 0.6},
	{"spoke speaks speaking spoken speak", "out about", CueSpeech, 0.5},
	{"lashed lashes lashing lash", "out at", CueSpeech, 0.6},
	{"fired fires firing fire", "back at", CueSpeech, 0.6},
	{"hit hits hitting", "back at", CueSpeech, 0.5},
	{"railed rails railing rail", "against", CueSpeech, 0.7},
	{"jabbed jabbing", "at", CueSpeech, 0.3},
	{"swiped swiping", "at", CueSpeech, 0.3},
	{"poked pokes poking poke", "fun at", CueSpeech, 0.6},
	{"ripped rips ripping rip", "into", CueSpeech, 0.3},
	{"heaped heaps heaping heap", "praise on", CueSpeech, 0.6},
	{"poured pours pouring pour", "scorn on", CueSpeech, 0.6},
	{"poured pours pouring pour", "cold water on", CueSpeech, 0.6},
	{"threw throws throwing throw thrown", "cold water on", CueSpeech, 0.6},
	{"cast casts casting", "doubt on", CueSpeech, 0.5},
	{"sounded sounds sounding sound", "the alarm about", CueSpeech, 0.6},
	{"sounded sounds sounding sound", "the alarm over", CueSpeech, 0.6},
	{"sounded sounds sounding sound", "the alarm on", CueSpeech, 0.6},
	{"made makes making make", "no secret of", CueSpeech, 0.7},
	{"made makes making make", "the case", CueSpeech, 0.5},
	{"went goes going go gone", "on to say", CueSpeech, 0.8},
	// "add" also counts goals and offices: a bare object wants a subject
	// that can be a source.
	{"went goes going go gone", "on to add", CueSpeech, 0.3},
	{"went goes going go gone", "on to explain", CueSpeech, 0.7},
	{"went goes going go gone", "on to note", CueSpeech, 0.7},
	{"went goes going go gone", "after", CueSpeech, 0.3},
	{"chimed chimes chiming chime", "in", CueSpeech, 0.4},
	{"brushed brushes brushing brush", "aside", CueSpeech, 0.5},
	{"brushed brushes brushing brush", "off", CueSpeech, 0.5},
	{"shrugged shrugs shrugging shrug", "off", CueSpeech, 0.5},
	{"played plays playing play", "down", CueSpeech, 0.6},
	{"talked talks talking talk", "up", CueSpeech, 0.5},
	{"came comes coming come", "out against", CueSpeech, 0.6},
	{"stood stands standing stand", "by", CueSpeech, 0.3},
	{"walked walks walking walk", "back", CueSpeech, 0.3},
	{"signed signs signing sign", "off on", CueSpeech, 0.35},
	{"sided sides siding side", "with", CueSpeech, 0.5},
	{"singled singles singling single", "out", CueSpeech, 0.4},
	{"opened opens opening open", "up about", CueSpeech, 0.6},
	{"alluded alludes alluding allude", "to", CueSpeech, 0.6},
	{"touched touches touching touch", "on", CueSpeech, 0.4},
	{"voiced voices voicing voice", "support for", CueSpeech, 0.6},
	{"voiced voices voicing voice", "concern about", CueSpeech, 0.6},
	{"voiced voices voicing voice", "concerns about", CueSpeech, 0.6},
	{"voiced voices voicing voice", "opposition to", CueSpeech, 0.6},
	{"raised raises raising raise", "concerns about", CueSpeech, 0.4},
	{"shot shoots shooting", "back", CueSpeech, 0.5},
	{"objected objects objecting object", "to", CueSpeech, 0.5},
	{"laughed laughs laughing laugh", "off", CueSpeech, 0.5},
	{"waved waves waving wave", "off", CueSpeech, 0.4},
	{"waved waves waving wave", "aside", CueSpeech, 0.4},
	{"scoffed scoffs scoffing scoff", "at", CueSpeech, 0.6},
	{"sneered sneering", "at", CueSpeech, 0.5},
	{"hit hits hitting", "out at", CueSpeech, 0.6},
	{"railed rails railing rail", "at", CueSpeech, 0.6},
	{"sounded sounds sounding sound", "off on", CueSpeech, 0.6},
	{"weighed weighs weighing weigh", "in with", CueSpeech, 0.5},
	{"spoke speaks speaking spoken speak", "highly of", CueSpeech, 0.6},
	{"spoke speaks speaking spoken speak", "glowingly of", CueSpeech, 0.6},
	{"spoke speaks speaking spoken speak", "favorably of", CueSpeech, 0.6},
	{"went goes going go gone", "so far as to say", CueSpeech, 0.8},
	{"went goes going go gone", "as far as to say", CueSpeech, 0.8},
	{"came comes coming come", "to the defense of", CueSpeech, 0.6},
	{"took takes taking take taken", "credit for", CueSpeech, 0.5},
	{"threw throws throwing throw thrown", "his support behind", CueSpeech, 0.6},
	{"threw throws throwing throw thrown", "her support behind", CueSpeech, 0.6},
	{"threw throws throwing throw thrown", "their support behind", CueSpeech, 0.6},
	{"threw throws throwing throw thrown", "his weight behind", CueSpeech, 0.6},
	{"threw throws throwing throw thrown", "her weight behind", CueSpeech, 0.6},
	{"threw throws throwing throw thrown", "their weight behind", CueSpeech, 0.6},
	// single reporting verbs of wire copy
	{"quipped quipping", "", CueSpeech, 0.7},
	{"mused", "", CueSpeech, 0.5},
	{"conceded concedes conceding", "", CueSpeech, 0.7},
	{"cautioned cautions cautioning", "", CueSpeech, 0.5},
	{"cautioned cautions cautioning caution", "against", CueSpeech, 0.6},
	{"lamented laments lamenting", "", CueSpeech, 0.7},
	{"bemoaned bemoans bemoaning", "", CueSpeech, 0.7},
	{"scoffed scoffs scoffing", "", CueSpeech, 0.6},
	{"touted touts touting", "", CueSpeech, 0.6},
	{"decried decries decrying", "", CueSpeech, 0.7},
	{"reckons", "", CueThought, 0.4},
	{"vowed vows vowing", "", CueSpeech, 0.7},
	{"pledging", "", CueSpeech, 0.6},
	{"retorted retorts", "", CueSpeech, 0.7},
	{"countered", "", CueSpeech, 0.5},
	{"rebutted", "", CueSpeech, 0.6},
	{"refuted refutes refuting", "", CueSpeech, 0.5},
	{"queried", "", CueSpeech, 0.5},
	{"inquired inquires enquired enquires", "", CueSpeech, 0.5},
	{"fumed fuming", "", CueSpeech, 0.6},
	{"griped griping", "", CueSpeech, 0.6},
	{"grumbled grumbling", "", CueSpeech, 0.6},
	{"groused grouses grousing", "", CueSpeech, 0.6},
	{"opined opines", "", CueSpeech, 0.6},
	{"intoned intones", "", CueSpeech, 0.6},
	{"exclaimed exclaims", "", CueSpeech, 0.7},
	{"remarked", "", CueSpeech, 0.6},
	{"speculated speculates speculating", "", CueSpeech, 0.5},
	{"surmised surmises", "", CueThought, 0.6},
	{"hinted", "", CueSpeech, 0.5},
	{"rebuffed", "", CueSpeech, 0.5},
	{"rebuked rebuking", "", CueSpeech, 0.6},
	{"chided chides chiding", "", CueSpeech, 0.7},
	{"scolded", "", CueSpeech, 0.5},
	{"berated berates berating", "", CueSpeech, 0.5},
	{"excoriated excoriates excoriating", "", CueSpeech, 0.6},
	{"lambasted lambastes lambasting", "", CueSpeech, 0.5},
	{"derided derides deriding", "", CueSpeech, 0.4},
	{"ridiculed ridicules ridiculing", "", CueSpeech, 0.4},
	{"sneered", "", CueSpeech, 0.5},
	{"underscored underscores underscoring", "", CueSpeech, 0.5},
	{"lauded lauds lauding", "", CueSpeech, 0.6},
	{"deplored deplores deploring", "", CueSpeech, 0.6},
	{"averred avers", "", CueSpeech, 0.7},
	{"extolled extols extolling", "", CueSpeech, 0.7},
	{"trumpeted trumpeting", "", CueSpeech, 0.5},
	{"gushed", "", CueSpeech, 0.5},
	{"fretted frets fretting", "", CueThought, 0.5},
	{"confided confides", "", CueSpeech, 0.6},
	{"recounted recounting", "", CueSpeech, 0.6},
	{"posited posits", "", CueSpeech, 0.6},
	{"theorized theorizes", "", CueThought, 0.5},
	{"implored implores imploring", "", CueSpeech, 0.6},
	{"skewered", "", CueSpeech, 0.5},
	{"savaged", "", CueSpeech, 0.5},
	{"reassured", "", CueSpeech, 0.5},
	{"contended contends contending", "", CueSpeech, 0.6},
	{"elaborated", "", CueSpeech, 0.4},
}

// idiomCues are the idioms spelled out, one phrase per verb form.
var idiomCues = buildIdiomCues()

func buildIdiomCues() map[string]cueEntry {
	m := map[string]cueEntry{}
	for _, id := range idioms {
		for _, v := range strings.Fields(id.verbs) {
			k := v
			if id.rest != "" {
				k += " " + id.rest
			}
			m[k] = cueEntry{id.typ, 10, id.prec}
		}
	}
	return m
}
