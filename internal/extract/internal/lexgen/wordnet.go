package main

import (
	_ "embed"
	"strings"
)

// wordnetList is wngen's output: WordNet's verbs of communication,
// cognition and emotion that take a that-clause.
//
//go:embed wordnet.txt
var wordnetList string

// wordnetMaxOcc is how often train may show a form outside quotations,
// never as a cue, and still take the WordNet prior: a form train shows
// more often without marking it has its own evidence against it.
const wordnetMaxOcc = 1

// wordnetPrior is the precision a WordNet form takes. Measured across
// train's halves: the forms one half never marks and shows at most once
// are cues in the other half 25–32% of the time (45% before "that"), so
// the extractor trusts them only where a named subject or a that-clause
// backs them, as it does any cue seen once.
const wordnetPrior = 0.3

// wordnetVerb is one verb of wordnet.txt.
type wordnetVerb struct {
	lemma string
	typ   string // "speech" or "thought"
	noun  bool   // WordNet knows the word at least as often as a noun or adjective
}

func wordnetVerbs() []wordnetVerb {
	var out []wordnetVerb
	for _, l := range strings.Split(wordnetList, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			continue
		}
		out = append(out, wordnetVerb{f[0], f[1], len(f) > 2 && f[2] == "noun"})
	}
	return out
}

// forms returns a WordNet verb's inflections. A word WordNet knows as
// often as a noun or adjective keeps only the forms those lack
// ("hinted", "hinting"; not "hint", "hints").
func (v wordnetVerb) forms() []string {
	fs, ok := irregular[v.lemma]
	if !ok {
		fs = append([]string{v.lemma}, lemmaForms(v.lemma)...)
	}
	var out []string
	for _, f := range fs {
		if v.noun && (f == v.lemma || f == plural(v.lemma)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// lemmaForms inflects a lemma by English spelling rules. A final
// consonant after one vowel doubles in one syllable ("snapped") and may
// in more when it is an r ("inferred", "answered"): both are made there,
// and the one English lacks never occurs in text.
func lemmaForms(b string) []string {
	n := len(b)
	if n < 3 {
		return nil
	}
	last := b[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var out []string
	switch {
	case last == 'y' && !vowel(b[n-2]):
		out = []string{b[:n-1] + "ies", b[:n-1] + "ied", b + "ing"}
	case last == 'e':
		out = []string{b + "s", b + "d", b[:n-1] + "ing"}
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || last == 'x' || last == 'z':
		out = []string{b + "es", b + "ed", b + "ing"}
	default:
		out = []string{b + "s", b + "ed", b + "ing"}
		if !vowel(last) && last != 'w' && last != 'y' && vowel(b[n-2]) && !vowel(b[n-3]) && (syllables(b) == 1 || last == 'r') {
			out = append(out, b+b[n-1:]+"ed", b+b[n-1:]+"ing")
		}
	}
	return out
}

// plural is the -s form of a lemma.
func plural(b string) string {
	if f := lemmaForms(b); len(f) > 0 {
		return f[0]
	}
	return b
}

// syllables counts a word's vowel groups.
func syllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}
