package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// entity is a person or organisation named in the article.
type entity struct {
	name   string   // "Emmanuel Macron"
	words  []string // lower-case name words
	title  string   // as written: "French President"
	tlow   []string // title words, lower case, demonyms normalised
	kind   SpeakerKind
	gender gender
	thing  bool // named after "the" ("the Cold War"): no pronoun's antecedent
}

// occurrence is one place where an entity (or a role) is mentioned.
type occurrence struct {
	tok     int
	ent     int // index into entities
	subject bool
	source  bool
}

var (
	// orgWords mark a name as an organisation's: the generic heads of
	// organisation names ("… Ministry", "… Times", "… Foundation"), the
	// organisations known by one word, and company suffixes.
	orgWords = setUnion(orgNouns, orgNames, corpSuffixes)
	orgNouns = setOf("house ministry office council party force department committee commission union campaign government agency bureau court congress senate parliament times post news press network institute university foundation corporation group bank fund association administration army navy police coalition organization organisation center centre journal magazine tribune herald guardian telegraph gazette service services company club caucus board holdings partners garden square avenue beach islands pac watch")
	// orgNames are organisations usually named by one word, so that "said
	// Pfizer" or "told CNN" names no person.
	orgNames = setWith(publicBodies, "cnn msnbc reuters afp ap twitter facebook google microsoft amazon youtube instagram politico forbes gallup verizon netflix walmart pfizer")
	// demonyms maps country names to the adjective, so "France's
	// President" matches "the French president".
	demonyms = map[string]string{
		"france": "french", "germany": "german", "ukraine": "ukrainian", "russia": "russian",
		"britain": "british", "uk": "british", "u.k.": "british", "england": "english",
		"america": "american", "us": "american", "u.s.": "american", "united states": "american",
		"china": "chinese", "italy": "italian", "spain": "spanish", "poland": "polish",
		"finland": "finnish", "sweden": "swedish", "norway": "norwegian", "denmark": "danish",
		"japan": "japanese", "india": "indian", "canada": "canadian", "mexico": "mexican",
		"turkey": "turkish", "iran": "iranian", "israel": "israeli", "netherlands": "dutch",
		"belgium": "belgian", "estonia": "estonian", "latvia": "latvian", "lithuania": "lithuanian",
		"hungary": "hungarian", "romania": "romanian", "greece": "greek", "austria": "austrian",
		"ireland": "irish", "scotland": "scottish", "australia": "australian", "brazil": "brazilian",
		"korea": "korean", "syria": "syrian", "iraq": "iraqi", "egypt": "egyptian", "saudi": "saudi",
		"pakistan": "pakistani", "afghanistan": "afghan", "belarus": "belarusian", "czech": "czech",
	}
)

// resolver links mentions to entities.
type resolver struct {
	f      *finder
	ents   []entity
	byKey  map[string]int // lower-case full name or last name -> entity
	occs   []occurrence
	sentOf []int32
	runs   []capRun
	// wbuf and kbuf hold the words (views of doc.low) and the joined
	// keys handed out by words and joinKey: slices of one array spare an
	// allocation per capitalised run. Neither is written below its
	// length, so what was handed out stays as it was.
	wbuf []string
	kbuf []byte
}

// load reads f's capitalised runs into rs, reusing the slices and map rs
// holds from an earlier article (see work.go).
func (rs *resolver) load(f *finder) {
	d := f.d
	// clear costs the map's whole capacity, which never shrinks: after a
	// long article a map far larger than this one needs is made anew.
	if n := len(d.toks) / 20; rs.byKey == nil || len(rs.byKey) > 4*n+64 {
		rs.byKey = make(map[string]int, n)
	} else {
		clear(rs.byKey)
	}
	rs.f = f
	rs.sentOf = resize(rs.sentOf, len(d.toks))
	rs.wbuf, rs.kbuf = rs.wbuf[:0], rs.kbuf[:0]
	for i := range rs.sentOf {
		rs.sentOf[i] = -1
	}
	for si, s := range f.sents {
		for k := s.ts; k < s.te; k++ {
			rs.sentOf[k] = int32(si)
		}
	}
	// Two passes: full names first so surnames seen earlier still resolve.
	// News text has about one capitalised run in ten tokens, most of them
	// names, and one entity in twenty: size for that rather than grow.
	runs := resize(rs.runs, len(d.toks)/10)[:0]
	rs.occs = resize(rs.occs, len(d.toks)/10)[:0]
	rs.ents = resize(rs.ents, len(d.toks)/20)[:0]
	for _, s := range f.sents {
		for k := s.ts; k < s.te; {
			// A run opens on a capital: a lone "al-Assad" is read where
			// it is a mention (resolve), its full name by runEnd.
			if !d.capWord(k) {
				k++
				continue
			}
			e := rs.runEnd(k, s.te)
			if r, ok := rs.scanRun(k, e, s.ts); ok {
				runs = append(runs, r)
				rs.addRun(&runs[len(runs)-1], false)
				if c := int(r.e); c+1 < e && d.is(c, "of") {
					// "Tom Baker of Acme Corp.": the employer after the
					// name nameOfPlace cut is a name of its own.
					if r, ok := rs.scanRun(c+1, e, s.ts); ok {
						runs = append(runs, r)
						rs.addRun(&runs[len(runs)-1], false)
					}
				}
			}
			k = e
		}
	}
	// "Xi Jinping", later "Xi"; "Hillary Clinton", later "Hillary": a
	// lone word a person's name opens with stands for that person, once
	// every surname has its key (so "Paul" stays Rand Paul's, not Paul
	// Ryan's).
	for id := range rs.ents {
		ws := rs.ents[id].words
		if rs.ents[id].kind != SpeakerPerson || len(ws) < 2 || len(ws) > 3 || strings.HasSuffix(ws[0], ".") || slices.ContainsFunc(ws, func(w string) bool { return orgWords[w] }) {
			continue
		}
		// A given name the lists know, or a short family name written
		// first ("Ban Ki-moon", "Gao Junlan"); not "Compaq Computer".
		if n := utf8.RuneCountInString(ws[0]); givenName(ws[0]) || n > 1 && n <= 3 || n > 3 && personTitled(rs.ents[id].tlow) && !titleLike[ws[0]] {
			if _, ok := rs.byKey[ws[0]]; !ok {
				rs.byKey[ws[0]] = id
			}
		}
	}
	// "De Blasio", "Van Kerkhove": a surname with its particle, before or
	// after the full name ("Bill de Blasio"), is that person, not another.
	for id := range rs.ents {
		ws := rs.ents[id].words
		if len(ws) < 2 || len(ws) > 3 || len(ws[0]) > 5 || !nameParticles[ws[0]] || rs.ents[id].kind != SpeakerPerson {
			continue
		}
		for j := range rs.ents {
			if en := &rs.ents[j]; j != id && en.kind == SpeakerPerson && len(en.words) > len(ws) && slices.Equal(en.words[len(en.words)-len(ws):], ws) {
				rs.byKey[rs.joinKey(ws)] = j
				if k, ok := rs.byKey[surname(ws)]; !ok || k == id {
					rs.byKey[surname(ws)] = j
				}
				break
			}
		}
	}
	for i := range runs {
		rs.addRun(&runs[i], true)
	}
	rs.runs = runs
}

// capRun is a capitalised run read once for both passes of resolver.load:
// tokens [k, e) after leading stop words and determiners, the name
// starting at ns after any title, and their lower-case words.
type capRun struct {
	k, e, ns, sentStart int32 // int32s and nameN keep the run at 72 bytes
	nameN               int32 // the name's words are the last nameN of ws
	ws                  []string
	key                 string // the name's words joined; set by the first pass that needs it
	org                 bool   // an organisation's name: "the Justice Department"
}

func (rs *resolver) scanRun(k, e, sentStart int) (capRun, bool) {
	d := rs.f.d
	for k < e && d.in(k, wcLeadStop|wcDeterminer) {
		k++
	}
	if k == sentStart && k+1 < e && d.word(k) && mentionOpeners[d.lw(k)] {
		k++ // "Perhaps Jones said": the name is the mention openerTrim left
	}
	if k == sentStart && k+1 < e && d.in(k, wcAuxVerb) && rs.question(sentStart) {
		k++ // "Will Sanders come down?", "Can Rubio win?": a question's auxiliary, no given name
	}
	if k == sentStart && k+1 < e && rs.headlineOpener(k, e) {
		k++ // "Understated Perez raises profile", "Beneath Clinton's wins": no part of the name
	}
	for k+1 < e && d.in(k, wcRunOpener) {
		k++ // "Maybe Trump", "Neither Donald J. Trump", "Despite Ted Cruz": no part of the name
	}
	if (k == sentStart || d.is(k-1, ",")) && k+1 < e && invertVerbs[d.lw(k)] && (e >= len(d.toks) || d.is(e, ":") || d.is(e, ".") || d.toks[e].kind == tkDQ) {
		k++ // "Added Smith: “…”": the verb stands before its source, no part of the name
	}
	if k >= e || (d.is(e-1, "no.") || d.is(e-1, ".") && d.is(e-2, "no")) && e < len(d.toks) && unicode.IsDigit(d.r[d.toks[e].s]) {
		return capRun{}, false // "World No. 1 Iga Swiatek": a rank, no one's name
	}
	e = d.nameOfPlace(k, e)
	ns := rs.splitRun(k, e)
	// The name's words are the last of the run's words.
	ws, n := rs.words(k, e), 0
	for i := ns; i < e; i++ {
		if d.toks[i].kind == tkWord {
			n++
		}
	}
	org := d.anyWordIn(k, e, wcOrgWord) && (ns >= e || d.anyWordIn(ns, e, wcOrgWord))
	return capRun{k: int32(k), e: int32(e), ns: int32(ns), sentStart: int32(sentStart), nameN: int32(n), ws: ws, org: org}, true
}

// personTitled says whether title words end in a person's title
// ("Indonesian President", "WHO Director-General"), so the name they
// precede is a person's whatever its shape.
func personTitled(tlow []string) bool {
	return len(tlow) > 0 && titleLike[tlow[len(tlow)-1]]
}

// givenLike says whether w may open a person's name as a given name: not
// a function word, pronoun, title or run opener ("About Donald Trump",
// "Her Hillary Clinton" are no names).
func givenLike(w string) bool {
	return len(w) > 1 && !npStop[w] && !runOpeners[w] && !titleLike[w] && !pronouns[w] && !possPronouns[w] && !determiners[w] && !orgWords[w]
}

// runEnd returns the end of a run of capitalised words starting at k.
func (rs *resolver) runEnd(k, lim int) int {
	d := rs.f.d
	e := k
	for e < lim {
		switch {
		case d.capWord(e):
			e++
		case e > k && d.toks[e].le-d.toks[e].ls >= 5 && d.low[d.toks[e].ls+2] == '-' && d.alName(e):
			e++ // "Bashar al-Assad"
		case d.toks[e].kind == tkPoss && d.capWord(e+1):
			e++
		case (d.is(e, "of") || d.is(e, "-")) && d.capWord(e+1) && e > k:
			e++
		case e > k && d.nameParticle(e) && (d.capWord(e+1) || d.nameParticle(e+1) && d.capWord(e+2)) && !d.in(e-1, wcTitleLike):
			e++ // "Ursula von der Leyen", "Mohammed bin Salman"
		default:
			return e
		}
	}
	return e
}

// groupWord says whether w is the plural of a title, party or
// nationality: "democrats", "americans", "senators".
func groupWord(w string) bool {
	if len(w) <= 3 || w[len(w)-1] != 's' || w == "brothers" || w == "sisters" {
		return false // "Lehman Brothers" is a company
	}
	w = w[:len(w)-1]
	return titleLike[w] && !titleMods[w] && !orgTitle[w]
}

// capOf says whether "of" joins capitalised words in [s, e), as in an
// institution's name: "the American Federation of Teachers", not "a
// quarter of Americans".
func (rs *resolver) capOf(s, e int) bool {
	d := rs.f.d
	for k := s + 1; k < e-1; k++ {
		if d.is(k, "of") && d.capWord(k-1) {
			return true
		}
	}
	return false
}

// forOrgName says whether the capitalised words [cs, e) are a body's
// name whose organisation noun takes "for" and its capitalised purpose,
// joined by lower-case function words: "Centers for Disease Control and
// Prevention", "Organisation for Security and Co-operation in Europe".
func (rs *resolver) forOrgName(cs, e int) bool {
	d := rs.f.d
	forAt := -1
	for k := cs; k < e; k++ {
		if d.capWord(k) {
			continue
		}
		if k == cs || k == e-1 || !d.word(k) || !orgJoiners[d.lw(k)] || forAt < 0 && !d.is(k, "for") {
			return false // only capitals before the "for": "Ann Lee of the … Center for" is a person
		}
		if forAt < 0 && d.is(k, "for") {
			forAt = k
		}
	}
	if forAt < 0 || !rs.orgFor(forAt) {
		return false
	}
	for k, and := forAt+1, false; k < e; k++ {
		if and = and || d.is(k, "and"); and && d.in(k, wcOrgWord) {
			return false // "… for Rural Schools and the Harbor Foundation": a second body
		}
	}
	return true
}

// orgFor says whether token k is the "for" of a body's name: after a
// capitalised organisation noun, before a capitalised word.
func (rs *resolver) orgFor(k int) bool {
	d := rs.f.d
	if !d.is(k, "for") || !d.capWord(k-1) || !d.capWord(k+1) {
		return false
	}
	h := d.lw(k - 1)
	return orgNouns[h] || len(h) > 4 && h[len(h)-1] == 's' && orgNouns[h[:len(h)-1]]
}

// orgJoiners join the capitalised words of a body's name.
var orgJoiners = setOf("for and of the in on")

// brandName says whether a one-word name is written as a brand, a
// capital inside it ("CrowdTangle", "EgyptAir", "HuffPost") other than
// a surname's ("McConnell", "DeSantis", "LaHood", "O'Rourke").
func brandName(name string) bool {
	if strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	if acronym(name) {
		return true // "DNC", "AFL-CIO", "F.B.I."
	}
	for i, r := range name {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		switch p := name[:i]; p {
		case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "O’", "D'", "D’":
			continue
		}
		if strings.ContainsAny(name[i-1:i], "-'’.") {
			continue // "Ocasio-Cortez", "al-Assad"
		}
		return !unicode.IsUpper(rune(name[i-1])) // "NASA", "FBI" are acronyms, kept as they were
	}
	return false
}

// acronym says whether name is written in capitals, three at least or
// two with points: "DNC", "AFL-CIO", "F.B.I.", not "TV" or "VP".
func acronym(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			n++
		case r != '.' && r != '-' && r != '&':
			return false
		}
	}
	return n >= 3 || n == 2 && strings.Count(name, ".") == 2 && name != "O.K."
}

// commonCapital says whether w, capitalised only as a sentence's first
// word, is a common word rather than a name: a pronoun or quantifier
// (closed), or a plural the article also writes in lower case or whose
// singular is a known head ("Billionaires", "Witnesses"); not "Jones"
// or "Walgreens".
func (rs *resolver) commonCapital(w string, closed bool) bool {
	if closed {
		return true
	}
	n := len(w)
	if n <= 4 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i' {
		return false
	}
	one := w[:n-1]
	if knownHead(one) || titleLike[one] {
		return true
	}
	d := rs.f.d
	for k := range d.toks {
		if t := &d.toks[k]; !t.cap && t.kind == tkWord && (int(t.le-t.ls) == n || int(t.le-t.ls) == n-1) && (d.is(k, w) || d.is(k, one)) {
			return true
		}
	}
	return false
}

// runOpeners open a sentence or a headline's capitalised run but no
// name: "Maybe Trump", "Despite Ted Cruz", "About Donald Trump".
var runOpeners = setOf("maybe neither nor either despite had has have did does do given certainly from like unlike about plus more less against amid over under during since until through across around per via than whether should would could can must might shall supporting endorsed dismissed")

// nameWord says whether token k is a word of a name: capitalised, or an
// Arabic surname with its article, "al-Assad", "el-Sisi".
func (d *doc) nameWord(k int) bool {
	if d.capWord(k) {
		return true
	}
	t := &d.toks[k]
	return !t.cap && t.le-t.ls >= 5 && d.low[t.ls+2] == '-' && d.alName(k)
}

// alName says whether the lower-case token k, its third byte a hyphen,
// is an Arabic surname with its article: "al-Assad", "el-Sisi".
func (d *doc) alName(k int) bool {
	t := &d.toks[k]
	if t.kind != tkWord || t.quote != 0 || d.low[t.ls+1] != 'l' || d.low[t.ls] != 'a' && d.low[t.ls] != 'e' {
		return false
	}
	return unicode.IsUpper(d.r[int(t.s)+3])
}

// nameParticles join the words of a name lower case: "Ursula von der
// Leyen", "Lula da Silva", "Mohammed bin Salman".
var nameParticles = setOf("von van der den de da di du del della dos das bin ibn ter ten le la")

// nameParticle says whether token k is a lower-case name particle.
func (d *doc) nameParticle(k int) bool {
	return d.word(k) && !d.toks[k].cap && d.toks[k].quote == 0 && d.inLex(k, lcNameParticle)
}

// nameSuffixes close a name after the surname: "Robert F. Kennedy Jr.".
var nameSuffixes = setOf("jr jr. sr sr. ii iii iv")

// surname returns the last word of a name's lower-case words that is
// no generational suffix: "kennedy" of "robert f. kennedy jr.".
func surname(ws []string) string {
	if n := len(ws); n > 1 && nameSuffixes[ws[n-1]] {
		return ws[n-2]
	}
	return ws[len(ws)-1]
}

// titleLike unites the title, role, office and demonym sets, so that the
// resolver's splitRun, which asks about every capitalised word, reads one
// class bit (wcTitleLike).
var titleLike = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{titleWords, roleNouns, nameTitles, orgTitle, demonymAdj} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range demonyms {
		m[w] = true
	}
	// A party stands before a name as a title does: "Democrat Hillary
	// Clinton", "House Republican Thomas Massie".
	m["democrat"], m["republican"] = true, true
	return m
}()

// capitals name governments when they speak ("Tehran has denied", "Berlin
// said"); with the countries in demonyms they are places, not people.
var capitals = setOf("washington london paris berlin moscow kyiv kiev beijing tokyo tehran ankara rome madrid brussels warsaw ottawa canberra delhi islamabad cairo riyadh jerusalem damascus baghdad kabul pyongyang seoul taipei minsk budapest vienna prague bern stockholm oslo helsinki copenhagen athens lisbon dublin amsterdam brasilia caracas havana manila jakarta hanoi bangkok doha beirut amman tripoli khartoum nairobi pretoria abuja addis tbilisi yerevan baku chisinau vilnius riga tallinn bucharest sofia belgrade zagreb ljubljana bratislava")

// stateFirstNames are states' names that are also given names or
// surnames: "Georgia said" may be a woman.
var stateFirstNames = setOf("georgia virginia carolina york jersey dakota indiana montana washington")

// isPlace says whether the lower-case word names a capital, a country or
// a state.
func isPlace(w string) bool {
	_, country := demonyms[w]
	return capitals[w] || country || usStates[w] && !stateFirstNames[w]
}

// corpSuffixes end company names and may be left off later.
var corpSuffixes = setOf("inc inc. llc ltd ltd. corp corp. co. plc gmbh")

// nameTitles are titles written before names that titleWords, which
// also reads source phrases, does without: "Sens. Ann Lee and Bo Park",
// "Rev. Al Green"; the offices of local government, "Superintendent Ann
// Lee", "County Coroner Bo Park"; and players' positions and a band's parts,
// "Midfielder Bo Park", "Drummer Bo Park".
var nameTitles = setOf("midfielder defender winger linebacker cornerback shortstop outfielder infielder drummer guitarist bassist keyboardist vocalist frontman frontwoman pianist superintendent coroner treasurer comptroller controller auditor assessor alderman alderwoman supervisor selectman selectwoman crown prince princess pres. admiral affairs administrator editor-in-chief commander-in-chief whip counsel advocate director-general attorney-general solicitor-general governor-general inspector-general surgeon-general vice-president sens. reps. govs. rev. reverend msgr. fr. prof. lt. col. capt. sgt. cmdr. adm. maj. brig. cpl. pfc. pvt. spc. supt. insp. det. mr mrs ms dr prof cllr lt capt sgt cmdr maj brig cpl supt insp det inspector constable")

// demonymAdj holds the adjectives of demonyms: "french", "german".
var demonymAdj = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range demonyms {
		m[v] = true
	}
	return m
}()

// orgTitle are organisations that prefix a title: "NATO Secretary-General".
var orgTitle = setOf("nato un u.n. eu u.s. us uk u.k. white house state defense pentagon kremlin senate")

// nameOfPlace returns where a person's name in the capitalised run
// [k, e) ends before "of" and a place or employer: "Sen. Ann Lee of
// Ohio", "Ann Lee of the Brookings Institution". Two name words must
// stand before "of" (or an abbreviated title and a surname: "Mr. Peck of
// SunTrust"), neither a title nor an institution's word, so that
// "Bank of England" and "Secretary of State" stay whole. Else e.
func (d *doc) nameOfPlace(k, e int) int {
	for i := k + 2; i < e-1; i++ {
		if d.is(i, "of") && !d.toks[i].cap && d.capWord(i-1) && d.capWord(i-2) && (!d.in(i-1, wcTitleLike|wcLeadStop) || d.givenBefore(i-1)) && (!d.in(i-2, wcTitleLike|wcLeadStop) || honorific(d.lw(i-2))) && !orgWords[d.lw(i-1)] && !orgWords[d.lw(i-2)] {
			return i
		}
	}
	return e
}

// honorific says whether w is an abbreviated title before a surname:
// "Mr. Dorsey of Kettlebank", "Sen. Lee of Ohio".
func honorific(w string) bool {
	return len(w) > 2 && w[len(w)-1] == '.' && (titleWords[w] || nameTitles[w])
}

// splitRun separates the title words at the front of a run from the name.
func (rs *resolver) splitRun(k, e int) (nameStart int) {
	d := rs.f.d
	ns := k
	for i := k; i < e; i++ {
		w := d.lw(i)
		if w == "of" && i > k && !d.toks[i].cap && orgWords[d.lw(i-1)] {
			// "of" continues a title ("Secretary of State John Kerry")
			// but not an institution's name: "the Republican Party of
			// Wyoming" is one name, from the capitalised words before
			// "of".
			j := i - 1
			for j > k && d.capWord(j-1) && !d.in(j-1, wcLeadStop) {
				j--
			}
			ns = j
			continue
		}
		if i == e-2 && i > k && nameSuffixes[d.lw(e-1)] {
			continue // "Martin Luther King III": a suffix follows a surname
		}
		if i > k && i+2 == e && d.in(i-1, wcOrgWord) && d.capWord(i) && givenName(w) {
			ns = i // "Fox News Sean Hannity": an employer before a full name
			continue
		}
		if i == k && e-k >= 3 && d.toks[i].cap && d.in(i, wcKnownHead) && !givenName(w) && d.capWord(i+1) && d.capWord(i+2) {
			ns = i + 1 // "Actor Clint Howard", "Billionaire Donald Trump": a head capitalised at the start
			continue
		}
		if d.toks[i].kind == tkPoss || d.in(i, wcTitleLike|wcLeadStop) && !(i == e-1 && (roleNouns[w] && !titleWords[w] || i > k && d.givenBefore(i))) || w == "of" {
			ns = i + 1 // a role noun closing the run is a surname: "Paul Farmer"
		}
	}
	if ns > k+1 && ns+3 <= e {
		// "The Mayor of Malmo Petra Lindqvist", "Governor of New York
		// Andrew Cuomo", "Director of National Intelligence Avril
		// Haines": after "<title> of" the place or office runs on to
		// the name, its last two words, or three with an initial ("Greg
		// W. Abbott").
		for i := k + 1; i < ns; i++ {
			if d.is(i, "of") && d.capWord(i-1) && d.in(i-1, wcTitleLike) && (i == ns-1 || !givenName(d.lw(ns))) {
				n := e - 2
				if w := d.lw(n); len(w) == 2 && w[1] == '.' && n-1 >= ns {
					n--
				}
				ns = n
				break
			}
		}
	}
	return ns
}

// givenBefore says whether the word before token i, a title word closing
// a run, makes it a surname: a given name ("Amy Pope", "Steve Israel"),
// an initial ("Peter T. King") or an honorific ("Mr. King"), but not
// "Mr. President".
func (d *doc) givenBefore(i int) bool {
	p := d.lw(i - 1)
	switch {
	case givenName(p):
		return true
	case len(p) == 2 && p[1] == '.' && d.toks[i-1].cap:
		return true
	case p == "mr." || p == "mrs." || p == "ms." || p == "dr." || p == "mr" || p == "mrs" || p == "ms" || p == "dr":
		return !addressTitles[d.lw(i)]
	}
	return false
}

// addressTitles follow "Mr." as a form of address, not a surname: "Mr.
// President", "Madam Speaker".
var addressTitles = setOf("president speaker chairman chairwoman secretary ambassador mayor governor senator justice minister prime vice")

// words returns the lower-case words of tokens [k, e), held in wbuf.
// The slice's capacity ends at its length, so that appending to it
// copies rather than overwrites what words returns next.
func (rs *resolver) words(k, e int) []string {
	d := rs.f.d
	start := len(rs.wbuf)
	for i := k; i < e; i++ {
		if d.toks[i].kind == tkWord {
			rs.wbuf = append(rs.wbuf, d.lw(i))
		}
	}
	return rs.wbuf[start:len(rs.wbuf):len(rs.wbuf)]
}

// joinKey is strings.Join(ws, " "), held in kbuf.
func (rs *resolver) joinKey(ws []string) string {
	start := len(rs.kbuf)
	for i, w := range ws {
		if i > 0 {
			rs.kbuf = append(rs.kbuf, ' ')
		}
		rs.kbuf = append(rs.kbuf, w...)
	}
	if len(rs.kbuf) == start {
		return ""
	}
	return unsafe.String(&rs.kbuf[start], len(rs.kbuf)-start)
}

func isOrgRun(ws []string) bool {
	for _, w := range ws {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// addRun records a capitalised run. In the first pass only full names
// (two or more name words) become entities; the second records
// occurrences, resolving surnames to full names.
func (rs *resolver) addRun(r *capRun, second bool) {
	d := rs.f.d
	k, e, ns, sentStart, ws := int(r.k), int(r.e), int(r.ns), int(r.sentStart), r.ws
	nameWs := ws[len(ws)-int(r.nameN):]
	if r.org {
		// Organisations are named in the first pass too, so that a later
		// short form ("Consolidated Metals") finds its company rather
		// than becoming a person.
		key := rs.joinKey(ws)
		id, ok := rs.byKey[key]
		if !ok {
			id = len(rs.ents)
			rs.ents = append(rs.ents, entity{name: d.text(int(d.toks[k].s), int(d.toks[e-1].e)), words: ws, kind: SpeakerOrganization})
			rs.byKey[key] = id
			if n := len(ws); n > 2 && corpSuffixes[ws[n-1]] {
				// "Consolidated Metals Inc", later "Consolidated Metals".
				short := rs.joinKey(ws[:n-1])
				if _, taken := rs.byKey[short]; !taken {
					rs.byKey[short] = id
				}
			}
		}
		if !second {
			return
		}
		rs.occs = append(rs.occs, occurrence{tok: k, ent: id, subject: k-sentStart < 3})
		return
	}
	if ns >= e || len(nameWs) == 0 || nameWs[len(nameWs)-1] == "i" || len(nameWs) > 4 && !(len(nameWs) <= 6 && nameParticles[nameWs[len(nameWs)-2]]) {
		return
	}
	title, tk := "", k // tk: the title's first token
	if ns > k {
		title = d.text(int(d.toks[k].s), int(d.toks[ns-1].e))
	} else if len(nameWs) >= 2 {
		// Only a full name: "top GOP" makes no person of "GOP".
		if tk = rs.leadTitle(k, sentStart); tk < k {
			title = d.text(int(d.toks[tk].s), int(d.toks[k-1].e))
		}
	}
	nameFrom := ns
	if ns == k+2 && len(nameWs) == 1 && d.is(ns-1, "of") && peerTitles[d.lw(k)] {
		// "The Duke of Edinburgh", "the Archbishop of Canterbury": a
		// title and its place are the name, not the place alone.
		nameFrom, title = k, ""
	}
	if r.key == "" {
		r.key = rs.joinKey(nameWs)
	}
	key := r.key
	if !second {
		if len(nameWs) < 2 {
			return
		}
		if _, ok := rs.byKey[key]; ok {
			return
		}
		if ns == k && k > 0 && d.is(k-1, "the") && !givenName(nameWs[0]) {
			// "the Trump Train", "the Cold War", "the Pacific Command": a
			// name after "the" names a body or a thing, which no "he"
			// or "his" stands for ("the Bernie Sanders campaign" opens
			// with a given name).
			id := len(rs.ents)
			rs.ents = append(rs.ents, entity{name: d.text(int(d.toks[k].s), int(d.toks[e-1].e)), words: nameWs, kind: SpeakerOrganization, thing: true})
			rs.byKey[key] = id
			if _, ok := rs.byKey[surname(nameWs)]; !ok {
				rs.byKey[surname(nameWs)] = id // "the Chicago Sun-Times", later "the Sun-Times"
			}
			return
		}
		if len(nameWs) == 2 && !givenName(nameWs[0]) && !orgWords[nameWs[1]] {
			// "Victoria Rodriguez Ceja", later "Rodriguez Ceja": a
			// double surname is the person named in full before (a
			// given name first makes a full name of its own).
			for j := range rs.ents {
				if en := &rs.ents[j]; en.kind == SpeakerPerson && len(en.words) == 3 && en.words[1] == nameWs[0] && en.words[2] == nameWs[1] && givenLike(en.words[0]) {
					rs.byKey[key] = j
					return
				}
			}
		}
		en := entity{name: d.text(int(d.toks[ns].s), int(d.toks[e-1].e)), words: nameWs, title: title, tlow: rs.normTitle(rs.words(tk, ns)), kind: SpeakerPerson}
		en.gender = genderGuess(nameWs[0], rs.words(max(k-1, 0), ns))
		id := len(rs.ents)
		rs.ents = append(rs.ents, en)
		rs.byKey[key] = id
		if _, ok := rs.byKey[surname(nameWs)]; !ok {
			rs.byKey[surname(nameWs)] = id
		}
		if sn := surname(nameWs); len(sn) > 3 && sn[2] == '-' && (sn[:2] == "al" || sn[:2] == "el") {
			if _, ok := rs.byKey[sn[3:]]; !ok {
				rs.byKey[sn[3:]] = id // "Bashar al-Assad", later "Assad"
			}
		}
		for i := 2; i < len(nameWs)-1; i++ {
			if _, ok := rs.byKey[nameWs[i-1]]; nameParticles[nameWs[i]] && !ok {
				// "Luiz Inácio Lula da Silva", later "Lula": the surname
				// before the particle, when a given name precedes it.
				rs.byKey[nameWs[i-1]] = id
				break
			}
		}
		return
	}
	id, ok := rs.byKey[key]
	if !ok {
		id, ok = rs.byKey[surname(nameWs)]
	}
	if !ok {
		if len(nameWs) > 1 || ns == k && k == sentStart || pronouns[nameWs[0]] || isPlace(nameWs[0]) || groupWord(nameWs[0]) {
			return // "I" is no name, and "Tehran" speaks as a government
		}
		// A lone name with a title ("President Trump") is still a person.
		id = len(rs.ents)
		// Its one word is a surname or a first name ("Melanie said"):
		// the title or the names list tells the gender, not an -a, and
		// not after a preposition ("in Charlotte").
		g := genderGuess("", rs.words(max(k-1, 0), ns))
		if g == genderUnknown && givenName(nameWs[0]) && !(k > 0 && d.in(k-1, wcVenuePrep)) {
			g = genderGuess(nameWs[0], nil)
		}
		name, kind := d.text(int(d.toks[nameFrom].s), int(d.toks[e-1].e)), SpeakerPerson
		if title == "" && brandName(name) {
			kind = SpeakerOrganization // "CrowdTangle", "EgyptAir"
		}
		rs.ents = append(rs.ents, entity{name: name, words: nameWs, title: title, tlow: rs.normTitle(rs.words(tk, ns)), kind: kind, gender: g})
		rs.byKey[key] = id
	}
	if rs.ents[id].gender == genderUnknown && ns > k {
		rs.ents[id].gender = genderGuess("", rs.words(k, ns)) // "Mrs. Clinton"
	}
	if title != "" && rs.ents[id].title == "" {
		rs.ents[id].title = title
		rs.ents[id].tlow = rs.normTitle(rs.words(tk, ns))
	}
	if en := &rs.ents[id]; len(en.tlow) == 0 && d.is(e, ",") {
		en.tlow = rs.apposedTitle(e + 1)
	}
	rs.occs = append(rs.occs, occurrence{tok: k, ent: id, subject: k-sentStart < 3})
}

// apposedTitle reads the title in an apposition starting at token k,
// after a name and its comma: "the former German chancellor,",
// "Brazil's finance minister,", "chief justice of the United States".
// It returns the title's lower-case words (countries as demonyms), held
// in wbuf, or nil when the apposition does not end in a title noun
// (" 45,", "her husband,").
func (rs *resolver) apposedTitle(k int) []string {
	d := rs.f.d
	if k < len(d.toks) && d.in(k, wcDeterminer) {
		k++
	}
	e := k
	for e < len(d.toks) && e-k < 6 && (d.word(e) && d.toks[e].quote == 0 || d.toks[e].kind == tkPoss) && !d.is(e, "of") && !d.in(e, wcVenuePrep) && !sourcePreps[d.lw(e)] {
		e++
	}
	if e == k || e >= len(d.toks) || !(d.is(e, ",") || d.is(e, "of")) {
		return nil
	}
	if w := d.lw(e - 1); !d.word(e-1) || d.toks[e-1].cap || !(titleWords[w] || roleNouns[w] || apposedHeads[w]) {
		return nil
	}
	return rs.normTitle(rs.words(k, e))
}

// peerTitles are held of a place and named by it: "the Duke of
// Edinburgh", "the Archbishop of Canterbury".
var peerTitles = setOf("duke duchess prince princess earl countess archbishop bishop baron baroness marquess viscount emir")

// apposedHeads are titles an apposition gives that the title sets lack:
// "Mohammed bin Salman, the crown prince,".
var apposedHeads = setOf("prince princess duke duchess emperor empress sheikh cardinal archbishop")

// leadTitle finds a lower-case title written before the capitalised run
// at token k, with what it belongs to: "Hungary's foreign minister |
// Peter Szijjarto", "Chelsea manager | Mauricio Pochettino". It returns
// the title's first token, or k.
func (rs *resolver) leadTitle(k, sentStart int) int {
	d := rs.f.d
	ts, titled := k, false
	for j := k - 1; j >= sentStart && k-j <= 6; j-- {
		switch {
		case d.word(j) && !d.toks[j].cap && d.in(j, wcTitleLike) && d.toks[j].quote == 0:
			ts, titled = j, true
		case titled && d.toks[j].kind == tkPoss && d.capWord(j-1):
			ts = j - 1 // "Hungary's"
			j--
		case titled && d.capWord(j) && !d.in(j, wcLeadStop|wcDeterminer):
			ts = j // "Chelsea manager"
		default:
			return ts
		}
	}
	return ts
}

// titleSpelt spells out abbreviated titles, so that "Sen. Ann Lee" is
// "the senator" and "Dr. Ines Varga" "the doctor".
var titleSpelt = map[string]string{
	"sen.": "senator", "gov.": "governor", "rep.": "representative", "dr.": "doctor", "prof.": "professor",
	"gen.": "general", "adm.": "admiral", "gov": "governor", "sen": "senator", "supt.": "superintendent",
}

// normTitle returns title words with country names as demonyms and
// abbreviations spelt out, held in wbuf like words.
func (rs *resolver) normTitle(ws []string) []string {
	start := len(rs.wbuf)
	for _, w := range ws {
		if dm, ok := demonyms[w]; ok {
			w = dm
		} else if full, ok := titleSpelt[w]; ok {
			w = full
		}
		rs.wbuf = append(rs.wbuf, w)
	}
	return rs.wbuf[start:len(rs.wbuf):len(rs.wbuf)]
}

// speakerFor resolves the source mention of attribution ai.
func (rs *resolver) speakerFor(ai int, speakers []Speaker) (Speaker, []Speaker) {
	f := rs.f
	d := f.d
	a := &f.attrs[ai]
	if a.srcS < 0 || a.inherit >= 0 {
		if a.inherit >= 0 && a.inherit < ai {
			sp := speakers[a.inherit]
			sp.Confidence = math.Round(sp.Confidence*80) / 100 // two decimals, as every other confidence
			return sp, nil
		}
		return Speaker{}, nil
	}
	s, e := a.srcS, d.photoRefCut(a.srcS, a.srcE) // "Ann Lee (left)": the pointer names no one
	if d.is(e-1, ")") {
		// "Sen. Chuck Grassley (R-Iowa)": a closing aside names no one.
		for k := e - 2; k > s; k-- {
			if d.is(k, "(") {
				e = k
				break
			}
		}
	}
	if ns, ne := rs.namedApposition(s, e); ns >= 0 {
		if sp := rs.resolve(ns, ne, ai, speakers); sp.Kind == SpeakerPerson {
			if sp.Title == "" {
				ts := s
				if articles[d.lw(ts)] {
					ts++ // "One of the authors" keeps its "One"
				}
				sp.Title = d.text(int(d.toks[ts].s), int(d.toks[ns-2].e))
			}
			// "A spokeswoman for the ministry, Pascale Roy,": the
			// description tells a gender the name may not.
			rs.noteGender(sp.Name, genderGuess("", rs.words(s, ns)))
			return sp, nil
		}
	}
	if a.coreE > s && a.coreE < e {
		e = a.coreE
	} else if k := rs.nameThenComma(s, e); k > 0 {
		e = k // "Owen Jones, a liberal columnist": the name, not its apposition
	}
	if e-1 > s && e <= a.cueS && d.word(e-1) && auxContraction(d.lw(e-1)) {
		e-- // "Ann Lee didn’t say …": the negated auxiliary is the verb's, as mentionCut has it
	}
	// "Palin's post said", "The KGB planted articles saying": the
	// speaker is who the reported mention names, not the words it was
	// cut from.
	if c := f.mentionCut(a); c > s && c < e {
		e = c
	}
	// "An official who was not authorized to speak": the mention keeps
	// the clause, as PolNeAR does, but the speaker is the official;
	// "those who voted" needs its clause.
	for k := s + 1; k < e; k++ {
		if d.is(k, "who") && d.toks[k].quote == 0 && !d.is(k-1, ",") {
			if !d.in(k-1, wcPronoun|wcDeterminer|wcQuantifier) && !standalone[d.lw(k-1)] {
				e = k
			}
			break
		}
	}
	// Several speakers: "both Macron and Zelenskyy".
	for k, forOrg := s+1, false; k < e-1; k++ {
		if rs.orgFor(k) {
			forOrg = true // "Centers for Disease Control and Prevention": one body
		}
		if d.is(k, "and") && d.capWord(k-1) && d.capWord(k+1) && (!forOrg || isOrgRun(rs.words(k+1, e))) {
			ls := s
			if d.is(ls, "both") {
				ls++
			}
			left := rs.resolve(ls, k, ai, speakers)
			right := rs.resolve(k+1, e, ai, speakers)
			if w := d.lw(k - 1); left.Kind == SpeakerRole && right.Kind == SpeakerPerson && personTitle(w) && !strings.HasSuffix(w, "s") {
				// "former Pennsylvania Gov. and Democratic National
				// Committee Chairman Ed Rendell": two titles of one person.
				return right, nil
			}
			return left, []Speaker{left, right}
		}
	}
	return rs.resolve(s, e, ai, speakers), nil
}

// nameThenComma returns where a name opening the mention [s, e) ends
// at a comma before an apposition ("Owen Jones, a liberal columnist",
// "Tracy Martin, Trayvon's father"), or -1.
func (rs *resolver) nameThenComma(s, e int) int {
	d := rs.f.d
	if !d.nameWord(s) {
		return -1
	}
	for k := s + 1; k < e-1 && k <= s+6; k++ {
		switch {
		case d.is(k, ","):
			if n := k + 1; d.in(n, wcDeterminer) || d.word(n) && !d.toks[n].cap || n+1 < e && d.toks[n+1].kind == tkPoss {
				return k
			}
			return -1
		case d.nameWord(k) || d.is(k, ".") || d.nameParticle(k):
		default:
			return -1
		}
	}
	return -1
}

// recentGroup finds the plural role speaker of one of the last two
// attributions, within two sentences before token s, that "they" at s
// stands for.
func (rs *resolver) recentGroup(s, ai int, speakers []Speaker) (Speaker, bool) {
	si := rs.sentOf[s]
	for j := ai - 1; j >= 0 && j >= ai-2; j-- {
		a := &rs.f.attrs[j]
		if a.srcS < 0 || a.srcS >= s || si-rs.sentOf[a.srcS] > 2 {
			break
		}
		sp := speakers[j]
		if sp.Kind != SpeakerRole {
			continue
		}
		if h := roleHead(sp.Name); len(h) > 3 && h[len(h)-1] == 's' && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "is") && !strings.HasSuffix(h, "us") && !pronouns[h] && !documentHeads[h] {
			sp.Confidence = 0.4
			return sp, true
		}
	}
	return Speaker{}, false
}

// documentHeads are plural heads of things, not people, that "they"
// rarely stands for as a speaker: "Polls show …. They see".
var documentHeads = setOf("polls results returns surveys reports records documents data figures numbers estimates filings emails letters ads statements analyses studies")

// noteGender gives the person named name the gender g when nothing told
// it before.
func (rs *resolver) noteGender(name string, g gender) {
	if g == genderUnknown {
		return
	}
	for i := range rs.ents {
		if en := &rs.ents[i]; en.name == name && en.kind == SpeakerPerson && en.gender == genderUnknown {
			en.gender = g
		}
	}
}

// namedApposition finds the name after a description in the mention
// [s, e): "The mayor of Halifax, Andy Fillmore,", "the firm's chief
// executive, Ann Lee". The description opens with a determiner or a
// possessive and has a lower-case word; the name is two to four
// capitalised words closing the mention or followed by a comma. It
// returns the name's tokens, or -1, -1.
func (rs *resolver) namedApposition(s, e int) (int, int) {
	d := rs.f.d
	if e-s < 4 || !d.in(s, wcDeterminer) && !d.in(s, wcPossPronoun) && !(d.capWord(s) && d.toks[s+1].kind == tkPoss) {
		return -1, -1 // "The mayor …", "her lawyer …", "Britain's foreign secretary …"
	}
	for k := s + 2; k < e-2 && k < s+10; k++ {
		if !d.is(k, ",") {
			if d.toks[k].quote != 0 || d.toks[k].kind != tkWord && !d.possAt(k) {
				return -1, -1 // a plural's bare mark is a possessive too: "The Philippines' foreign minister"
			}
			continue
		}
		// The description's head names a person's role ("The maker of
		// the jet, General Dynamics," names a company).
		h := k - 1
		for j := s + 1; j < k; j++ {
			if sourcePreps[d.lw(j)] || d.is(j, "who") {
				h = j - 1 // "The lawmaker who tabled the motion, Ann Lee,"
				break
			}
		}
		// An all-caps title is still a role: "The firm's CEO, Dana Roy,".
		// A capitalised head must be a title: "The Japanese Prime
		// Minister, Fumio Kishida,", "The Archbishop of Canterbury,
		// Justin Welby,".
		hw := d.lw(h)
		// A possessed lower-case head is a relation to someone, so a role
		// whatever the noun: "His opponent, Jannik Sinner", "Her co-star,
		// Mark Ruffalo".
		if !d.word(h) || d.toks[h].cap && !d.allCaps(h) && !titleWords[hw] && !peerTitles[hw] || !(d.in(h, wcTitleWord) || roleNouns[hw] || holderRoles[hw] || peerTitles[hw] || !d.toks[h].cap && !d.in(h, wcOrgWord) && !institutionHeads[hw] && rs.possessed(s, k)) {
			return -1, -1
		}
		ne := k + 1
		for ne < e && (d.nameWord(ne) && !d.in(ne, wcLeadStop) || d.is(ne, ".") && ne > k+1) {
			ne++
		}
		// The name may close the mention, meet a comma or take its
		// affiliation: "the study's lead author, Ann Lee of Yale".
		if n := ne - (k + 1); n < 2 || n > 5 || ne < e && !d.is(ne, ",") && !d.is(ne, "of") || d.anyWordIn(k+1, ne, wcOrgWord) {
			return -1, -1
		}
		return k + 1, ne
	}
	return -1, -1
}

// resolve names the speaker of the mention tokens [s, e).
func (rs *resolver) resolve(s, e, ai int, speakers []Speaker) Speaker {
	d := rs.f.d
	if s >= e {
		return Speaker{}
	}
	if e-s >= 2 && d.toks[e-1].kind == tkPoss {
		// "Mayor Ann Lee's" (the possessor of a report, its head noun
		// taken by a nominal cue): the speaker is the possessor.
		return rs.resolve(s, e-1, ai, speakers)
	}
	ws := rs.words(s, e)
	if len(ws) == 0 {
		return Speaker{}
	}
	head := ws[len(ws)-1]
	raw := d.text(int(d.toks[s].s), int(d.toks[e-1].e))
	// "…, who said": the antecedent before the comma.
	// "groups that said": a relative that follows its noun, unpunctuated.
	relThat := head == "that" && e-s == 1 && s >= 2 && rs.sentOf[s] >= 0 && rs.f.sents[rs.sentOf[s]].ts < s && d.word(s-1) && !d.toks[s-1].cap && !d.in(s-1, wcSayVerb|wcAuxVerb|wcLeadStop|wcPronoun)
	if e-s == 1 && (head == "who" || head == "which" || relThat) && s >= 2 {
		j := s - 1 // "workers who said"
		if d.is(j, ",") || isDashTok(d, j) {
			j--
		}
		lim := max(0, s-14)
		if si := rs.sentOf[s]; si >= 0 {
			lim = max(lim, rs.f.sents[si].ts) // the antecedent is in the sentence
		}
		b := d.npBack(j, lim)
		if relThat && b >= 0 && j-b > 2 {
			b = j // "budgets include clauses that": past a verb npBack may run; the noun alone
		}
		if b >= 0 && b <= j {
			// "a nurse at the city hospital, who": the person the
			// place follows.
			if head == "who" && b >= 2 && sourcePreps[d.lw(b-1)] && d.word(b-2) && !d.toks[b-2].cap && d.in(b-2, wcKnownHead) {
				pb := d.npBack(b-2, max(lim, b-8))
				if pb < 0 || pb >= b-1 || !d.in(pb, wcDeterminer) && !d.toks[pb].cap {
					pb = b - 2 // "met survivors of the flood, who": the noun alone
				}
				if d.toks[pb].cap && !d.in(pb, wcDeterminer) {
					pb = b - 2
				}
				return rs.resolve(pb, b-1, ai, speakers)
			}
			// "The mayor met growers who": the verb's object. The
			// first past form is the verb; a later one modifies the
			// object ("met retired teachers who"). At the phrase's
			// start only an irregular past after "and" is a verb
			// ("thanked the mayor and met growers who"): an -ed word
			// there is as often the object's adjective.
			for i := b; i < j; i++ {
				if i == b && !(d.is(b-1, "and") && irregularPast[d.lw(b)]) {
					continue
				}
				if d.word(i) && !d.toks[i].cap && isPast(d.lw(i)) && !d.in(i-1, wcDeterminer) {
					b = i + 1
					break
				}
			}
			if head == "which" {
				// "the Boston Globe, which": a which stands for a body or
				// a thing, never a person.
				sp := rs.resolve(b, j+1, ai, speakers)
				if sp.Kind == SpeakerPerson {
					sp.Kind, sp.Title = SpeakerOrganization, ""
				}
				if !pronouns[strings.ToLower(sp.Name)] {
					return sp
				}
				return Speaker{Name: raw, Kind: SpeakerRole, Confidence: 0.3}
			}
			return rs.resolve(b, j+1, ai, speakers)
		}
		if w := d.lw(j); head != "which" && j >= lim && d.word(j) && !d.toks[j].cap && (w == "those" || w == "people" || w == "men" || w == "women" || sForm(w) && !pronouns[w] && !npStop[w] && !auxVerbs[w] && !venuePreps[w]) {
			// "heard from pilots who thought …": a bare plural npBack
			// does not take is still the antecedent, not "who".
			return rs.resolve(j, j+1, ai, speakers)
		}
	}
	// Pronoun, maybe with a contracted verb: "They’re saying" is "They".
	if p, ok := contractedPronoun(head); ok && e-s == 1 {
		head, raw = p, raw[:len(p)]
	}
	if e-s == 1 && (pronouns[head] || possPronouns[head]) {
		switch head {
		case "he", "she", "his", "her":
			// "Her claim that …" is hers as "She said" is.
			if id := rs.recentPerson(s, head == "she" || head == "her"); id >= 0 {
				return Speaker{Name: rs.ents[id].name, Kind: SpeakerPerson, Title: rs.ents[id].title, Confidence: 0.7}
			}
		case "it", "its", "they", "their", "we":
			if id := rs.recentOrg(s); id >= 0 && (head == "it" || head == "its") {
				return Speaker{Name: rs.ents[id].name, Kind: SpeakerOrganization, Confidence: 0.5}
			}
			if head == "they" || head == "their" {
				// "Democratic leaders said …. They added": the group that
				// spoke last, a sentence or two before.
				if sp, ok := rs.recentGroup(s, ai, speakers); ok {
					return sp
				}
			}
		}
		return Speaker{Name: raw, Kind: SpeakerRole, Confidence: 0.3}
	}
	// Office: "her office", "Starmer's office".
	if head == "office" && len(ws) >= 2 && e-s >= 2 {
		var holder Speaker
		if d.toks[e-2].kind == tkPoss {
			holder = rs.resolve(s, e-2, ai, speakers)
		} else if ws[0] == "his" || ws[0] == "her" {
			if id := rs.recentPerson(s, ws[0] == "her"); id >= 0 {
				holder = Speaker{Name: rs.ents[id].name}
			}
		}
		if holder.Name != "" {
			return Speaker{Name: holder.Name + "'s office", Kind: SpeakerOffice, Holder: holder.Name, Confidence: 0.7}
		}
	}
	// "The Clinton campaign" is the candidate's campaign, as "her
	// campaign" is.
	if head == "campaign" && e-s == 3 && ws[0] == "the" && d.capWord(s+1) {
		if id, ok := rs.byKey[ws[1]]; ok && rs.ents[id].kind == SpeakerPerson {
			name := rs.ents[id].name
			return Speaker{Name: name + "'s campaign", Kind: SpeakerOffice, Holder: name, Confidence: 0.6}
		}
	}
	// Someone's people: "his spokesman", "Mrs. Clinton's campaign", "the
	// ministry's spokeswoman" are named by whom they belong to; a
	// campaign speaks for its candidate as an office does.
	if len(ws) >= 2 && e-s >= 2 && !d.toks[e-1].cap && rs.possessed(s, e) && ((holderRoles[head] || d.in(e-1, wcTitleWord) || roleNouns[head]) && !d.in(e-1, wcOrgWord) || head == "campaign") {
		var holder Speaker
		rest := -1 // the first token after the possessive
		if ws[0] == "his" || ws[0] == "her" {
			if id := rs.recentPerson(s, ws[0] == "her"); id >= 0 {
				holder, rest = Speaker{Name: rs.ents[id].name, Kind: SpeakerPerson}, s+1
			}
		} else {
			if ws[0] == "the" {
				// "Scott Reed, the Chamber's chief political strategist":
				// the person the text gave that title.
				if sp, ok := rs.description(s, ws[1:], ai, speakers); ok && sp.Kind == SpeakerPerson {
					return sp
				}
			}
			// "Clinton's", "Mrs. Clinton's", "the ministry's".
			for p := s + 1; p < e-1 && p <= s+5; p++ { // "Prime Minister Keir Starmer's" is five
				if d.toks[p].kind != tkPoss {
					continue
				}
				if h := rs.resolve(s, p, ai, speakers); h.Kind == SpeakerPerson || h.Kind == SpeakerOrganization {
					holder, rest = h, p+1
				}
				break
			}
		}
		if rest > 0 && rest < e {
			name := holder.Name + "'s " + d.text(int(d.toks[rest].s), int(d.toks[e-1].e))
			if head == "campaign" && rest == e-1 && holder.Kind == SpeakerPerson {
				return Speaker{Name: name, Kind: SpeakerOffice, Holder: holder.Name, Confidence: 0.6}
			}
			return Speaker{Name: name, Kind: SpeakerRole, Confidence: 0.6}
		}
	}
	// "the statement" speaks for whoever issued the last statement.
	if head == "statement" || head == "report" {
		// Whoever last spoke "in a statement"; failing that, the last
		// named speaker.
		for j := ai - 1; j >= 0; j-- {
			if speakers[j].Name != "" && rs.f.mentions(j, head) {
				sp := speakers[j]
				sp.Confidence = 0.6
				return sp
			}
		}
		for j := ai - 1; j >= 0; j-- {
			if speakers[j].Name != "" && speakers[j].Kind != SpeakerRole || j == 0 {
				sp := speakers[j]
				sp.Confidence = 0.4
				return sp
			}
		}
	}
	// An epithet for someone just named: "the Argentine", "the
	// 51-year-old", "the Frenchwoman".
	if len(ws) == 2 && ws[0] == "the" && isEpithet(head) {
		if id := rs.recentSubject(s, head); id >= 0 {
			return Speaker{Name: rs.ents[id].name, Kind: SpeakerPerson, Title: rs.ents[id].title, Confidence: 0.7}
		}
		// Someone the text does not name here: a role, not a person
		// called "Argentine".
		return Speaker{Name: d.text(int(d.toks[s+1].s), int(d.toks[e-1].e)), Kind: SpeakerRole, Confidence: 0.4}
	}
	if ws[0] == "the" && len(ws) >= 3 && (head == "democrat" || head == "republican") {
		// "the New York Democrat", "the Ohio Republican": a partisan
		// epithet for the person the last sentences were about.
		if sp, ok := rs.subjectSpeaker(s); ok {
			return sp
		}
	}
	capEnd := -1
	for k := e - 1; k >= s; k-- {
		if d.nameWord(k) && !d.in(k, wcLeadStop) {
			capEnd = k + 1
			break
		}
	}
	if capEnd == e {
		cs := s
		for cs < e-1 && (!d.nameWord(cs) || d.in(cs, wcDeterminer) || d.in(cs, wcRunOpener) || cs == s && d.in(s, wcKnownHead) && d.word(s+1) && !d.toks[s+1].cap && !givenName(d.lw(s))) {
			cs++ // "Officials at the Pentagon": a head capitalised by the sentence is no name
		}
		// "A spokesman for Platte River", "the senator from Vermont":
		// the name follows a lower-case head and its preposition, so the
		// speaker is that head, unnamed, a role, unless the name is a
		// person's full name ("the governor of Utah Ann Lee").
		unnamed, re := false, e
		if p := cs - 1; p > s {
			if d.in(p, wcDeterminer) {
				p--
			}
			h := d.lw(p - 1)
			unnamed = p > s && d.word(p) && !d.toks[p].cap && sourcePreps[d.lw(p)] && d.word(p-1) && (!d.toks[p-1].cap || p-1 == s) && !d.in(p-1, wcDeterminer) &&
				!orgWords[h] && (d.lw(p) != "from" || titleWords[h] || roleNouns[h]) // "the government in Beijing", "a poll from Gallup": theirs
			for i := s; i < e && unnamed; i++ {
				unnamed = !d.is(i, ",")
			}
		}
		roleSp := func() Speaker {
			rs0 := s
			if d.in(s, wcDeterminer) && !quantifiers[d.lw(s)] {
				rs0++
			}
			return Speaker{Name: d.text(int(d.toks[rs0].s), int(d.toks[re-1].e)), Kind: SpeakerRole, Confidence: 0.6}
		}
		if groupWord(ws[len(ws)-1]) && !isOrgRun(ws) && !rs.capOf(s, e) {
			// "Only two Democrats", "Trump and other Republicans": a
			// group of people, no one's name.
			return roleSp()
		}
		for k := s + 1; k < cs; k++ {
			if w := d.lw(k); d.word(k) && !d.toks[k].cap && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && !strings.Contains(w, "-") &&
				w != "during" && d.word(k-1) && !d.in(k-1, wcDeterminer) && !strings.HasSuffix(d.lw(k-1), "ly") {
				// "Opponents of allowing Syrian refugees into the U.S.",
				// "delegates supporting Clinton": capitals after a verb
				// are its object, not the speaker's name ("a scathing
				// Washington Post", "the left-leaning Brookings" are).
				return roleSp()
			}
		}
		if !unnamed && rs.forOrgName(cs, e) {
			// "the Africa Centres for Disease Control and Prevention": the
			// whole name, not the run between "for" and "and".
			return Speaker{Name: d.text(int(d.toks[cs].s), int(d.toks[e-1].e)), Kind: SpeakerOrganization, Confidence: 0.8}
		}
		if pe := d.nameOfPlace(cs, e); pe < e {
			e = pe
			ws = rs.words(s, e)
		}
		ns := rs.splitRun(cs, e)
		if id, ok := rs.byKey[ws[len(ws)-1]]; ok && ns >= e && e-cs == 1 && rs.ents[id].kind == SpeakerPerson {
			// "King said" after "Martin Luther King III": a title word
			// that is the surname of someone named before.
			en := rs.ents[id]
			return Speaker{Name: en.name, Kind: en.kind, Title: en.title, Confidence: 0.8}
		}
		if ns < e {
			key := rs.joinKey(rs.words(ns, e))
			id, ok := rs.byKey[key]
			full := ok
			if !ok {
				id, ok = rs.byKey[ws[len(ws)-1]]
			}
			if unnamed && !(full && rs.ents[id].kind == SpeakerPerson && len(rs.ents[id].words) >= 2) {
				return roleSp()
			}
			if ok {
				en := rs.ents[id]
				title := en.title
				if ns > cs && !(ns == cs+2 && d.is(ns-1, "of") && peerTitles[d.lw(cs)]) {
					title = d.text(int(d.toks[cs].s), int(d.toks[ns-1].e))
				}
				if ts := s; en.kind == SpeakerPerson && cs > s && ns == cs {
					// "The bloc's foreign policy chief Kaja Kallas": the
					// lower-case description before the name is her title.
					for ts < cs && (d.in(ts, wcDeterminer) || d.in(ts, wcRunOpener)) {
						ts++ // "Maybe Quill" has no title "Maybe"
					}
					if ts < cs && !d.nameParticle(cs-1) {
						title = d.text(int(d.toks[ts].s), int(d.toks[cs-1].e))
					}
				}
				return Speaker{Name: en.name, Kind: en.kind, Title: title, Confidence: 0.9}
			}
		}
		if unnamed {
			return roleSp()
		}
		if cs < e-1 && d.is(cs, "the") {
			cs++
		}
		name := d.text(int(d.toks[cs].s), int(d.toks[e-1].e))
		if rs := []rune(name); allUpperWord(rs) && (e-cs > 1 || d.is(e, ":") || len(rs) > 5) {
			// A transcript label ("JAKE TAPPER", "TRUMP:") or a shouted
			// headline word ("EXPERTS"); a short lone word is an
			// acronym: "NASA", "UNHCR", "CEO".
			name = titleCase(rs)
		}
		kind := SpeakerPerson
		if e-cs == 1 && groupWord(ws[len(ws)-1]) {
			// "Democrats", "Americans", "Senators": a group, not a person.
			return Speaker{Name: name, Kind: SpeakerRole, Confidence: 0.6}
		}
		if si := rs.sentOf[cs]; e-cs == 1 && !isOrgRun(ws) && si >= 0 && rs.f.sents[si].ts == cs && (knownHead(ws[len(ws)-1]) || rs.commonCapital(ws[len(ws)-1], d.in(cs, wcStandalone|wcQuantifier|wcDeterminer|wcPronoun))) {
			// "Analysts said", "Billionaires say", "Someone said": a
			// role capitalised by the sentence.
			return Speaker{Name: name, Kind: SpeakerRole, Confidence: 0.6}
		}
		if h := ws[len(ws)-1]; ns >= e && personTitle(h) && (!isOrgRun(ws) || officeTitles[h] && !contains(ws, "for") && !rs.capOf(cs, e)) {
			// "the former House Speaker", "a New Hampshire Republican":
			// capitalised title words and no name are a role, unless
			// "the Queen" is the queen just named.
			if ws[0] == "the" {
				if sp, ok := rs.description(s, ws[1:], ai, speakers); ok && sp.Kind == SpeakerPerson {
					return sp
				}
			}
			return Speaker{Name: name, Kind: SpeakerRole, Confidence: 0.6}
		}
		if isOrgRun(ws) || ns >= e || e-cs == 1 || brandName(name) {
			// A lone unknown capitalised word is a place or body speaking
			// ("Berlin said"), not a person introduced by surname only.
			kind = SpeakerOrganization
		}
		return Speaker{Name: name, Kind: kind, Confidence: 0.6}
	}
	// Definite description: "the French president", "the official".
	if ws[0] == "the" || ws[0] == "this" || ws[0] == "that" {
		if sp, ok := rs.description(s, ws[1:], ai, speakers); ok {
			return sp
		}
	}
	if len(ws) == 2 && ws[0] == "the" && institutionHeads[head] {
		if b, h := rs.possessedBody(s, head); b >= 0 {
			// "Italy's foreign ministry summoned …, the ministry said".
			return Speaker{Name: d.text(int(d.toks[b].s), int(d.toks[h].e)), Kind: SpeakerOrganization, Confidence: 0.6}
		}
	}
	// Unnamed role: "a German government spokesman".
	name := raw
	if determiners[ws[0]] && !quantifiers[ws[0]] && e-s > 1 && !pronounHead(ws) {
		name = d.text(int(d.toks[s+1].s), int(d.toks[e-1].e))
	}
	return Speaker{Name: name, Kind: SpeakerRole, Confidence: 0.6}
}

// description finds who earlier carried the title in ws ("french
// president"): an entity whose title has the head and every modifier, or
// an earlier role speaker with the same head.
func (rs *resolver) description(s int, ws []string, ai int, speakers []Speaker) (Speaker, bool) {
	if len(ws) == 0 {
		return Speaker{}, false
	}
	head := ws[len(ws)-1]
	mods := rs.normTitle(ws[:len(ws)-1])
	// An earlier role speaker with the head, unless a person with that
	// title was named after it: "Former Clinton Pollster" in a headline,
	// then "pollster Douglas Schoen", then "the pollster".
	role, roleTok := Speaker{}, -1
	for j := ai - 1; j >= 0; j-- {
		sp := speakers[j]
		if (sp.Kind == SpeakerRole || sp.Kind == SpeakerOffice) && roleHead(sp.Name) == head && hasMods(sp.Name, ws[:len(ws)-1]) {
			sp.Confidence = 0.6
			role, roleTok = sp, max(rs.f.attrs[j].srcS, 0)
			break
		}
	}
	last, other := -1, -1 // the person last named, and last about, before s
	for i := len(rs.occs) - 1; i >= 0; i-- {
		o := rs.occs[i]
		if o.tok >= s {
			continue
		}
		if o.tok < roleTok {
			break
		}
		en := rs.ents[o.ent]
		if en.kind == SpeakerPerson {
			if last < 0 {
				last = o.ent
			}
			if other < 0 && (o.subject || o.source) {
				other = o.ent
			}
		}
		if th := titleHead(en.tlow); en.kind != SpeakerPerson || th != head && !(th == "representative" && (head == "congressman" || head == "congresswoman")) {
			continue // "the campaign" is not "campaign spokesman Jason Mills"; "Rep. Ann Lee" is "the congresswoman"
		}
		if other != o.ent && last != o.ent && strings.HasSuffix(en.title, ".") {
			// "Sen. Ann Lee" is "the senator" only while the text is
			// about her or she was the last named: such titles are
			// given in passing.
			continue
		}
		ok := true
		for _, m := range mods {
			if m != "local" && m != "former" && !contains(en.tlow, m) {
				ok = false
			}
		}
		if ok {
			return Speaker{Name: en.name, Kind: SpeakerPerson, Title: en.title, Confidence: 0.7}, true
		}
	}
	if roleTok >= 0 {
		return role, true
	}
	if len(ws) >= 2 && stateOffices[head] && rs.f.d.capWord(s+1) {
		// "the Vermont senator": a state's officeholder for the person
		// the last sentences were about.
		if sp, ok := rs.subjectSpeaker(s); ok {
			return sp, true
		}
	}
	if len(ws) <= 2 {
		// "Maria Ortiz, an epidemiologist, said …. The epidemiologist
		// added": an earlier speaker's apposition carried the head.
		if sp, ok := rs.apposedAs(s, head, ai, speakers); ok {
			return sp, true
		}
	}
	if len(ws) == 1 {
		if id := rs.orgCalled(s, head); id >= 0 {
			// A headline label's colon is no part of the name.
			return Speaker{Name: strings.TrimRight(rs.ents[id].name, ":"), Kind: SpeakerOrganization, Confidence: 0.6}, true
		}
		if companyHeads[head] {
			// "Trelloware said …. The company said": a one-word
			// organization that just spoke, named at a sentence's start.
			for j := ai - 1; j >= 0 && j >= ai-3; j-- {
				if sp := speakers[j]; sp.Kind == SpeakerOrganization && !strings.Contains(sp.Name, " ") {
					sp.Confidence = 0.6
					return sp, true
				}
			}
		}
	}
	return Speaker{}, false
}

// hasMods says whether a role's name holds each modifier of a
// description: "the Post-SurveyMonkey poll" is no earlier "new poll of
// voters".
func hasMods(name string, mods []string) bool {
	low := strings.ToLower(name)
	for _, m := range mods {
		if m != "same" && m != "former" && m != "local" && !strings.Contains(low, m) {
			return false
		}
	}
	return true
}

// roleHead is the head word of a role speaker's name, lower case:
// "spokesman" of "spokesman for Germany's foreign ministry".
func roleHead(name string) string {
	last := ""
	for i := 0; i < len(name); {
		j := strings.IndexByte(name[i:], ' ')
		if j < 0 {
			j = len(name) - i
		}
		w := name[i : i+j]
		if last != "" && (w == "for" || w == "of" || w == "at" || w == "from" || w == "with" || w == "in" || w == "on") {
			break
		}
		last, i = w, i+j+1
	}
	return strings.ToLower(last)
}

// apposedAs finds the person among the last attributions before ai whose
// mention's apposition holds head ("Ann Lee, the interior minister,"
// for "the minister"), if that apposition came before token s.
func (rs *resolver) apposedAs(s int, head string, ai int, speakers []Speaker) (Speaker, bool) {
	d := rs.f.d
	for j := ai - 1; j >= 0 && j >= ai-8; j-- {
		a := &rs.f.attrs[j]
		if speakers[j].Kind != SpeakerPerson || a.srcS < 0 || a.coreE <= a.srcS || a.coreE >= a.srcE || a.srcE > s {
			continue
		}
		// The apposition's own head, before any phrase hanging off it:
		// "a spokesman for the campaign" is no campaign.
		for k := a.coreE; k < a.srcE && !d.in(k, wcVenuePrep) && !sourcePreps[d.lw(k)]; k++ {
			if d.word(k) && !d.toks[k].cap && d.lw(k) == head {
				sp := speakers[j]
				sp.Confidence = 0.6
				return sp, true
			}
		}
	}
	return Speaker{}, false
}

// subjectSpeaker is the person the sentences before token s were about,
// for an epithet that names no age or nationality ("the Vermont
// senator", "the Ohio Democrat").
func (rs *resolver) subjectSpeaker(s int) (Speaker, bool) {
	id := rs.recentSubject(s, "")
	if id < 0 {
		return Speaker{}, false
	}
	en := rs.ents[id]
	return Speaker{Name: en.name, Kind: SpeakerPerson, Title: en.title, Confidence: 0.6}, true
}

// officeTitles name a person even after an organization's name: "CNN
// President", "the former House Speaker".
var officeTitles = setOf("president speaker chairman chairwoman director spokesman spokeswoman spokesperson ceo minister secretary")

// titleMods are title words that modify a title rather than head it:
// "Foreign" of "Foreign Minister", "House" of "House Speaker".
var titleMods = setOf("vice prime foreign defense defence state press national security interior finance economy senior top former acting local regional government campaign party house white chief head deputy general")

// personTitle says whether w heads a person's title: "speaker",
// "minister", "republican", not "foreign" or "house".
func personTitle(w string) bool {
	return (titleWords[w] || roleNouns[w] || nameTitles[w] || w == "democrat" || w == "republican") && !titleMods[w] && !orgTitle[w] && !orgWords[w]
}

// possessed says whether the mention [s, e) opens with "his" or "her" or
// has a possessive among its first words: "his spokesman", "the
// ministry's spokeswoman".
func (rs *resolver) possessed(s, e int) bool {
	d := rs.f.d
	if d.is(s, "his") || d.is(s, "her") {
		return true
	}
	for p := s + 1; p < e-1 && p <= s+5; p++ {
		if d.toks[p].kind == tkPoss {
			return true
		}
	}
	return false
}

// possessedBody finds, in the two sentences up to token s, the last
// lower-case head a place or body possesses ("Italy's foreign ministry",
// "Ukraine's energy ministry"), and returns the possessor's first token
// and the head's, or -1, -1.
func (rs *resolver) possessedBody(s int, head string) (int, int) {
	d := rs.f.d
	si := int(rs.sentOf[s])
	if si < 0 {
		return -1, -1
	}
	lim := rs.f.sents[max(si-2, 0)].ts
	for h := s - 1; h > lim+1; h-- {
		if !d.is(h, head) || d.toks[h].cap {
			continue
		}
		for p := h - 1; p > lim && p >= h-3; p-- {
			if d.possAt(p) {
				if b := p - 1; d.capWord(b) && (!d.capWord(b-1) || rs.sentOf[b-1] != rs.sentOf[b]) {
					return b, h
				}
				break
			}
			if !d.word(p) || d.toks[p].cap {
				break
			}
		}
		break
	}
	return -1, -1
}

// holderRoles are people named by whom they belong to, beside the
// titles: "his wife", "her allies".
var holderRoles = setOf("wife husband son daughter father mother brother sister family friend friends ally allies supporter supporters critic critics team lawyers attorneys advisers advisors aides colleague colleagues partner spouse boss girlfriend boyfriend fiancé fiancee fiancée niece nephew cousin uncle aunt grandson granddaughter")

// stateOffices are offices held for a state: "the Vermont senator".
var stateOffices = setOf("senator governor congressman congresswoman")

// institutionHeads are the nouns by which a text calls back an
// organization it has named: "the ministry", "the court".
var institutionHeads = setOf("newspaper organization company firm party ministry department court council committee agency administration union foundation group bank board commission university network newspaper institute authority")

// companyEnd says whether w ends a company's name, so that "Acme Corp."
// is "the company" and "the firm".
func companyEnd(w string) bool {
	return corpSuffixes[w] || w == "corporation" || w == "co" || w == "group" || w == "holdings"
}

// orgCalled finds the organization named last before token s that "the
// <head>" stands for: one whose name holds the head ("the Labour Party"
// for "the party", "the Ministry of Defence" for "the ministry"), or a
// company's for "the company"/"the firm".
func (rs *resolver) orgCalled(s int, head string) int {
	if !institutionHeads[head] && !companyHeads[head] {
		return -1 // "the video", "the mayor": no organization's name
	}
	company := companyHeads[head]
	si := rs.sentOf[s]
	for i := len(rs.occs) - 1; i >= 0; i-- {
		o := rs.occs[i]
		en := &rs.ents[o.ent]
		if o.tok >= s || en.kind != SpeakerOrganization {
			continue
		}
		ws := en.words
		if len(ws) > 1 && len(ws) <= 6 && (contains(ws, head) || company && companyEnd(ws[len(ws)-1])) {
			return o.ent
		}
		// "The FBI … the agency", "CNN … the network", "the National
		// Golf Foundation … the group": a kind the name shows, or any
		// organization just named for "the group".
		if len(ws) <= 6 && (orgKinds[ws[len(ws)-1]] == head || len(ws) == 1 && orgKinds[ws[0]] == head || (head == "group" || head == "organization") && (o.subject || o.source) && si-rs.sentOf[o.tok] <= 2) {
			return o.ent
		}
	}
	if company {
		// "Microsoft said …. The company": a lone name just speaking,
		// which the resolver took for a surname.
		for i := len(rs.occs) - 1; i >= 0; i-- {
			o := rs.occs[i]
			if o.tok >= s {
				continue
			}
			if si-rs.sentOf[o.tok] > 2 {
				break
			}
			if en := &rs.ents[o.ent]; o.source && len(en.words) == 1 && (en.kind == SpeakerPerson && en.title == "" && en.gender == genderUnknown || en.kind == SpeakerOrganization && !publicBodies[en.words[0]]) {
				return o.ent
			}
		}
	}
	return -1
}

// publicBodies are the organisations of orgNames that are no company,
// so "the company" after "EU antitrust chief …" is not the EU.
var publicBodies = setOf("kremlin pentagon fbi cia nato un eu")

// companyHeads call back a company: "the firm", "the automaker".
var companyHeads = setOf("company firm automaker carmaker airline retailer insurer lender chipmaker drugmaker manufacturer conglomerate startup start-up")

// orgKinds gives the noun by which a text calls back an organization
// whose name ends in (or is) the word: "the Times" is "the newspaper",
// "the FBI" "the agency".
var orgKinds = map[string]string{
	"times": "newspaper", "post": "newspaper", "journal": "newspaper", "tribune": "newspaper", "herald": "newspaper",
	"gazette": "newspaper", "telegraph": "newspaper", "guardian": "newspaper", "globe": "newspaper", "chronicle": "newspaper", "inquirer": "newspaper",
	"cnn": "network", "msnbc": "network", "nbc": "network", "abc": "network", "cbs": "network", "pbs": "network", "bbc": "network",
	"fbi": "agency", "cia": "agency", "nsa": "agency", "epa": "agency", "fda": "agency", "cdc": "agency", "nasa": "agency", "fema": "agency", "irs": "agency",
	"services": "company", "systems": "company", "industries": "company", "technologies": "company", "airlines": "company", "motors": "company",
}

// titleHead is the head word of a title: its last word, or the word
// before "of" ("secretary of state").
func titleHead(tlow []string) string {
	for i, w := range tlow {
		if w == "of" && i > 0 {
			return tlow[i-1]
		}
	}
	if len(tlow) == 0 {
		return ""
	}
	return tlow[len(tlow)-1]
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// recentPerson finds the person a pronoun at token s refers to: the last
// person mentioned as a subject or source in the three sentences before,
// else the last person mentioned at all. "she" needs a female name or
// title. "he" takes a male one or, as news usage allows, a full name or
// titled person of unknown gender on the same footing, and a lone
// capitalised word of unknown gender (which may be a place or a party)
// only when no one else is found.
func (rs *resolver) recentPerson(s int, female bool) int {
	si := rs.sentOf[s]
	want := genderMale
	if female {
		want = genderFemale
	}
	// best[tier]: the latest candidate of each tier, lowest tier wins:
	// 0 near, 1 far, 2 a lone word near, 3 a lone word far.
	best := [4]int{-1, -1, -1, -1}
	known := false
	for i := len(rs.occs) - 1; i >= 0; i-- {
		o := rs.occs[i]
		if o.tok >= s {
			continue
		}
		en := &rs.ents[o.ent]
		if en.kind != SpeakerPerson || notPronounPerson(en.words) {
			continue
		}
		lone := false
		switch {
		case en.gender == want:
			known = true
		case female && !known && en.gender == genderUnknown && (o.subject || o.source) && si-rs.sentOf[o.tok] <= 1 && len(en.words) >= 2 && !placeFirst[en.words[0]] && givenLike(en.words[0]) && !strings.HasSuffix(en.words[0], "ing"):
			// "Aoife Byrne chairs the board. … She said": the subject
			// just named, of a first name the lists do not know, before
			// a woman named farther back.
			return o.ent
		case female || en.gender != genderUnknown || placeFirst[en.words[0]]:
			continue
		default:
			lone = len(en.words) < 2 && en.title == ""
		}
		tier := 1
		if (o.subject || o.source) && si-rs.sentOf[o.tok] <= 3 {
			tier = 0
		}
		if lone {
			tier += 2
		}
		if best[tier] < 0 {
			best[tier] = o.ent
		}
	}
	for _, id := range best {
		if id >= 0 {
			return id
		}
	}
	return -1
}

// notPronounPerson says whether name words, though read as a person's,
// are a party's adjective left of a title ("Former Democratic
// congressman Anthony Weiner"), which no pronoun stands for.
func notPronounPerson(ws []string) bool {
	return len(ws) == 1 && (ws[0] == "democratic" || ws[0] == "republican")
}

// recentSubject finds the person an epithet at token s stands for: the
// last person named as a subject or source in the three sentences before
// whom the text gave that age or nationality ("Ann Lee, 51,", "the
// German chancellor Ann Lee"), or -1: without that, "the 23-year-old"
// after a police chief's statement is the suspect, not the chief.
func (rs *resolver) recentSubject(s int, epithet string) int {
	si := rs.sentOf[s]
	g := epithetGender(epithet)
	for i := len(rs.occs) - 1; i >= 0; i-- {
		o := rs.occs[i]
		if o.tok >= s || !(o.subject || o.source) {
			continue
		}
		if si-rs.sentOf[o.tok] > 3 {
			break
		}
		en := &rs.ents[o.ent]
		if en.kind == SpeakerPerson && (g == genderUnknown || en.gender == genderUnknown || en.gender == g) && (epithet == "" || rs.described(o.ent, epithet)) {
			return o.ent
		}
	}
	if epithet == "" || rs.epithetGiven(s, epithet) {
		return -1
	}
	// Sport and culture copy call a person by an age or nationality the
	// text never states ("LeBron James said …. 'We gave up too much,'
	// the 39-year-old said"): with no one given that epithet, the person
	// just named as subject or source, in this sentence or the one
	// before, if no one else is named there ("Ann Lee beat Bo Park. 'It
	// was tough,' the Spaniard said." names no one).
	found := -1
	for i := len(rs.occs) - 1; i >= 0; i-- {
		o := rs.occs[i]
		if o.tok >= s {
			continue
		}
		if si-rs.sentOf[o.tok] > 1 {
			break
		}
		en := &rs.ents[o.ent]
		if en.kind != SpeakerPerson || o.ent == found {
			continue
		}
		if !(o.subject || o.source) {
			if !rs.f.d.is(o.tok-1, "the") {
				return -1 // a person named beside ("beat Carlos Ruiz"), not a team ("the Edmonton Oilers")
			}
			continue
		}
		if found >= 0 {
			return -1
		}
		// Not someone named by an office ("Chief Ann Lee", "team doctor
		// Ben Ruiz"): the epithet then is the person they speak about.
		if (g != genderUnknown && en.gender != genderUnknown && en.gender != g) || officeHead(titleHead(en.tlow)) {
			return -1
		}
		found = o.ent
	}
	return found
}

// officeHead says whether a title's head is an office or a trade, not a
// player's or performer's role ("captain", "singer") or a nationality.
func officeHead(w string) bool {
	return w != "" && !ageCalled[w] && (titleWords[w] || nameTitles[w] || roleNouns[w])
}

// ageCalled are the roles of people whom sport and culture copy call by
// age or nationality: players, coaches, performers.
var ageCalled = setOf("player players striker strikers goalkeeper captain quarterback pitcher athlete athletes teammate teammates coach manager singer musician artist actor actress")

// epithetGiven says whether the epithet occurs before token s other than
// after "the": "a 23-year-old man was arrested" makes "the 23-year-old"
// that man, whoever spoke last.
func (rs *resolver) epithetGiven(s int, epithet string) bool {
	d := rs.f.d
	for k := 0; k < s; k++ {
		if d.word(k) && d.lw(k) == epithet && !d.is(k-1, "the") {
			return true
		}
	}
	return false
}

// described says whether the text gave person id the age or nationality
// of the epithet: "N-year-old" before a mention or ", N," after it, or
// the nationality's adjective in the person's title.
func (rs *resolver) described(id int, epithet string) bool {
	d := rs.f.d
	if age, ok := strings.CutSuffix(epithet, "-year-old"); ok {
		for _, o := range rs.occs {
			if o.ent != id {
				continue
			}
			if o.tok > 0 && d.lw(o.tok-1) == epithet {
				return true
			}
			e := o.tok
			for e < len(d.toks) && (d.capWord(e) || d.is(e, ".")) {
				e++
			}
			if d.is(e, ",") && d.lw(e+1) == age {
				return true
			}
		}
		return false
	}
	adj := strings.TrimSuffix(strings.TrimSuffix(epithet, "woman"), "man")
	return contains(rs.ents[id].tlow, adj) || contains(rs.ents[id].tlow, epithet)
}

// placeFirst words open the names of places and bodies, not of people: "New
// Jersey", "South Florida", "Public Affairs".
var placeFirst = setOf("new north south east west northern southern eastern western central upper lower great greater united saint st. san santa los las fort port lake mount public national federal royal")

func (rs *resolver) recentOrg(s int) int {
	for i := len(rs.occs) - 1; i >= 0; i-- {
		o := rs.occs[i]
		if o.tok < s && rs.ents[o.ent].kind == SpeakerOrganization && !rs.ents[o.ent].thing {
			return o.ent
		}
	}
	return -1
}

// markSources flags occurrences that are attribution sources, which
// pronouns prefer.
func (rs *resolver) markSources() {
	for _, a := range rs.f.attrs {
		if a.srcS < 0 {
			continue
		}
		// The mention's head phrase, not its apposition: in "Nick Lee, a
		// fellow at the Council on Foreign Relations" only Lee speaks.
		e := a.srcE
		if a.coreE > a.srcS && a.coreE < e {
			e = a.coreE
		}
		// occs are in text order: visit only those inside the mention.
		for i := sort.Search(len(rs.occs), func(i int) bool { return rs.occs[i].tok >= a.srcS }); i < len(rs.occs) && rs.occs[i].tok < e; i++ {
			rs.occs[i].source = true
		}
	}
}

var _ = unicode.IsUpper

// mentions says whether attribution j's cue or venue words include w
// ("said in a statement").
func (f *finder) mentions(j int, w string) bool {
	a := &f.attrs[j]
	d := f.d
	lo, hi := a.cueS, max(a.cueE, a.venueE)
	for k := max(lo, 0); k < hi && k < len(d.toks); k++ {
		if d.is(k, w) {
			return true
		}
	}
	return false
}

// titleCase writes an upper-case name in title case: "JAKE TAPPER" →
// "Jake Tapper".
func titleCase(rs []rune) string {
	out := make([]rune, len(rs))
	start := true
	for i, r := range rs {
		if start {
			out[i] = unicode.ToUpper(r)
		} else {
			out[i] = unicode.ToLower(r)
		}
		start = !unicode.IsLetter(r) && r != '\'' && r != '’'
	}
	return string(out)
}

// pronounHead says whether the demonstrative opening ws is the head of
// the phrase, not a determiner: "those who saw the crash", "those with
// knowledge of the talks", "those familiar with the plan". Without it
// the name would read "who saw the crash".
func pronounHead(ws []string) bool {
	if len(ws) < 2 || ws[0] != "those" && ws[0] != "these" {
		return false
	}
	w := ws[1]
	return relWords[w] || w == "whose" || w == "whom" || objectPreps[w] || venuePreps[w] || w == "familiar" || w == "close"
}

// question says whether the sentence holding token k ends in a question
// mark, before any closing quotation marks.
func (rs *resolver) question(k int) bool {
	d := rs.f.d
	si := rs.sentOf[k]
	if si < 0 {
		return false
	}
	s := rs.f.sents[si]
	for e := s.te - 1; e >= s.ts; e-- {
		if d.is(e, "?") {
			return true
		}
		if d.toks[e].kind != tkDQ && !d.is(e, "'") && !d.is(e, "’") {
			return false
		}
	}
	return false
}

// nameOpeners are prepositions that open a headline or a sentence before
// a name without being part of it: "Beneath Clinton's wins", "Absent
// Trump".
var nameOpeners = setOf("beneath absent behind beyond inside outside without within among amid amidst toward towards between near upon besides throughout underneath above below except")

// headlineOpener says whether token k, a sentence's first word before
// more capitalised words, is a word the sentence alone capitalises: a
// preposition, or, in a headline, a long -ed or -ing word
// ("Understated", "Debating") that no list knows as a given name and
// the article never capitalises elsewhere ("United", "Sterling" are name words); the rest of the run
// [k+1, e) must read as a person's name: one word, or a given name first.
func (rs *resolver) headlineOpener(k, e int) bool {
	d := rs.f.d
	if k+2 < e && d.toks[k+2].kind == tkWord && !givenName(d.lw(k+1)) {
		return false // "Playing Field Promotions": a longer run is a name of its own
	}
	w := d.lw(k)
	if nameOpeners[w] {
		return true
	}
	if len(w) < 7 || !d.shaped(k, shEd|shGerund) || givenName(w) || !rs.headline(k) {
		return false
	}
	for j := range d.toks {
		if t := &d.toks[j]; j != k && t.cap && t.kind == tkWord && int(t.le-t.ls) == len(w) && d.is(j, w) && (rs.sentOf[j] < 0 || rs.f.sents[rs.sentOf[j]].ts != j) {
			return false
		}
	}
	return true
}

// headline says whether the sentence holding token k is a paragraph of
// its own of at most 14 tokens: a title or a subhead.
func (rs *resolver) headline(k int) bool {
	si := int(rs.sentOf[k])
	if si < 0 {
		return false
	}
	s := rs.f.sents[si]
	return s.te-s.ts <= 14 && (si == 0 || rs.f.sents[si-1].para != s.para) && (si+1 == len(rs.f.sents) || rs.f.sents[si+1].para != s.para)
}
