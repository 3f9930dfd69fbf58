package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quoted-dev/quoted/internal/score"
)

const sampleText = `Paris — «Nous sommes prêts», Emmanuel Macron told reporters at the Élysée on Thursday. ` +
	`"We have today 26 countries who have formally committed," Macron said. ` +
	`German government spokesman Stefan Kornelius said Berlin would decide later.`

func sampleJSONL(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, line := range []map[string]any{
		// Gold fields must be ignored, not passed to the extractor.
		{"id": "one", "text": sampleText, "url": "https://www.example.com/a", "published": "2025-09-04",
			"publisher": "Gold Publisher Marker", "agency": "Gold Agency Marker", "quotes": []any{map[string]any{"start": 0, "end": 1}}},
		{"id": "two", "text": "No quotes here at all."},
	} {
		j, err := json.Marshal(line)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteString("\n\n")
	}
	return b.String()
}

// checkConsistent asserts every span in p is where its offsets say.
func checkConsistent(t *testing.T, text string, p score.Prediction) {
	t.Helper()
	r := []rune(text)
	span := func(what string, s, e int, got string) {
		t.Helper()
		if s < 0 || s > e || e > len(r) {
			t.Errorf("%s %s [%d,%d) outside the text (%d code points)", p.ID, what, s, e, len(r))
			return
		}
		if string(r[s:e]) != got {
			t.Errorf("%s %s [%d,%d) = %q, text field %q", p.ID, what, s, e, string(r[s:e]), got)
		}
	}
	for _, q := range p.Quotes {
		span("quote", q.Start, q.End, q.Text)
		if m := q.SpeakerMention; m != nil {
			span("mention", m.Start, m.End, m.Text)
		}
		if c := q.Cue; c != nil {
			span("cue", c.Start, c.End, c.Text)
		}
		for _, f := range q.Fragments {
			if f[0] < q.Start || f[1] > q.End || f[0] > f[1] {
				t.Errorf("%s fragment %v outside quote [%d,%d)", p.ID, f, q.Start, q.End)
			}
		}
	}
}

func decodeLines(t *testing.T, out []byte) []score.Prediction {
	t.Helper()
	var preds []score.Prediction
	for i, line := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
		var p score.Prediction
		if err := json.Unmarshal(line, &p); err != nil {
			t.Fatalf("output line %d does not parse: %v\n%s", i+1, err, line)
		}
		preds = append(preds, p)
	}
	return preds
}

func TestExtractJSONLStdin(t *testing.T) {
	var out bytes.Buffer
	if err := runExtract(t.Context(), nil, strings.NewReader(sampleJSONL(t)), &out); err != nil {
		t.Fatal(err)
	}
	preds := decodeLines(t, out.Bytes())
	if len(preds) != 2 || preds[0].ID != "one" || preds[1].ID != "two" {
		t.Fatalf("want predictions one, two; got %+v", preds)
	}
	checkConsistent(t, sampleText, preds[0])
	if len(preds[0].Quotes) == 0 {
		t.Errorf("no quote found in %q", sampleText)
	}
	if preds[1].Quotes == nil {
		t.Error(`an article without quotes should give "quotes": [], not null`)
	}
	if strings.Contains(out.String(), "Gold ") {
		t.Errorf("gold fields leaked into the output: %s", out.String())
	}

	// --format json carries the same predictions as one array.
	var arr bytes.Buffer
	if err := runExtract(t.Context(), []string{"--format", "json"}, strings.NewReader(sampleJSONL(t)), &arr); err != nil {
		t.Fatal(err)
	}
	var fromJSON []score.Prediction
	if err := json.Unmarshal(arr.Bytes(), &fromJSON); err != nil {
		t.Fatalf("--format json output does not parse: %v", err)
	}
	a, _ := json.Marshal(fromJSON)
	b, _ := json.Marshal(preds)
	if !bytes.Equal(a, b) {
		t.Errorf("json and jsonl outputs differ:\n%s\n%s", a, b)
	}
}

func TestExtractFiles(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "macron-paris.txt")
	if err := os.WriteFile(txt, []byte("\uFEFF"+sampleText), 0o644); err != nil {
		t.Fatal(err)
	}
	jl := filepath.Join(dir, "more.jsonl")
	if err := os.WriteFile(jl, []byte(sampleJSONL(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runExtract(t.Context(), []string{txt, jl}, strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	preds := decodeLines(t, out.Bytes())
	if len(preds) != 3 || preds[0].ID != "macron-paris" || preds[1].ID != "one" {
		t.Fatalf("want macron-paris, one, two; got %d predictions", len(preds))
	}
	// The BOM is dropped, so offsets agree with the text without it.
	checkConsistent(t, sampleText, preds[0])
	// Metadata (url, date) may change venues, never where quotes are.
	spans := func(p score.Prediction) (out [][2]int) {
		for _, q := range p.Quotes {
			out = append(out, [2]int{q.Start, q.End})
		}
		return out
	}
	if a, b := spans(preds[0]), spans(preds[1]); !reflect.DeepEqual(a, b) {
		t.Errorf("same text as .txt and in .jsonl gave different quote spans: %v vs %v", a, b)
	}

	// Plain text on stdin is one article named stdin.
	out.Reset()
	if err := runExtract(t.Context(), nil, strings.NewReader("\n  "+sampleText), &out); err != nil {
		t.Fatal(err)
	}
	if preds := decodeLines(t, out.Bytes()); len(preds) != 1 || preds[0].ID != "stdin" {
		t.Errorf("plain stdin: %s", out.String())
	} else {
		checkConsistent(t, "\n  "+sampleText, preds[0])
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		args  []string
		stdin string
		want  string
		usage bool
	}{
		{"bad format", []string{"--format", "xml"}, "", "xml", true},
		{"unknown flag", []string{"--nope"}, "", "nope", true},
		{"missing text", []string{bad}, "", bad + ":2", false},
		{"missing id", nil, "{\"text\":\"x\"}", "stdin:1", false},
		{"broken json", nil, "{\"id\":\"a\",\"text\":\"x\"}\n{oops\n", "stdin:2", false},
		{"missing file", []string{filepath.Join(dir, "none.txt")}, "", "none.txt", false},
		{"json file", []string{filepath.Join(dir, "a.json")}, "", "JSONL", false},
		{"invalid utf-8", nil, "caf\xe9", "UTF-8", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := runExtract(t.Context(), c.args, strings.NewReader(c.stdin), &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, c.want)
			}
			var ue usageError
			if got := errors.As(err, &ue); got != c.usage {
				t.Errorf("usage error = %v, want %v (%v)", got, c.usage, err)
			}
		})
	}
}
