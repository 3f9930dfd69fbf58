// Command npgen learns the noun-phrase cue lexicon
// (internal/extract/npcues_gen.go) from PolNeAR's training split.
//
//  1. Per cue phrase of the gold (leading auxiliaries dropped) it counts
//     the contents that start right after the cue and are no clause (np)
//     and the others (other).
//  2. It then measures the layout itself: it extracts train twice, with
//     the layout off (extract.NPOff) and with every phrase firing and
//     trimming (extract.NPLearn). Per phrase it counts the attributions
//     the layout adds (fired) and those that pair with a gold one (hit),
//     and, of the other layouts' contents it changes, those that become
//     right (fix) or wrong (broke).
//
// The table depends on the other layouts: rerun after changing them. From
// the repository root:
//
//	go run ./internal/extract/internal/npgen
//
// It reads ../shared/eval/polnear-train.jsonl and, once done (it runs the
// extractor built with the old table), writes internal/extract/npcues_gen.go.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/score"
)

// entry is {np, other, fired, hit, fix, broke}, as npCue in the extractor.
type entry [6]int

var (
	aux = set("has have had will would also is was are were be been not n't did does do could can may " +
		"might should must just then later previously already still reportedly repeatedly publicly " +
		"privately again")
	clause = set("that to whether if how what why when who where")
	// Speech verbs whose contents are clauses: other layouts read them.
	skip = set("said says say told asked saying of on about in against for")
	// As Python's \w and \s, which the lexicon was first learned with:
	// RE2's \s is ASCII only, and no-break spaces occur in the cues.
	tokRE  = regexp.MustCompile(`[\p{L}\p{M}\p{N}_'’-]+|[^\p{L}\p{M}\p{N}_\s\p{Z}\x{1c}-\x{1f}\x{85}]`)
	letter = regexp.MustCompile(`^[a-z]`)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func toks(s string) []string {
	return tokRE.FindAllString(strings.ReplaceAll(strings.ToLower(s), "’", "'"), -1)
}

func main() {
	in := flag.String("in", "../shared/eval/polnear-train.jsonl", "PolNeAR training split")
	out := flag.String("out", "internal/extract/npcues_gen.go", "generated Go file")
	flag.Parse()
	articles, err := score.ReadGoldFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	table := counts(articles)
	measure(articles, table)
	var buf bytes.Buffer
	write(&buf, table)
	src, err := format.Source(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// predict extracts g's text with the layout run as np.
func predict(g score.Gold, np extract.NPStage) []score.PredQuote {
	return score.FromResult(g.ID, extract.ExtractNP(g.Text, g.Meta(), np)).Quotes
}

func counts(gold []score.Gold) map[string]*entry {
	np, other := map[string]int{}, map[string]int{}
	for _, g := range gold {
		t := []rune(g.Text)
		for _, q := range g.Quotes {
			c := q.Cue
			if c == nil || c.Start == nil || c.End == nil || *c.End == 0 && *c.Start == 0 {
				continue
			}
			ws := toks(c.Text)
			for len(ws) > 1 && aux[ws[0]] {
				ws = ws[1:]
			}
			if len(ws) > 2 && slices.Contains(ws[1:len(ws)-1], "to") {
				// "refused to endorse": the infinitive is the cue phrase;
				// the layout finds the subject of the verb governing it.
				i := len(ws) - 1
				for ws[i] != "to" {
					i--
				}
				ws = ws[i:]
			}
			if len(ws) == 0 || !letter.MatchString(ws[0]) || len(ws) > 3 {
				continue
			}
			key := strings.Join(ws, " ")
			content := string(t[q.Start:q.End])
			fw := ""
			if f := strings.Fields(content); len(f) > 0 {
				fw = strings.ToLower(f[0])
			}
			between := strings.TrimSpace(string(t[min(*c.End, q.Start):q.Start]))
			if q.Start >= *c.End && between == "" && !clause[fw] && !strings.ContainsRune("\"“‘'", []rune(content)[0]) {
				np[key]++
			} else {
				other[key]++
			}
		}
	}
	table := map[string]*entry{}
	for k, n := range np {
		if n >= 3 && n >= other[k] && !skip[k] {
			table[k] = &entry{n, other[k]}
		}
	}
	return table
}

func jaccard(a, b [2]int) float64 {
	i := max(0, min(a[1], b[1])-max(a[0], b[0]))
	u := max(a[1], b[1]) - min(a[0], b[0])
	if u == 0 {
		return 0
	}
	return float64(i) / float64(u)
}

func measure(gold []score.Gold, table map[string]*entry) {
	for _, g := range gold {
		paired := func(p score.PredQuote) bool {
			for _, x := range g.Quotes {
				if jaccard([2]int{x.Start, x.End}, [2]int{p.Start, p.End}) >= 0.5 {
					return true
				}
			}
			return false
		}
		bcue := map[int]score.PredQuote{}
		for _, p := range predict(g, extract.NPOff) {
			if p.Cue != nil {
				bcue[p.Cue.Start] = p
			}
		}
		for _, p := range predict(g, extract.NPLearn) {
			if p.Cue == nil {
				continue
			}
			b, inBase := bcue[p.Cue.Start]
			if inBase && b.Start == p.Start && b.End == p.End {
				continue
			}
			ws := toks(p.Cue.Text)
			var v *entry
			for i := range ws {
				if v = table[strings.Join(ws[i:], " ")]; v != nil {
					break
				}
			}
			switch {
			case v == nil:
			case !inBase:
				v[2]++
				if paired(p) {
					v[3]++
				}
			case paired(b) != paired(p):
				if paired(p) {
					v[4]++
				} else {
					v[5]++
				}
			}
		}
	}
}

func write(w *bytes.Buffer, table map[string]*entry) {
	fmt.Fprint(w, "// Code generated by internal/extract/internal/npgen from PolNeAR train; DO NOT EDIT.\n\n")
	fmt.Fprint(w, "package extract\n\n")
	fmt.Fprint(w, "// npCues are cue phrases PolNeAR marks with the noun phrase after them as\n")
	fmt.Fprint(w, "// content: {np, other, fired, hit, fix, broke} (see npCue).\n")
	fmt.Fprint(w, "var npCues = map[string]npCue{\n")
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := table[k]
		q, _ := json.Marshal(k)
		fmt.Fprintf(w, "\t%s: {%d, %d, %d, %d, %d, %d},\n", q, v[0], v[1], v[2], v[3], v[4], v[5])
	}
	fmt.Fprint(w, "}\n")
}
