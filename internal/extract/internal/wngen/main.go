// Command wngen writes the reporting-verb list that lexgen lends to the
// cue lexicon for verbs PolNeAR's training split is too small to show.
// It reads Princeton WordNet 3.0 (Debian's wordnet-base package) and
// keeps the verbs whose most frequent sense is one of communication,
// cognition or emotion taking a that-clause ("Somebody ----s that
// CLAUSE"), the frame of reported speech and thought: "surmise",
// "testify", "brag", but not "sign" or "check", whose that-clause senses
// are rare ones. Phrasal verbs ("put down", "come in") are left out: their
// reporting senses are the rare ones; so are verbs no sense of which the
// SemCor corpus tags ("swan", "bulletin", "mussitate"): archaic or rare,
// their forms in news are more often other words. Run from the
// repository root after
// `apt-get install wordnet-base`:
//
//	go run ./internal/extract/internal/wngen
//
// The output is committed, so builds and tests never need WordNet.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// WordNet lexicographer files of the verbs kept, and the cue type each
// gives (verb.communication, verb.cognition, verb.emotion).
var lexFiles = map[int]string{32: "speech", 31: "thought", 37: "thought"}

// thatFrame is WordNet's generic verb frame "Somebody ----s that CLAUSE".
const thatFrame = 26

const notice = `# Verbs of communication, cognition and emotion that take a that-clause,
# from WordNet 3.0, written by: go run ./internal/extract/internal/wngen
# Columns: lemma, cue type, and "noun" when WordNet knows the word in at
# least as many senses as a noun or adjective as it does as a verb.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
# PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all
# times remain with Princeton University and LICENSEE agrees to preserve
# same.
`

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory")
	out := flag.String("out", "internal/extract/internal/lexgen/wordnet.txt", "verb list to write")
	flag.Parse()
	synsets, err := thatSynsets(filepath.Join(*dir, "data.verb"))
	if err != nil {
		log.Fatal(err)
	}
	types, verbSenses, err := firstSenses(filepath.Join(*dir, "index.verb"), synsets)
	if err != nil {
		log.Fatal(err)
	}
	nounSenses, err := senseCounts(filepath.Join(*dir, "index.noun"))
	if err != nil {
		log.Fatal(err)
	}
	adjSenses, err := senseCounts(filepath.Join(*dir, "index.adj"))
	if err != nil {
		log.Fatal(err)
	}
	lemmas := make([]string, 0, len(types))
	for l := range types {
		lemmas = append(lemmas, l)
	}
	sort.Strings(lemmas)
	var b strings.Builder
	b.WriteString(notice)
	for _, l := range lemmas {
		w := strings.ReplaceAll(l, "_", " ")
		fmt.Fprintf(&b, "%s\t%s", w, types[l])
		if nounSenses[l]+adjSenses[l] >= verbSenses[l] {
			b.WriteString("\tnoun")
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d verbs", len(lemmas))
}

// thatSynsets reads data.verb and returns, per synset offset in a kept
// lexicographer file, its cue type and the words the that-clause frame
// holds for.
func thatSynsets(path string) (map[string]synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open data.verb: %w", err)
	}
	defer f.Close()
	out := map[string]synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") { // licence header
			continue
		}
		data, _, _ := strings.Cut(line, " | ")
		p := strings.Fields(data)
		if len(p) < 5 {
			continue
		}
		lex, err1 := strconv.Atoi(p[1])
		n, err2 := strconv.ParseInt(p[3], 16, 32)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("data.verb: bad synset line %.40q", line)
		}
		typ, ok := lexFiles[lex]
		if !ok {
			continue
		}
		words := make([]string, n)
		for i := range words {
			words[i] = strings.ToLower(p[4+2*i])
		}
		i := 4 + 2*int(n)
		ptrs, err := strconv.Atoi(p[i])
		if err != nil {
			return nil, fmt.Errorf("data.verb: bad pointer count in %.40q", line)
		}
		i += 1 + 4*ptrs
		if i >= len(p) {
			continue
		}
		frames, err := strconv.Atoi(p[i])
		if err != nil {
			return nil, fmt.Errorf("data.verb: bad frame count in %.40q", line)
		}
		ss := synset{typ: typ, that: map[string]bool{}}
		for j := 0; j < frames && i+3+3*j <= len(p); j++ {
			fnum, _ := strconv.Atoi(p[i+2+3*j])
			wnum, _ := strconv.ParseInt(p[i+3+3*j], 16, 32)
			if fnum != thatFrame {
				continue
			}
			for k, w := range words {
				if wnum == 0 || int(wnum) == k+1 {
					ss.that[w] = true
				}
			}
		}
		out[p[0]] = ss
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read data.verb: %w", err)
	}
	return out, nil
}

// synset is what wngen needs of a verb synset.
type synset struct {
	typ  string          // cue type of its lexicographer file
	that map[string]bool // words it lists with the that-clause frame
}

// firstSenses reads index.verb, whose synsets come most frequent first,
// and returns the one-word lemmas whose first sense is a kept synset with
// the that-clause frame and which SemCor tags at least once, with their
// cue types, and every lemma's number of senses.
func firstSenses(path string, synsets map[string]synset) (map[string]string, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open index.verb: %w", err)
	}
	defer f.Close()
	types, senses := map[string]string{}, map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		if len(p) < 6 || strings.HasPrefix(sc.Text(), " ") {
			continue
		}
		lemma := p[0]
		n, err1 := strconv.Atoi(p[2])
		ptrs, err2 := strconv.Atoi(p[3])
		if err1 != nil || err2 != nil || len(p) < 6+ptrs {
			return nil, nil, fmt.Errorf("index.verb: bad line %.40q", sc.Text())
		}
		senses[lemma] = n
		tagged, first := p[5+ptrs] != "0", p[6+ptrs]
		if ss, ok := synsets[first]; ok && ss.that[lemma] && tagged && !strings.ContainsAny(lemma, "_'-.(") {
			types[lemma] = ss.typ
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read index.verb: %w", err)
	}
	return types, senses, nil
}

// senseCounts reads an index file's sense count per lemma.
func senseCounts(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", filepath.Base(path), err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		if len(p) < 3 || strings.HasPrefix(sc.Text(), " ") {
			continue
		}
		if n, err := strconv.Atoi(p[2]); err == nil {
			out[p[0]] = n
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
	return out, nil
}
