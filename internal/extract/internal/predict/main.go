// Command predict runs the extractor over a gold JSONL file and writes
// one prediction line per article, for scoring during development:
//
//	go run ./internal/extract/internal/predict < gold.jsonl > pred.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"log"
	"os"

	"github.com/quoted-dev/quoted/internal/extract"
)

type article struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

type prediction struct {
	ID     string          `json:"id"`
	Outlet extract.Outlet  `json:"outlet"`
	Quotes []extract.Quote `json:"quotes"`
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			log.Fatal(err)
		}
		r := extract.Extract(a.Text, extract.Meta{URL: a.URL, Published: a.Published})
		if err := enc.Encode(prediction{a.ID, r.Outlet, r.Quotes}); err != nil {
			log.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}
