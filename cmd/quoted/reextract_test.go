package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/pgtest"
)

// markStale makes every stored article look written by another extractor
// and returns a connection for checking, closed when the test ends.
func markStale(t *testing.T, dsn string) *pgx.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	// Versions on both sides of the current one: an older binary's, and a
	// newer one's after a rolled-back deploy; both are stale.
	if _, err := conn.Exec(ctx, "UPDATE articles SET extractor_version = CASE WHEN id % 2 = 0 THEN 'rules-0.0' ELSE 'rules-99.0' END"); err != nil {
		t.Fatal(err)
	}
	return conn
}

func TestReextractCommand(t *testing.T) {
	dsn := pgtest.DSN(t)
	t.Setenv("DATABASE_URL", dsn)
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, []byte("Port reopens\n\n\"We are ready,\" the harbour master said on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"ingest", file}, nil, &out); err != nil {
		t.Fatal(err)
	}
	conn := markStale(t, dsn)

	out.Reset()
	if err := run(ctx, []string{"reextract"}, nil, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "re-extracted 1 articles with extractor "+extract.Version) {
		t.Errorf("reextract output: %q", out.String())
	}
	var stale int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM quotes WHERE extractor_version <> $1", extract.Version).Scan(&stale); err != nil || stale != 0 {
		t.Errorf("%d quotes of an older extractor left (%v)", stale, err)
	}

	out.Reset()
	if err := run(ctx, []string{"reextract"}, nil, &out); err != nil || !strings.Contains(out.String(), "re-extracted 0 articles") {
		t.Errorf("second reextract: %v, %q", err, out.String())
	}
	if err := run(ctx, []string{"reextract", "extra"}, nil, &out); err == nil {
		t.Error("reextract with an argument succeeded")
	}
}

// serve re-extracts what an older extractor wrote, in the background.
func TestServeReextractsStale(t *testing.T) {
	dsn := pgtest.DSN(t)
	t.Setenv("DATABASE_URL", dsn)
	ctx := context.Background()
	first := serveOnce(t, nil) // loads the seeds
	conn := markStale(t, dsn)
	second := serveOnce(t, func(t *testing.T, _ string) {
		deadline := time.Now().Add(30 * time.Second)
		for {
			var stale int
			if err := conn.QueryRow(ctx, "SELECT count(*) FROM articles WHERE extractor_version <> $1", extract.Version).Scan(&stale); err != nil {
				t.Fatal(err)
			}
			if stale == 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d stale articles 30 s after serve started", stale)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
	if second != first {
		t.Errorf("after re-extraction: %+v, want %+v", second, first)
	}
}
