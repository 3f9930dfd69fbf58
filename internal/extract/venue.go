package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

func isWeekday(w string) bool {
	// Asked of many words: each weekday ends in "day" and has 6 to 9
	// letters, which spares most words the look-up.
	if len(w) < 6 || len(w) > 9 || w[len(w)-1] != 'y' {
		return false
	}
	_, ok := weekdays[w]
	return ok
}

// resolveDay turns a weekday named in an article into a date: the latest
// such day on or before publication.
func resolveDay(w, published string) string {
	wd, ok := weekdays[w]
	if !ok {
		return ""
	}
	p, err := time.Parse("2006-01-02", published)
	if err != nil {
		return ""
	}
	back := (int(p.Weekday()) - wd + 7) % 7
	return p.AddDate(0, 0, -back).Format("2006-01-02")
}

// monthDay reads a date at the month word k: "Sept. 3", "March 21, 2023".
// Without a year it is the latest such day not long after publication.
func (f *finder) monthDay(k int, published string) string {
	d := f.d
	p, err := time.Parse("2006-01-02", published)
	if err != nil || !d.word(k+1) {
		return ""
	}
	day := dayNumber(d.lw(k + 1))
	m := monthOf(d.lw(k))
	if day == 0 || m == 0 || d.is(k+2, ":") || k > 0 && dateLimits[d.lw(k-1)] {
		return "" // "until March 15": a deadline
	}
	y := p.Year()
	next := k + 2
	if d.is(k+2, ",") && d.word(k+3) && yearWord(d.lw(k+3)) {
		y, _ = strconv.Atoi(d.lw(k + 3))
		next = k + 4
	}
	// "the March 15 primary", "the Sept. 11 attacks", "July 8 and 9":
	// a date naming an event or a span, not when words were said.
	if nw := d.lw(next); d.word(next) && !d.toks[next].cap && !venueNouns[nw] && !datePhraseNext[nw] || d.is(next, "-") || d.is(next, "–") {
		return ""
	}
	if next == k+4 {
		// the year is given
	} else if t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC); t.After(p.AddDate(0, 0, 7)) {
		y-- // "on Dec. 30" in an article of January 4
	}
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "" // "Feb. 30"
	}
	return t.Format("2006-01-02")
}

// dateLimits bound a span rather than date an utterance: "before March 15".
// "the Sept. 16 debate" names an event, which may not be where the
// words were said.
var dateLimits = setOf("before until by after since from through till between the")

// datePhraseNext may follow a date that tells when words were said:
// "on March 14 that …", "on Nov. 9, when …".
var datePhraseNext = setOf("that in at during on to while when as after before with")

// dayNumber reads a day of the month, "3" or "21", or gives 0.
func dayNumber(w string) int {
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0
		}
		n = n*10 + int(w[i]-'0')
	}
	if n > 31 {
		return 0
	}
	return n
}

// shiftDay resolves "yesterday" and "today" against publication.
func shiftDay(published, w string) string {
	p, err := time.Parse("2006-01-02", published)
	if err != nil {
		return ""
	}
	if w == "yesterday" {
		p = p.AddDate(0, 0, -1)
	}
	return p.Format("2006-01-02")
}

// shiftDays gives the day n days before publication.
func shiftDays(published string, n int) string {
	p, err := time.Parse("2006-01-02", published)
	if err != nil {
		return ""
	}
	return p.AddDate(0, 0, -n).Format("2006-01-02")
}

// countWord reads a small count, "two" or "3", or gives 0.
func countWord(w string) int {
	if n := dayNumber(w); n > 0 && n < 11 {
		return n
	}
	for i, x := range [...]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == x {
			return i + 2
		}
	}
	return 0
}

// venueFor reads the venue from the tokens around an attribution:
// "told reporters", "at a news conference in Paris", "in a statement",
// "on social media", "Speaking Wednesday in Beijing, …".
func (f *finder) venueFor(a *attr, published string, rs *resolver) *Venue {
	d := f.d
	s := f.sents[a.sent]
	var items []string
	date := ""
	var seenBuf [4]string
	seen := seenBuf[:0] // the items lower-cased: a venue names a few at most
	add := func(x string) {
		x = strings.TrimSpace(x)
		if x == "" {
			return
		}
		if lx := strings.ToLower(x); !slices.Contains(seen, lx) {
			seen = append(seen, lx)
			items = append(items, x)
		}
	}
	lastS, lastE, lastI := 0, -1, -1 // the last venue noun's item: tokens and index
	companion := -1                  // the item of a hearer who is a person speaking in the article
	scan := func(from, to int) {
		for k := from; k < to && k < s.te; k++ {
			if d.toks[k].quote != 0 || !d.word(k) || k >= a.srcS && k < a.srcE {
				continue // "said Ann Lee, an analyst at Jefferies": where she works
			}
			w := d.lw(k)
			switch {
			case d.in(k, wcWeekday) && date == "" && !d.is(k-1, "next"):
				date = resolveDay(w, published)
				if d.is(k-1, "last") && date == published {
					date = shiftDays(published, 7) // "last Thursday" in Thursday's paper
				}
			case d.toks[k].cap && monthWords[w]:
				if x := f.monthDay(k, published); x != "" {
					date = x // "on Sept. 3", "on Jan. 5, 2023": more exact than a weekday
				}
			case date == "" && w == "yesterday":
				date = shiftDay(published, w)
			case date == "" && w == "ago" && d.is(k-1, "days") && k >= 2:
				if n := countWord(d.lw(k - 2)); n > 0 {
					date = shiftDays(published, n) // "two days ago"
				}
			case w == "floor" && k > from && d.capWord(k-1) && d.toks[k-1].quote == 0:
				add(d.text(int(d.toks[k-1].s), int(d.toks[k].e))) // "on the Senate floor"
			case d.in(k, wcVenueNoun) && (w != "town" || d.is(k+1, "hall")) && !(k == a.cueS && verbishVenues[w] && !f.venueNounAt(k, s.ts)) && !f.venueVerb(k, s.ts) || !d.toks[k].cap && d.in(k, wcVenueOnly) && f.venuePhrase(k, s.ts):
				// "the town of Wismar" is a place a name gives, not a venue;
				// the cue's own verb is none either: "data show", "critics call".
				if f.afterEvent(k, s.ts) {
					continue // "said after the meeting": not where
				}
				b := k
				for b-1 >= from && b > k-3 && d.toks[b-1].quote == 0 && (d.capWord(b-1) && !d.in(b-1, wcWeekday) && !monthWords[d.lw(b-1)] || venueMods[d.lw(b-1)] && !d.toks[b].cap) {
					b--
				}
				if lastE == k && lastI == len(items)-1 && lastI >= 0 {
					// "conference call", "town hall meeting": one venue,
					// the first noun modifying the second.
					x := d.text(int(d.toks[lastS].s), int(d.toks[k].e))
					if lx := strings.ToLower(x); slices.Contains(seen, lx) {
						items = items[:lastI] // read already, from another range
						lastI = -1
					} else {
						seen = append(seen, lx)
						items[lastI] = x
					}
					lastE = k + 1
					continue
				}
				n := len(items)
				add(d.text(int(d.toks[b].s), int(d.toks[k].e)))
				if len(items) > n {
					lastS, lastE, lastI = b, k+1, n
				}
			case w == "by" && byMedia[d.lw(k+1)] && d.toks[k+1].quote == 0:
				add(d.lw(k + 1)) // "said by phone"
			case w == "on" || w == "to" && k > from && postedVenue[d.lw(k-1)]:
				add(f.platformAfter(a, k, s.te)) // "in a video posted on Facebook", "posted to YouTube"
				add(f.mediaAfter(a, k, to))      // "said on Fox News", "an interview on France 2"
				if k+3 < to && d.capWord(k+1) && d.toks[k+2].kind == tkPoss {
					// A network's programme: "on NBC's Meet the Press";
					// after a day, the programme alone: "on Sunday's
					// Meet the Press".
					e := k + 3
					for e < to && d.toks[e].quote == 0 && (d.capWord(e) || d.is(e, "the") && d.capWord(e+1) && e > k+3 || e == k+3 && d.word(e) && d.lw(e)[0] >= '1' && d.lw(e)[0] <= '9' && d.capWord(e+1)) {
						e++ // "CBS's 60 Minutes"
					}
					if e > k+3 {
						e = max(e, f.placeEnd(e-1, to)) // "CNN's State of the Union"
						b := k + 1
						if d.in(k+1, wcWeekday) {
							b = k + 3
						}
						add(d.text(int(d.toks[b].s), int(d.toks[e-1].e)))
					}
				}
			case w == "in" || w == "at" || k > from && (w == "of" && d.in(k-1, wcVenueNoun) || w == "with" && interviewNouns[d.lw(k-1)] || w == "to" && (tripNouns[d.lw(k-1)] || addressNouns[d.lw(k-1)]) || w == "before" && panelNouns[d.lw(k-1)]) || w == "aboard":
				// "at the White House", and after a venue noun "an
				// interview with the BBC", "a hearing of the Senate
				// Armed Services Committee", "a visit to Kharkiv", "a
				// speech to the Knesset".
				p := k + 1
				front := w == "in" && d.is(p, "front") && d.is(p+1, "of")
				if front {
					p += 2 // "in front of the Capitol"
				}
				if d.is(p, "the") && !d.toks[p].cap && d.capWord(p+1) && (w != "in" || front || d.in(k-1, wcVenueNoun) || d.in(k-2, wcTellCue)) {
					p++ // not "said in the Senate that …": a clause's words
				}
				if !d.capWord(p) || isWeekday(d.lw(p)) || monthWords[d.lw(p)] && !d.capWord(p+1) || w == "in" && languages[d.lw(p)] || honorifics[d.lw(p)] {
					continue // "in December", "in May 2019": a time, not a place; "in English"; "in Mrs. Clinton"
				}
				if w == "at" && p == k+1 && k > from && (atTargets[d.lw(k-1)] || d.is(k-1, "out") || d.is(k-1, "over") && atTargets[d.lw(k-2)]) {
					continue // "looking at Bennett", "lashed out at Trump": a target
				}
				e := f.placeEnd(p, to)
				if p > k+1 && d.word(e) && !d.toks[e].cap && !datePhraseNext[d.lw(e)] && !d.in(e, wcTimeWord) {
					continue // "at the GOP presidential debate": the noun after is the venue
				}
				if e > p {
					add(d.text(int(d.toks[p].s), int(d.toks[e-1].e)))
				}
			}
		}
	}
	if a.srcS >= 0 && a.srcE > a.srcS {
		// The constant, not d.lw: a view of doc.low must not reach the
		// result (work.go).
		for _, h := range [...]string{"statement", "report", "post", "letter"} {
			if d.is(a.srcE-1, h) && (!d.toks[a.srcE-1].cap || a.srcE-1 == s.ts) { // not "The Post"
				add(h)
			}
		}
	}
	if a.cueS >= 0 {
		// The hearer of "told": "told Finnish media". Whom a speaker
		// urged or warned ("urged residents to stay home") is no venue,
		// nor a person who speaks in the article ("told Rubio").
		if tellForms[d.lw(a.cueS)] && a.cueE < s.te {
			h := f.hearer(a.cueE, s.te)
			add(h)
			if h != "" && len(items) > 0 && items[len(items)-1] == h && rs.speakingPerson(a.cueE, s.te) {
				companion = len(items) - 1
			}
		}
		scan(a.cueS, max(a.cueE, a.venueE))
		if e := max(a.cueE, a.venueE); e+1 < s.te && (d.is(e, "that") || d.is(e, "which")) && airVerbs[d.lw(e+1)] && d.in(e-1, wcVenueNoun) {
			// "in an interview that aired Sunday on CBS's 60 Minutes":
			// the clause tells where and when the venue was.
			j := e + 2
			for j < s.te && j < e+12 && !d.is(j, ",") && !d.is(j, "that") {
				j++
			}
			scan(e+2, j)
		}
		// "wrote on X", "posted on her Instagram": the platform may
		// follow the cue (scan reads an "on" inside it).
		if a.cueE < s.te {
			add(f.platformAfter(a, a.cueE, s.te))
		}
		if a.venueS > a.cueE {
			scan(a.venueS, a.venueE)
		}
	}
	// A leading participle: "Speaking Wednesday in Beijing, …",
	// "Speaking to Finnish broadcaster Yle, …"; a leading phrase: "In a
	// statement on Monday, he added: …", "At the summit, …".
	if d.word(s.ts) && isGerund(d.lw(s.ts)) || d.in(s.ts, wcVenuePrep) && leadVenuePreps[d.lw(s.ts)] && d.in(s.ts+1, wcDeterminer|wcPossPronoun) {
		e := s.ts
		for e < s.te && !d.is(e, ",") {
			e++
		}
		if d.is(s.ts, "speaking") && (d.is(s.ts+1, "to") || d.is(s.ts+1, "with")) {
			// An audience or an outlet, not a companion: "Speaking with
			// her husband, …" names no venue.
			if h := f.hearer(s.ts+2, e); h != "" && (strings.ToLower(h) != h || venueNouns[strings.ToLower(h[strings.LastIndexByte(h, ' ')+1:])]) {
				add(h)
			}
		}
		scan(s.ts, e)
	}
	if f.tweetCue(a) && !f.namesTwitter(items) {
		items = append(items, "Twitter") // "he tweeted"
	}
	if date == "" && a.sent >= 0 && f.leadDate(s.ts) {
		// "On Monday, the senator said …", "Late Wednesday, …".
		e := s.ts
		for e < s.te && e < s.ts+6 && !d.is(e, ",") {
			e++
		}
		scan(s.ts, e)
	}
	if companion >= 0 && !f.hostVenue(items) {
		// "he told Rubio": a companion, unless an interview or a show
		// makes him its host ("told Chuck Todd in an interview").
		items = append(items[:companion], items[companion+1:]...)
	}
	items = dropContained(items)
	if len(items) == 0 && date == "" {
		return nil
	}
	return &Venue{Text: strings.Join(items, ", "), Explicit: len(items) > 0, Date: date}
}

// placeEnd ends the capitalised name at p, before lim: "Kyiv", "CNN's
// State of the Union", "Senate Armed Services Committee".
func (f *finder) placeEnd(p, lim int) int {
	d := f.d
	e := p
	for e < lim && d.toks[e].quote == 0 {
		switch {
		case d.capWord(e) && !d.in(e, wcWeekday) || d.toks[e].kind == tkPoss:
			e++ // not "Miami Tuesday"
		case e > p && d.capWord(e-1) && dayNumber(d.lw(e)) > 0 && !(d.word(e+1) && !d.toks[e+1].cap):
			e++ // "France 2", "BBC Radio 4's", not "Kyiv 3 people"
		case d.is(e, "of") && e > p && e+1 < lim && d.capWord(e+1):
			e += 2
		case d.is(e, "of") && e > p && e+2 < lim && d.is(e+1, "the") && d.capWord(e+2):
			e += 3
		default:
			return e
		}
	}
	return e
}

// speakingPerson says whether token k names a person who is a source
// somewhere in the article: "he told Rubio" names a companion in
// conversation, not an audience or an outlet.
func (rs *resolver) speakingPerson(k, lim int) bool {
	d := rs.f.d
	if !d.capWord(k) || d.allCaps(k) {
		return false
	}
	e := k
	for e < lim && d.capWord(e) {
		e++
	}
	if e < lim && (d.word(e) && !d.toks[e].cap && !d.in(e, wcVenuePrep) && !d.is(e, "that") || d.toks[e].kind == tkPoss) {
		return false // a phrase's modifier ("told Trump supporters"), an owner ("told Trump's aides")
	}
	i := sort.Search(len(rs.occs), func(i int) bool { return rs.occs[i].tok >= k })
	if i == len(rs.occs) || rs.occs[i].tok != k {
		return false
	}
	id := rs.occs[i].ent
	if rs.ents[id].kind != SpeakerPerson || len(rs.ents[id].words) < 2 {
		return false // "told Fox": a one-word name may be an outlet
	}
	for _, o := range rs.occs {
		if o.ent == id && o.source {
			return true
		}
	}
	return false
}

// hostVenue says whether an item names an interview or a programme,
// whose host a told person is.
func (f *finder) hostVenue(items []string) bool {
	for _, x := range items {
		if spokenVenue(x) && !strings.Contains(x, "reporters") || strings.Contains(x, "phone") {
			return true
		}
	}
	return false
}

// hearer returns the audience phrase at token k, before lim, without its
// determiner: "told Finnish media", "told a security conference" (the
// venue noun after a modifier the phrase reader took for its head).
func (f *finder) hearer(k, lim int) string {
	d := f.d
	if d.in(k, wcVenuePrep) || d.is(k, "aboard") {
		return "" // "told reporters aboard Air Force One": the cue held the hearer
	}
	if (d.in(k, wcPronoun) || objPronouns[d.lw(k)]) && d.lw(k) != "her" || honorifics[d.lw(k)] {
		return "" // "told me", "told them", "told Mr. Obama": a person, not an audience
	}
	if chambers[d.lw(k)] && !d.toks[k].cap && d.word(k) && d.toks[k].quote == 0 {
		return d.text(int(d.toks[k].s), int(d.toks[k].e)) // "told parliament"
	}
	ne := d.npForward(k, lim)
	if ne <= k {
		// "told a gathering of diplomats", "told a packed audience": an
		// assembly the phrase reader does not take for a name.
		for j := k + 1; j < lim && j <= k+3 && d.word(j) && d.toks[j].quote == 0 && d.in(k, wcDeterminer|wcPossPronoun); j++ {
			if assemblyNouns[d.lw(j)] {
				return d.text(int(d.toks[k+1].s), int(d.toks[j].e))
			}
		}
		return ""
	}
	if ne < lim && d.capWord(ne-1) && (d.is(ne, "of") || d.toks[ne].kind == tkPoss && d.capWord(ne+1) || dayNumber(d.lw(ne)) > 0) {
		ne = max(ne, f.placeEnd(ne-1, lim)) // "told CNN's State of the Union", "told BBC Radio 4's Today"
		if d.toks[ne-1].kind == tkPoss {
			ne-- // "told BBC Radio 4's “Today”": the title is quoted
		}
	}
	if ne < lim && (d.in(ne, wcVenueNoun) || d.is(ne, "programme") || assemblyNouns[d.lw(ne)] || d.is(ne, "congress")) && d.toks[ne].quote == 0 {
		ne++ // "told a security conference", "told … Today programme"
	}
	for j := k + 1; j < ne; j++ {
		if d.in(j, wcWeekday|wcPossPronoun|wcSubjPronoun) || !d.toks[j].cap && (d.in(j, wcVenuePrep) || d.is(j, "aboard")) {
			ne = j // "told Cruz backers Saturday night", "told the AP her group …", "reporters aboard …"
			break
		}
	}
	if d.in(k, wcDeterminer) && !(d.is(k, "the") && d.toks[k].cap && d.capWord(k+1)) {
		k++ // "told the BBC", but "told The Associated Press"
	}
	if k >= ne || personHearers[d.lw(ne-1)] && !d.toks[ne-1].cap {
		return "" // "told a woman", "told friends", "told stories": no audience
	}
	return d.text(int(d.toks[k].s), int(d.toks[ne-1].e))
}

// chambers are assemblies told without an article: "told parliament".
var chambers = setOf("parliament")

// personHearers head a hearer who is one or a few persons, not an
// audience or an outlet ("told friends", "told a senator"), or what a
// story-teller tells ("told stories").
var personHearers = setOf("woman women man men person people senator friend friends aide aides adviser advisers advisors associates colleague colleagues others everyone someone anyone investigators family relatives official officials staffer staffers wife husband son daughter mother father story stories joke jokes")

// dropContained removes venue items that a longer item holds as a word
// ("conference" beside "security conference").
func dropContained(items []string) []string {
	out := make([]string, 0, len(items))
	for i, x := range items {
		held := false
		for j, y := range items {
			if i != j && len(y) > len(x) && holdsPhrase(strings.ToLower(y), strings.ToLower(x)) {
				held = true
				break
			}
		}
		if !held {
			out = append(out, x)
		}
	}
	return out
}

// holdsPhrase says whether s holds w as whole words.
func holdsPhrase(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		if (i == 0 || s[i-1] == ' ') && (end == len(s) || s[end] == ' ' || s[end] == ',') {
			return true
		}
		next := strings.Index(s[i+1:], w)
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// platformAfter returns the platform named after "on" at token k ("on
// X", "on her Instagram", "on Truth Social"), unless it is a's content
// ("commented on Facebook and Google"), or "".
func (f *finder) platformAfter(a *attr, k, lim int) string {
	d := f.d
	if !d.is(k, "on") && !d.is(k, "to") {
		return ""
	}
	p := k + 1
	if d.in(p, wcPossPronoun) {
		p++
	}
	if !d.capWord(p) || !platforms[strings.TrimSuffix(d.lw(p), ".")] || a.covers(int(d.toks[p].s)) {
		return ""
	}
	e := p + 1
	for e < lim && d.capWord(e) && !d.in(e, wcLeadStop) {
		e++
	}
	return strings.TrimSuffix(d.text(int(d.toks[p].s), int(d.toks[e-1].e)), ".")
}

// mediaAfter returns the broadcaster named after "on" at token k, before
// lim: "said on Fox News", "an interview on France 2", "on CNN", but not
// a topic ("an interview on Iran") or a name owning something ("on
// NATO's plans", read as a programme or not at all).
func (f *finder) mediaAfter(a *attr, k, lim int) string {
	d := f.d
	p := k + 1
	if !d.is(k, "on") || !d.capWord(p) || d.in(p, wcWeekday) || monthWords[d.lw(p)] || platforms[d.lw(p)] || a.covers(int(d.toks[p].s)) {
		return ""
	}
	e, media := p, false
	for e < lim && d.toks[e].quote == 0 && (d.capWord(e) && !d.in(e, wcWeekday) || e > p && dayNumber(d.lw(e)) > 0) {
		media = media || mediaHeads[d.lw(e)] || dayNumber(d.lw(e)) > 0 || e == p && allUpper(d.r[d.toks[e].s:d.toks[e].e]) && d.toks[e].e-d.toks[e].s >= 3
		e++
	}
	if !media || e < len(d.toks) && d.toks[e].kind == tkPoss || e-p > 4 {
		return ""
	}
	return d.text(int(d.toks[p].s), int(d.toks[e-1].e))
}

// mediaHeads end or hold a broadcaster's name: "Fox News", "Sky TV",
// "Radio Nord".
var mediaHeads = setOf("news tv radio channel television network broadcasting")

// honorifics open a hearer who is a person: "told Mr. Obama".
var honorifics = setOf("mr. mrs. ms. dr. mr mrs ms dr")

// assemblyNouns are audiences a speaker tells: "told a gathering".
var assemblyNouns = setOf("gathering audience crowd assembly congregation rally meeting conference summit forum convention session")

// atTargets take whom they aim at with "at": "looking at Bennett", "a
// swipe at Bush".
var atTargets = setOf("look looks looked looking glance glanced glancing point pointed pointing aim aimed aiming jab jabs jabbed swipe swipes swiped dig digs shot shots laughed laughing smiled smiling stared staring shouted shouting yelled yelling directed hit hits")

// languages are what words are said in, not where: "said in English".
var languages = setOf("english spanish french german arabic russian chinese mandarin cantonese portuguese italian hebrew japanese korean turkish farsi persian hindi urdu ukrainian polish dutch greek swahili creole latin")

// airVerbs tell where an interview or a statement appeared: "an
// interview that aired Sunday".
var airVerbs = setOf("aired airs ran runs appeared appears was were published broadcast")

// byMedia are the means after "by": "said by phone", "reached by email".
var byMedia = setOf("phone telephone email e-mail text videolink")

// panelNouns take the body heard with "before": "testimony before the
// House Oversight Committee".
var panelNouns = setOf("hearing testimony appearance")

// addressNouns take their audience or outlet with "to": "a speech to
// the Knesset", "a statement to CNN" (a letter to Congress names a
// reader).
var addressNouns = setOf("speech address remarks testimony statement statements comments")

// covers says whether the character offset c lies in the attribution's
// content: "commented on Facebook and Google" names no venue.
func (a *attr) covers(c int) bool {
	for _, fr := range a.frags {
		if c >= fr[0] && c < fr[1] {
			return true
		}
	}
	return false
}

// writtenCue says whether a's cue says its words were written.
func (f *finder) writtenCue(a *attr) bool {
	return a.cueS >= 0 && writtenCues[f.d.lw(a.cueS)]
}

// tweetCue says whether a's cue is a tweet verb ("tweeted").
func (f *finder) tweetCue(a *attr) bool {
	if a.cueS < 0 {
		return false
	}
	w := f.d.lw(a.cueS)
	return (strings.HasPrefix(w, "tweet") || strings.HasPrefix(w, "retweet")) && tweetCues[w]
}

// mediumChange says whether quote a may not inherit venue text from the
// earlier quote b of the same speaker: written words do not take a
// spoken occasion ("said in an interview …" then "he wrote on X"), nor
// other words a tweet's, unless they go on from it ("he added").
func (f *finder) mediumChange(a, b *attr, text string) bool {
	d := f.d
	if f.writtenCue(a) {
		return spokenVenue(text)
	}
	goesOn := a.cueS >= 0 && (addForms[d.lw(a.cueS)] || d.is(a.cueS, "continued"))
	return !goesOn && f.tweetCue(b)
}

// writtenCues say the words were written or posted, not spoken: such a
// quote does not inherit a spoken occasion.
var writtenCues = setOf("wrote writes write writing tweeted tweets tweeting retweeted posted posts emailed texted blogged")

// tweetCues name the medium themselves: "he tweeted" is on Twitter.
var tweetCues = setOf("tweeted tweets tweeting retweeted")

// namesTwitter says whether a venue item already names the medium of a
// tweet: "in a tweet", "on Twitter".
func (f *finder) namesTwitter(items []string) bool {
	for _, x := range items {
		x = strings.ToLower(x)
		if strings.Contains(x, "tweet") || strings.Contains(x, "twitter") {
			return true
		}
	}
	return false
}

// spokenVenue says whether a venue's text names a spoken occasion: "an
// interview", "a rally", "reporters".
func spokenVenue(text string) bool {
	for text != "" {
		w, rest, _ := strings.Cut(text, " ")
		if spokenVenueNouns[strings.ToLower(strings.TrimSuffix(w, ","))] {
			return true
		}
		text = rest
	}
	return false
}

// spokenVenueNouns are the venue nouns of occasions where words are spoken.
var spokenVenueNouns = setOf("interview interviews rally conference call meeting speech debate show reporters journalists hearing briefing summit event hall appearance remarks address program programme podcast radio television broadcast session forum convention ceremony parade visit trip")

// leadDate says whether a sentence opens with a day: "On Monday, …",
// "Late Wednesday, …", "On Sept. 3, …".
func (f *finder) leadDate(k int) bool {
	d := f.d
	if d.in(k, wcWeekday) {
		return true
	}
	return (d.is(k, "on") || d.is(k, "late") || d.is(k, "early") || d.is(k, "earlier") || d.is(k, "last")) && (d.in(k+1, wcWeekday) || d.is(k, "on") && monthWords[d.lw(k+1)])
}

// leadVenuePreps open a sentence's leading venue phrase: "In a
// statement, …", "At the summit, …", "During a visit to Kyiv, …".
var leadVenuePreps = setOf("in at during")

// tellForms are the forms of "tell" (and "briefed") whose hearer is the
// audience a venue names: "told reporters", "briefed lawmakers".
var tellForms = setOf("told tells tell telling briefed")

// platforms are social networks and messaging services a post appears
// on, capitalised after "on": "on X", "on Truth Social".
var platforms = setOf("x twitter facebook instagram tiktok telegram youtube threads bluesky linkedin weibo wechat reddit truth snapchat whatsapp substack mastodon")

// venueVerb says whether the venue noun at k is a verb, or "event" in
// "in the event of": "trying to
// show", "polls show that", "will address the crowd", "surveys show
// wages rising" (after a plural subject), "Critics call it" (a
// sentence's first word is capitalised, not a name).
func (f *finder) venueVerb(k, from int) bool {
	d := f.d
	if d.is(k, "event") {
		// "in the unlikely event they all voted", "in the event of a tie"
		return d.is(k-1, "unlikely") || d.is(k-1, "any") || d.is(k+1, "of") || d.is(k+1, "that") || d.in(k+1, wcSubjPronoun)
	}
	if !verbishVenues[d.lw(k)] || d.toks[k].cap {
		return false
	}
	p := k - 1
	if d.in(p, wcDeterminer|wcPossPronoun) || d.toks[p].kind == tkPoss || d.capWord(p) && p > from || venueMods[d.lw(p)] || d.in(p, wcVenueNoun) {
		return false // "a show", "his address", "the GOP debate", "a phone call"
	}
	pw := d.lw(p)
	return d.is(p, "to") || d.in(p, wcAuxVerb) || d.in(p, wcSubjPronoun) || d.word(p) && strings.HasSuffix(pw, "s") && !strings.HasSuffix(pw, "ss") || verbNext[d.lw(k+1)] || d.in(k+1, wcDeterminer) && !d.is(k+1, "that") || d.is(k, "show") && d.is(k+1, "that")
}

// venueNounAt says whether the verbish venue noun at k is a noun by what
// stands before it: "his Facebook post", "the Sanders show", "a call".
func (f *finder) venueNounAt(k, from int) bool {
	d := f.d
	p := k - 1
	return p >= 0 && (d.in(p, wcDeterminer|wcPossPronoun) || d.toks[p].kind == tkPoss || d.capWord(p) && p > from)
}

// verbishVenues are venue nouns that are also verbs.
var verbishVenues = setOf("show call post address visit stop tweet broadcast debate rally")

// verbNext follow a verb rather than a noun: "show how", "call him"
// ("show that" too, but "the debate that" is a noun).
var verbNext = setOf("how what why whether up him her them it us me")

// afterEvent says whether the venue noun at k closes a phrase that
// dates the words by an event rather than placing them: "said after the
// meeting", "told reporters before the hearing", "ahead of the summit",
// "after meeting aides" (a verb).
func (f *finder) afterEvent(k, from int) bool {
	d := f.d
	b := k - 1
	for b >= from && b > k-5 && (d.word(b) || d.toks[b].kind == tkPoss) && d.toks[b].quote == 0 && !eventBounds[d.lw(b)] && !d.in(b, wcVenuePrep) {
		if d.in(b, wcDeterminer|wcPossPronoun) {
			b-- // "after the caucus meeting": the words between are the noun's
			break
		}
		b--
	}
	// "after a town hall in Worcester" is the occasion the words were
	// said at, on its margins; "after the meeting" one the article told.
	if b > from && d.is(b, "of") && d.is(b-1, "ahead") {
		b-- // "ahead of the summit"
	}
	return b >= from && eventBounds[d.lw(b)] && !d.is(b+1, "a") && !d.is(b+1, "an")
}

// eventBounds open a time phrase around an event: "after the meeting",
// "ahead of the summit".
var eventBounds = setOf("after before following ahead since until")

// venueOnlyNouns name an occasion, a medium or a building as venueNouns
// do ("in a note to clients", "in a news release", "at a fundraiser",
// "outside the courthouse"), but only the venue reads them, and only
// inside a venue phrase (venuePhrase): the content boundaries do not
// skip them, and "experts note", "a message of unity", "filed a
// lawsuit" name no venue.
var venueOnlyNouns = setOf("note report release memo ad advertisement commercial analysis newsletter essay column blog testimony sermon lecture eulogy documentary memoir book affidavit message webinar livestream panel roundtable luncheon dinner gala fundraiser reception vigil funeral memorial festival concert graduation commencement court trial documents papers file files programme estate office courthouse residence embassy hospital church mosque synagogue cathedral campus headquarters parliament hotel arena stadium prison jail gates lobby steps podium")

// venuePhrase says whether the noun at k ends a phrase opened by a
// venue preposition: "in a note", "at his annual fundraiser", "in
// court", "in Peter Lee's book". Between them stand determiners,
// names, venue modifiers and one other word next to the noun ("a guest
// column"), not a clause ("the rally on Wednesday had one message").
func (f *finder) venuePhrase(k, from int) bool {
	d := f.d
	if d.is(k, "office") && !d.in(k-1, wcPossPronoun|wcDeterminer) && !d.is(k-1, "campaign") {
		return false // "in office", "in public office": a post, not a room
	}
	b := k - 1
	if d.word(b) && !d.toks[b].cap && !d.in(b, wcVenuePrep|wcDeterminer|wcPossPronoun) {
		b-- // the one other word, next to the noun: "a guest column"
	}
	for b >= from && b > k-6 && d.toks[b].quote == 0 && (d.toks[b].kind == tkPoss || d.in(b, wcDeterminer|wcPossPronoun) || d.capWord(b) && !d.in(b, wcWeekday) || venueMods[d.lw(b)]) {
		b--
	}
	return b >= from && venueOpeners[d.lw(b)]
}

// venueOpeners open a phrase that places words: "in a memo", "at a
// gala", "during testimony", "on his blog", "outside the courthouse".
var venueOpeners = setOf("in at during on through via outside inside")

// venueMods qualify a venue noun: "news conference", "social media",
// "televised address", "court filing", "emergency briefing".
var venueMods = setOf("news press social video phone text floor regular daily earnings evening morning hallway general late-night opening closing emailed written prepared postgame shareholder shareholders quarterly brief separate signing confirmation concession acceptance swearing-in research client investor town joint radio television tv campaign election debate victory private public closed-door online live national local state foreign finnish televised nightly weekly annual emergency court regulatory keynote inaugural commencement farewell virtual exclusive")

// interviewNouns take the outlet or host with "with": "an interview
// with the BBC" (a meeting with a president names a companion).
var interviewNouns = setOf("interview interviews call podcast")

// tripNouns take the place with "to": "a visit to Kharkiv" (a letter to
// a senator names a reader).
var tripNouns = setOf("visit trip tour")

// eventNouns name the occasions an article is usually about.
var eventNouns = setOf("summit meeting conference rally debate convention speech briefing hearing visit parade forum ceremony talks interview")

// statedVenue says whether token k is where one attribution says its own
// words were spoken ("told a security conference in Salen"): that is one
// speaker's occasion, not the article's.
func (f *finder) statedVenue(k int) bool {
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS >= 0 && k >= a.cueS && k < max(a.cueE, a.venueE) {
			return true
		}
	}
	return false
}

// mainEvent finds the article's occasion in its first prose paragraphs:
// "a summit in Paris" gives "summit, Paris". Quotes with no venue of their
// own get it, marked not explicit.
func (f *finder) mainEvent(published string) *Venue {
	d := f.d
	for si, s := range f.sents {
		if si > 8 {
			break
		}
		for k := s.ts; k < s.te; k++ {
			if d.toks[k].quote != 0 || !d.in(k, wcEventNoun) || f.statedVenue(k) {
				continue
			}
			// The place: "in/at Capitalised…" within a few words.
			for j := k + 1; j < s.te && j < k+6; j++ {
				// Not a month ("the convention in July") and not a
				// title-case headline's "In" ("… Debate In The Most
				// Awkward Way"); an all-capitals one names its place.
				if (d.is(j, "in") || d.is(j, "at")) && (!d.toks[j].cap || allUpper(d.r[d.toks[j].s:d.toks[j].e])) && d.capWord(j+1) && !isWeekday(d.lw(j+1)) && !monthWords[d.lw(j+1)] {
					e := j + 1
					for e < s.te && (d.capWord(e) && !isWeekday(d.lw(e)) && !monthWords[d.lw(e)] || d.toks[e].kind == tkPoss) {
						e++
					}
					v := &Venue{Text: d.lw(k) + ", " + d.text(int(d.toks[j+1].s), int(d.toks[e-1].e))}
					for i := s.ts; i < s.te; i++ {
						if isWeekday(d.lw(i)) {
							v.Date = resolveDay(d.lw(i), published)
							break
						}
					}
					return v
				}
			}
		}
	}
	return nil
}
