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
	for _, want := range []string{"end-to-end, all kinds", "venue accuracy", "agency accuracy", "articles/s", "/76", "Brier"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalIntervals(t *testing.T) {
	gold := filepath.Join("..", "..", "internal", "score", "testdata", "seeds.gold.jsonl")
	var out bytes.Buffer
	if err := runEval(t.Context(), []string{"--gold", gold, "--json", "--ci", "200"}, &out); err != nil {
		t.Fatal(err)
	}
	var r score.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("--json output does not parse: %v", err)
	}
	if r.CI95 == nil || r.CI95.Resamples != 200 {
		t.Fatalf("ci95 = %+v, want intervals from 200 resamples", r.CI95)
	}
	if iv, f1 := r.CI95.EndToEnd, r.EndToEnd.F1; !(iv.Low <= f1 && f1 <= iv.High && iv.Low < iv.High) {
		t.Errorf("end-to-end F1 %.3f, interval %+v: want a non-empty interval around it", f1, iv)
	}

	out.Reset()
	if err := runEval(t.Context(), []string{"--gold", gold, "--ci", "200"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "F1 95% CI (200 resamples)") {
		t.Errorf("table lacks the interval column:\n%s", out.String())
	}

	out.Reset()
	if err := runEval(t.Context(), []string{"--gold", gold}, &out); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "95% CI") {
		t.Errorf("intervals printed without --ci:\n%s", out.String())
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
	for _, n := range []string{"1", "-5"} {
		if err := runEval(t.Context(), []string{"--gold", bad, "--ci", n}, &bytes.Buffer{}); !errors.As(err, &ue) {
			t.Errorf("--ci %s: err = %v, want a usage error", n, err)
		}
	}
	if err := runEval(t.Context(), []string{"--gold", bad}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), bad+":2") {
		t.Errorf("bad gold line: err = %v, want it to name %s:2", err, bad)
	}
}
