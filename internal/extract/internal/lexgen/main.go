// Command lexgen learns the extractor's lexicons from PolNeAR's training
// split and writes them as Go source, so the extractor itself never reads
// files. Run from the repository root:
//
//	go run ./internal/extract/internal/lexgen
//
// It reads ../shared/eval/polnear-train.jsonl and writes
// internal/extract/lexicon_gen.go.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type quote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Kind    string `json:"kind"`
	Source  *span  `json:"speaker_mention"`
	Cue     *span  `json:"cue"`
	Content string `json:"text"`
}

type article struct {
	Text   string  `json:"text"`
	Quotes []quote `json:"quotes"`
}

// tokens lower-cases and splits like the extractor's tokenizer does, near
// enough for counting: words keep inner apostrophes and hyphens, a
// possessive 's is its own token, every other mark is a token.
func tokens(s string) []string {
	rt := scanTokens(s, true)
	out := make([]string, len(rt))
	for i, t := range rt {
		out[i] = t.w
	}
	return out
}

// scanTokens splits text as the extractor does: lower-case words with
// inner apostrophes and hyphens, a possessive "'s" apart, each other
// character alone, and (with newlines) paragraph breaks as "\n"; each
// token keeps its code-point offsets and whether it started with a
// capital.
func scanTokens(text string, newlines bool) []rtok {
	r := []rune(strings.ReplaceAll(text, "’", "'"))
	var out []rtok
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == '\n' && newlines:
			out = append(out, rtok{"\n", false, i, i + 1})
			i++
		case unicode.IsSpace(c):
			i++
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			j := wordEnd(r, i)
			out = append(out, rtok{strings.ToLower(string(r[i:j])), unicode.IsUpper(c), i, j})
			i = j
		case c == '\'' && i+1 < len(r) && unicode.ToLower(r[i+1]) == 's' && (i+2 >= len(r) || !unicode.IsLetter(r[i+2])):
			out = append(out, rtok{"'s", false, i, i + 2})
			i += 2
		default:
			out = append(out, rtok{strings.ToLower(string(c)), false, i, i + 1})
			i++
		}
	}
	return out
}

// Hand-written lemma classes: which cues report thought, writing or
// findings rather than speech. Matched on a cue's first word.
var (
	thoughtWords = words("think thinks thought believe believes believed want wants wanted hope hopes hoped know knows knew feel feels felt fear fears feared expect expects expected worry worries worried wonder wonders wondered doubt doubts doubted consider considers considered see sees saw seem seems seemed appear appears appeared like likes liked prefer prefers preferred support supports supported oppose opposes opposed agree agrees agreed disagree disagrees disagreed understand understands understood suspect suspects suspected assume assumes assumed imagine imagines imagined trust trusts trusted view views viewed regard regards regarded is are was were be been")
	writingWords = words("wrote write writes writing tweeted tweet tweets tweeting posted post posts posting published publish publishes emailed email texted blogged")
	reportWords  = words("show shows showed shown showing found find finds finding suggest suggests suggested indicate indicates indicated reveal reveals revealed revealing report reports reported estimate estimates estimated")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var auxWords = words("has have had will would also is was are were be been to not n't did does do could can may might should must just then later previously already still reportedly repeatedly publicly privately again")

func cueType(toks []string) string {
	for _, t := range toks {
		if auxWords[t] && len(toks) > 1 {
			continue
		}
		switch {
		case thoughtWords[t]:
			return "CueThought"
		case writingWords[t]:
			return "CueWriting"
		case reportWords[t]:
			return "CueReport"
		}
		return "CueSpeech"
	}
	return "CueSpeech"
}

func main() {
	in := flag.String("in", "../shared/eval/polnear-train.jsonl", "PolNeAR training split")
	out := flag.String("out", "internal/extract/lexicon_gen.go", "generated Go file")
	frames := flag.String("frames", "internal/extract/infinitive_gen.go", "generated Go file of infinitive-frame cues")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var arts []article
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			log.Fatal(err)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}

	// Cue phrases: strip leading auxiliaries/adverbs so "has said" and
	// "also said" count for "said"; the extractor absorbs those itself.
	cueCount := map[string]int{}
	headCount := map[string]int{}
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.Cue != nil {
				t := tokens(q.Cue.Text)
				for len(t) > 1 && auxWords[t[0]] {
					t = t[1:]
				}
				if len(t) > 0 && len(t) <= 4 && t[0] != ":" {
					cueCount[strings.Join(t, " ")]++
				}
			}
			if q.Source != nil {
				t := tokens(q.Source.Text)
				if len(t) > 0 {
					h := t[len(t)-1]
					raw := []rune(q.Source.Text)
					// Only lower-case heads: names are found by capitalisation.
					if len(raw) > 0 && unicode.IsLower(lastWordFirstRune(q.Source.Text)) && unicode.IsLetter(raw[len(raw)-1]) {
						headCount[h]++
					}
				}
			}
		}
	}
	// Precision: how often the phrase is a cue among all its occurrences.
	splits := headSplits(arts)
	names := nameWords(arts)
	cand := map[string]bool{}
	for k, n := range cueCount {
		if n >= 1 && !swallowsHead(k, n, splits) && !names[k] {
			cand[k] = true
		}
	}
	// Inflections of a cue's first word that train never shows at all
	// ("dismisses" when only "dismissed" is seen) take the precision of
	// the forms it does show: counted here so that a form train has
	// without ever marking it stays out.
	vocab := map[string]bool{}
	for _, a := range arts {
		for _, w := range tokens(a.Text) {
			vocab[w] = true
		}
	}
	variants := map[string][]string{} // variant phrase -> phrases it comes from
	for k := range cand {
		t := strings.Fields(k)
		if adverbShape(t[0]) {
			continue // "abruptly fired": no inflection of "abruptly" exists
		}
		if auxForm[t[0]] || len(t) == 1 && nounForm[t[0]] {
			continue
		}
		if len(t) > 1 && verbForm(t[1], cand) {
			// The first word modifies the verb after it ("even
			// claimed", "being nominated", "first reported"): it has
			// no inflections to lend ("evening claimed").
			continue
		}
		forms := verbForms(t[0], func(b string) bool { return vocab[b] })
		if len(t) > 1 && !slices.ContainsFunc(forms, func(f string) bool { return vocab[f] }) {
			// No other form of the phrase's first word is in the
			// text: it is no verb ("always", "very", "10-year"), and
			// "alwayed stood for" would only swell the lexicon.
			continue
		}
		for _, v := range forms {
			// A phrase lends even where its verb alone is a cue
			// ("calls" beside "called on"), unless that verb is a
			// confident one (see phraseCap).
			vk := strings.Join(append([]string{v}, t[1:]...), " ")
			if !cand[vk] && cueCount[vk] == 0 {
				variants[vk] = append(variants[vk], k)
			}
		}
	}
	counted := map[string]bool{}
	for k := range cand {
		counted[k] = true
	}
	for k := range variants {
		counted[k] = true
	}
	wordnet := map[string]string{} // WordNet form -> cue type
	for _, v := range wordnetVerbs() {
		for _, f := range v.forms() {
			if cueCount[f] == 0 && !names[f] && !auxForm[f] && !nounForm[f] {
				wordnet[f] = v.typ
				counted[f] = true
			}
		}
	}
	occ := map[string]int{}
	headOcc := map[string]int{}
	for _, a := range arts {
		t := tokens(a.Text)
		inQuote := false
		for i := range t {
			// Words inside quotation marks are the speaker's, not the
			// reporter's: they never carry an attribution of the article.
			switch t[i] {
			case "“", "\"":
				inQuote = t[i] == "“" || !inQuote
			case "”":
				inQuote = false
			case "\n":
				inQuote = false
			}
			if inQuote {
				continue
			}
			for n := 1; n <= 4 && i+n <= len(t); n++ {
				k := strings.Join(t[i:i+n], " ")
				if counted[k] {
					occ[k]++
				}
			}
			if headCount[t[i]] > 0 {
				headOcc[t[i]]++
			}
		}
	}
	type entry struct {
		k    string
		n    int
		prec float64
	}
	var cues []entry
	for k := range cand {
		p := float64(cueCount[k]) / float64(max(occ[k], cueCount[k]))
		if p >= 0.05 {
			cues = append(cues, entry{k, cueCount[k], p})
		}
	}
	for vk, from := range variants {
		// A form train shows without marking it counts its occurrences
		// as the family's misses: "states" (a noun far more often than
		// "stated" is a cue) stays out, "acknowledges" seen once
		// unmarked beside a reliable "acknowledged" comes in.
		n, o := 0, occ[vk]
		for _, k := range from {
			n += cueCount[k]
			o += max(occ[k], cueCount[k])
		}
		if p := float64(n) / float64(o); n >= 2 && p >= backoffMin || p >= backoffOne && participle(vk) {
			c, ok := phraseCap(vk, func(w string) (float64, bool) {
				return float64(cueCount[w]) / float64(max(occ[w], cueCount[w])), cand[w]
			})
			if ok {
				cues = append(cues, entry{vk, 1, min(p, c)})
			}
		}
	}
	sort.Slice(cues, func(i, j int) bool { return cues[i].k < cues[j].k })
	var wnCues []entry
	for f := range wordnet {
		if !cand[f] && variants[f] == nil && occ[f] <= wordnetMaxOcc {
			wnCues = append(wnCues, entry{f, 1, wordnetPrior})
		}
	}
	sort.Slice(wnCues, func(i, j int) bool { return wnCues[i].k < wnCues[j].k })
	var heads []entry
	for k, n := range headCount {
		if n >= 3 && len(k) > 1 {
			heads = append(heads, entry{k, n, float64(n) / float64(max(headOcc[k], n))})
		}
	}
	sort.Slice(heads, func(i, j int) bool { return heads[i].k < heads[j].k })

	var b strings.Builder
	b.WriteString("// learnedCues maps a cue phrase (lower case, tokens joined by one space)\n// to its type, its count as a cue in PolNeAR train and its precision\n// (share of its occurrences that are cues).\n")
	b.WriteString("var learnedCues = map[string]cueEntry{\n")
	for _, e := range cues {
		fmt.Fprintf(&b, "\t%q: {%s, %d, %.3f},\n", e.k, cueType(strings.Fields(e.k)), e.n, e.prec)
	}
	b.WriteString("}\n\n")
	b.WriteString("// wordnetCues are forms of WordNet's verbs of speech and thought that\n// take a that-clause (lexgen/wordnet.txt) which train shows at most\n// once and never as a cue: a prior for reporting verbs PolNeAR is too\n// small to teach. They weigh as a phrase train marks once.\n")
	b.WriteString("var wordnetCues = map[string]cueEntry{\n")
	for _, e := range wnCues {
		typ := "CueSpeech"
		if wordnet[e.k] == "thought" {
			typ = "CueThought"
		}
		fmt.Fprintf(&b, "\t%q: {%s, %d, %.3f},\n", e.k, typ, e.n, e.prec)
	}
	b.WriteString("}\n\n")
	b.WriteString("// learnedHeads are lower-case head nouns of PolNeAR source mentions\n// (\"officials\", \"spokesman\", \"poll\") with count and precision.\n")
	b.WriteString("var learnedHeads = map[string]headEntry{\n")
	for _, e := range heads {
		fmt.Fprintf(&b, "\t%q: {%d, %.3f},\n", e.k, e.n, e.prec)
	}
	b.WriteString("}\n")
	if err := writeGenerated(*out, b.String()); err != nil {
		log.Fatal(err)
	}
	fc := infinitiveFrames(arts)
	if err := writeInfinitiveCues(*frames, fc, func(b string) bool { return vocab[b] }); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d cues, %d WordNet cues, %d heads, %d infinitive frames from %d articles", len(cues), len(wnCues), len(heads), len(fc), len(arts))
}

// verbForm says whether w is a verb form that a modifier may open: an
// -ed form, an irregular verb's, or an -s form train marks as a cue
// alone ("alleges"; not "for" or "about", which follow a phrasal verb).
// An -ing form is left out: it is as often a verb's complement
// ("avoided discussing"), and the phrase's verb then lends.
func verbForm(w string, cand map[string]bool) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	return irregular[w] != nil || auxForm[w] || cand[w] && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// backoffMin is the precision the seen forms need to lend it to an unseen one.
// A form marked once ("sides with") lends it only from backoffOne, the
// precision the extractor grants any phrase seen once (buildCueIndex).
// A lent precision stays below the 0.3 of a confident cue (cueAt), which
// other rules read as "this word is a cue": a lent form is a cue only
// where the layout has a subject and its content.
const (
	backoffMin       = 0.2
	backoffOne       = 0.3
	backoffCap       = 0.25
	backoffPhraseCap = 0.3
)

// phraseCap returns the precision cap of lent form k, or false where k
// should not be lent; prec gives a single word's precision and whether
// it is a cue. A phrase whose verb takes an -ed, -ing or -s form
// ("takes issue with", "calls on", "complaining about") may reach the
// 0.3 of a confident cue: its particle or object makes it narrower than
// a lone verb form, which is as often a noun or an adjective. A bare
// form ("post :", "call on") is as often a noun or an order, and keeps
// the single word's cap. Where the verb alone is already a confident
// cue ("complained"), the phrase would only move the boundaries the
// matcher and the layouts draw ("complained of" past the attitude
// layout's ailment guard), so it is not lent.
func phraseCap(k string, prec func(string) (float64, bool)) (float64, bool) {
	h, _, multi := strings.Cut(k, " ")
	if !multi {
		return backoffCap, true
	}
	if p, cue := prec(h); cue && p >= backoffOne {
		return 0, false
	}
	if participle(k) || strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") {
		return backoffPhraseCap, true
	}
	return backoffCap, true
}

// participle says whether a phrase opens with an -ed or -ing form. One
// marked form lends only to these: a bare or -s form is as often a noun
// ("premiered" once would lend to the title "premier").
func participle(k string) bool {
	w, _, _ := strings.Cut(k, " ")
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

func lastWordFirstRune(s string) rune {
	f := strings.Fields(s)
	if len(f) == 0 {
		return 0
	}
	return []rune(f[len(f)-1])[0]
}

// wordEnd returns the end of the word starting at r[i]: letters and
// digits, with inner apostrophes and hyphens, a possessive 's apart.
func wordEnd(r []rune, i int) int {
	j := i
	for j < len(r) && (unicode.IsLetter(r[j]) || unicode.IsDigit(r[j]) ||
		((r[j] == '\'' || r[j] == '-') && j+1 < len(r) && unicode.IsLetter(r[j+1]) && !(r[j] == '\'' && r[j+1] == 's' && (j+2 >= len(r) || !unicode.IsLetter(r[j+2]))))) {
		j++
	}
	return j
}

// isWord says whether t is a word, not punctuation.
func isWord(t rtok) bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nameWords returns the words train never writes in lower case and does
// write capitalised inside a sentence, outside a run of capitals ("Angie
// Holan, an editor", "said Holan"): names. Marked as a cue, such a word
// is an annotation slip. A verb opening a sentence or inside a Title Case
// headline ("Senator Denounces Plan") is no name.
func nameWords(arts []article) map[string]bool {
	lower, capped := map[string]bool{}, map[string]bool{}
	for _, a := range arts {
		ts := scanTokens(a.Text, false)
		for i, t := range ts {
			if !t.cap {
				lower[t.w] = true
			} else if i > 0 && (isWord(ts[i-1]) || ts[i-1].w == ",") && (i+1 == len(ts) || !isWord(ts[i+1]) || !ts[i+1].cap) {
				capped[t.w] = true
			}
		}
	}
	for w := range lower {
		delete(capped, w)
	}
	return capped
}
