package extract

import (
	"encoding/json"
	"sync"
	"testing"
)

// gcTexts are the corpus plus short articles that reach the resolver's
// and venue's paths, some not ASCII and one not valid UTF-8.
func gcTexts(t *testing.T) []string {
	return append(corpus(t),
		"“We will win,” President Anna Kowalska said in a statement on Monday.\n\nKowalska said the vote was close.",
		"The Justice Department said in a report that the FBI erred. “It was wrong,” the report said.",
		"Sen. Smith told reporters at a news conference in Paris: “No.” He said it again.",
		"bad \xff byte: “Yes,” said Dr. José Peña, the mayor.\n\nPeña’s office said he was away.",
	)
}

func resultJSON(t *testing.T, r Result) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestResultsOwnNoWork checks that a result keeps its contents after
// later articles reuse the pooled work (work.go): none of its strings or
// slices may be views of the buffers the next article overwrites.
func TestResultsOwnNoWork(t *testing.T) {
	texts := gcTexts(t)
	results := make([]Result, len(texts))
	want := make([]string, len(texts))
	for i, text := range texts {
		results[i] = Extract(text, Meta{Published: "2016-01-02"})
		want[i] = resultJSON(t, results[i])
	}
	for range 3 {
		for i := len(texts) - 1; i >= 0; i-- {
			if got := resultJSON(t, Extract(texts[i], Meta{Published: "2016-01-02"})); got != want[i] {
				t.Fatalf("text %d: a second extraction differs from the first", i)
			}
		}
	}
	for i := range texts {
		if got := resultJSON(t, results[i]); got != want[i] {
			t.Fatalf("text %d: the result changed after later extractions:\nnow  %s\nwas  %s", i, got, want[i])
		}
	}
}

// TestExtractConcurrent checks that articles extracted at the same time,
// each taking its own work from the pool, give the sequential results.
func TestExtractConcurrent(t *testing.T) {
	texts := gcTexts(t)
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = resultJSON(t, Extract(text, Meta{Published: "2016-01-02"}))
	}
	var wg sync.WaitGroup
	got := make([][]string, 4)
	for g := range got {
		got[g] = make([]string, len(texts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				for i := range texts {
					k := (i + g + r) % len(texts)
					b, _ := json.Marshal(Extract(texts[k], Meta{Published: "2016-01-02"}))
					got[g][k] = string(b)
				}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for i := range texts {
			if got[g][i] != want[i] {
				t.Fatalf("goroutine %d, text %d: concurrent result differs", g, i)
			}
		}
	}
}

// TestUnclosedHandle checks that a dash signature whose "(@handle" never
// closes is no embedded post: the mention once ran past the last token.
func TestUnclosedHandle(t *testing.T) {
	for _, text := range []string{
		"0 0 -A(@!",
		"“We will be back soon, all of us,” — Ana Ruiz (@anaruiz",
		"“We will be back soon, all of us,” — Ana Ruiz (@anaruiz\n\nNext line.",
	} {
		r := extract(text, Meta{})
		checkInvariants(t, text, r)
	}
}
