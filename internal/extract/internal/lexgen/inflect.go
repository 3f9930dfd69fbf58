package main

import "strings"

// verbForms returns the other inflections of a verb form: "dismissed"
// gives "dismiss", "dismisses", "dismissing"; "touts" gives "tout",
// "touted", "touting"; "took" gives "take", "taken", "takes", "taking"
// (irregular). It guesses spelling rules (a silent e, a doubled
// consonant, y to i) and may return forms English does not have; those
// never occur in text, so they never match.
func verbForms(w string, known func(string) bool) []string {
	if noForms[w] {
		return nil
	}
	if fam, ok := irregular[w]; ok {
		out := make([]string, 0, len(fam)-1)
		for _, f := range fam {
			if f != w {
				out = append(out, f)
			}
		}
		return out
	}
	var bases []string
	switch {
	case len(w) < 4 || nounSuffix(w):
		return nil
	case strings.HasSuffix(w, "ied"):
		bases = []string{w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "ed"):
		bases = []string{w[:len(w)-2], w[:len(w)-1]}
		if n := len(w); n >= 5 && w[n-3] == w[n-4] {
			bases = append(bases, w[:n-3])
		}
	case strings.HasSuffix(w, "ing"):
		bases = []string{w[:len(w)-3], w[:len(w)-3] + "e"}
		if n := len(w); n >= 6 && w[n-4] == w[n-5] {
			bases = append(bases, w[:n-4])
		}
	case strings.HasSuffix(w, "ies"):
		bases = []string{w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "es"):
		bases = []string{w[:len(w)-2], w[:len(w)-1]}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		bases = []string{w[:len(w)-1]}
	default:
		bases = []string{w}
	}
	// Of the spellings a form allows ("complained": "complain" or
	// "complaine"), keep those the text shows, if it shows any.
	var attested []string
	for _, b := range bases {
		if known(b) {
			attested = append(attested, b)
		}
	}
	if len(attested) > 0 {
		bases = attested
	}
	seen := map[string]bool{w: true}
	var out []string
	add := func(f string) {
		if len(f) >= 3 && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, b := range bases {
		if len(b) < 3 {
			continue
		}
		add(b)
		last := b[len(b)-1]
		consY := last == 'y' && !strings.ContainsRune("aeiou", rune(b[len(b)-2]))
		switch {
		case consY:
			add(b[:len(b)-1] + "ies")
			add(b[:len(b)-1] + "ied")
			add(b + "ing")
		case last == 'e':
			add(b + "s")
			add(b + "d")
			add(b[:len(b)-1] + "ing")
		case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
			add(b + "es")
			add(b + "ed")
			add(b + "ing")
		default:
			add(b + "s")
			add(b + "ed")
			add(b + "ing")
		}
	}
	return out
}

// noForms are irregular forms the regular rules would misread: "found"
// is "find"'s past, and its regular forms are another verb's ("founded",
// "founding"), as cues they read "a firm founded in 1999 by Lee" as
// Lee's report (9 such predictions on train, none right). It is not
// tied to "find" either: "will find a home" is no report as often as
// "found that …" is one.
var noForms = words("found")

// adverbShape says whether w looks like an "-ly" adverb ("abruptly"),
// which has no inflections; short words ("rally") and verbs in "-ply"
// ("reply", "supply") do.
func adverbShape(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ply")
}

// nounSuffix says whether a word ends like a noun ("acknowledgment",
// "condemnation"), which has no verb forms to lend.
func nounSuffix(w string) bool {
	for _, suf := range []string{"ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ities"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// irregular maps each form of a common irregular verb to all its forms,
// so that "took issue with" lends to "takes issue with" and no
// "tooked" or "wroted" is made up. Verbs whose forms are as often
// nouns or adjectives elsewhere ("lie", "found") are left out; those
// whose forms are often nouns or other words lend only inside a phrase
// (see nounForm).
var irregular = func() map[string][]string {
	m := map[string][]string{}
	for _, l := range strings.Split(`take took taken takes taking
make made makes making
give gave given gives giving
speak spoke spoken speaks speaking
write wrote written writes writing
hold held holds holding
bring brought brings bringing
tell told tells telling
think thought thinks thinking
feel felt feels feeling
know knew known knows knowing
see saw seen sees seeing
come came comes coming
go went gone goes going
put puts putting
send sent sends sending
keep kept keeps keeping
strike struck strikes striking
throw threw thrown throws throwing
draw drew drawn draws drawing
fight fought fights fighting
seek sought seeks seeking
win won wins winning
break broke broken breaks breaking
choose chose chosen chooses choosing
hear heard hears hearing
shake shook shaken shakes shaking
swear swore sworn swears swearing
get got gotten gets getting
hit hits hitting
pay paid pays paying
meet met meets meeting
become became becomes becoming
begin began begun begins beginning
leave left leaves leaving
mean meant means meaning
set sets setting
run ran runs running
lead led leads leading
stand stood stands standing
teach taught teaches teaching
blow blew blown blows blowing
cast casts casting
say said says saying
understand understood understands understanding
withdraw withdrew withdrawn withdraws withdrawing
shoot shot shoots shooting
grow grew grown grows growing
forecast forecasts forecasting
split splits splitting
lay laid lays laying`, "\n") {
		f := strings.Fields(l)
		for _, w := range f {
			m[w] = f
		}
	}
	return m
}()

// nounForm lists irregular verbs whose forms alone are as often nouns,
// adjectives or other words ("left", "means", "set", "run", "lead",
// "stands"): a lone form lends nothing; inside a phrase ("stood by") the
// phrase pins the verb.
var nounForm = words(`leave left leaves leaving
mean meant means meaning
set sets setting
run ran runs running
lead led leads leading
stand stood stands standing`)

// auxForm lists the forms of "be" and "have": the extractor absorbs
// them itself, and a phrase they open has them as a modifier of the cue
// ("being nominated"), so they lend nothing.
var auxForm = words("be is am are was were been being have has had having")
