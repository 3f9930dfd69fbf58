package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quoted-dev/quoted/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func TestIngestCommand(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.DSN(t))
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", `"We are ready," the mayor said on Monday.`)
	write("b.jsonl", `{"url":"https://news.example.org/b","headline":"Port reopens","text":"The port will reopen on Friday, the harbour master said."}`+"\n"+
		`{"url":"not a url","text":"x"}`+"\n")
	write("notes.md", "ignored: not an article file")

	var out bytes.Buffer
	err := run(context.Background(), []string{"ingest", dir}, nil, &out)
	if err == nil || !strings.Contains(err.Error(), "1 article(s) failed") {
		t.Errorf("ingest with one bad line: err = %v", err)
	}
	got := out.String()
	for _, want := range []string{"new: 2", "unchanged: 0", "failed: 1", "b.jsonl:2", "url"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}

	out.Reset()
	_ = run(context.Background(), []string{"ingest", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")}, nil, &out)
	if !strings.Contains(out.String(), "new: 0, updated: 0, unchanged: 2") {
		t.Errorf("second ingest should change nothing:\n%s", out.String())
	}

	if err := run(context.Background(), []string{"ingest"}, nil, &out); err == nil {
		t.Error("ingest with no paths succeeded")
	}
	if err := run(context.Background(), []string{"ingest", filepath.Join(dir, "missing.txt")}, nil, &out); err == nil {
		t.Error("ingest of a missing file succeeded")
	}
}
