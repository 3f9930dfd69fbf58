package main

import "strings"

// verbForms returns the other inflections of a verb form: "dismissed"
// gives "dismiss", "dismisses", "dismissing"; "touts" gives "tout",
// "touted", "touting". It guesses spelling rules (a silent e, a doubled
// consonant, y to i) and may return forms English does not have; those
// never occur in text, so they never match.
func verbForms(w string, known func(string) bool) []string {
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
