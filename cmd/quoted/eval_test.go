package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quoted-dev/quoted/internal/score"
)

func TestEvalOutputs(t *testing.T) {
	gold := filepath.Join("..", "..", "internal", "score", "testdata", "seeds.gold.jsonl")
	var out bytes.Buffer
	if err := runEval(t.Context(), []string{"--gold", gold, "--json"}, &out); err != nil {
		t.Fatal(err)
	}
	var r score.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("--json output does not parse: %v", err)
	}
	if r.Articles != 5 || r.Quote.Gold != 76 || r.ArticlesPerSecond <= 0 {
		t.Errorf("report: %d articles, %d gold quotes, %.1f articles/s; want 5, 76, > 0", r.Articles, r.Quote.Gold, r.ArticlesPerSecond)
	}

	out.Reset()
	if err := runEval(t.Context(), []string{"--gold", gold}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"end-to-end, all kinds", "venue accuracy", "agency accuracy", "articles/s", "/76"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\",\"text\":\"x\",\"quotes\":[]}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var ue usageError
	if err := runEval(t.Context(), nil, &bytes.Buffer{}); !errors.As(err, &ue) {
		t.Errorf("no --gold: err = %v, want a usage error", err)
	}
	if err := runEval(t.Context(), []string{"--gold", bad}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), bad+":2") {
		t.Errorf("bad gold line: err = %v, want it to name %s:2", err, bad)
	}
}
