package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestServeZeroConfig runs `quoted serve` as a new user would: no
// DATABASE_URL, so it starts its own PostgreSQL, migrates and loads the
// seeds; then it restarts it and checks the data is kept and not doubled.
func TestServeZeroConfig(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a PostgreSQL cluster")
	}
	t.Setenv("DATABASE_URL", "")
	t.Setenv("QUOTED_DATA_DIR", t.TempDir())

	first := serveOnce(t)
	if first.articles != 5 {
		t.Fatalf("first start: %d articles, want the 5 seeds", first.articles)
	}
	if first.macron == 0 {
		t.Fatal("first start: no quotes for emmanuel-macron")
	}
	second := serveOnce(t)
	if second != first {
		t.Fatalf("after restart: %+v, want %+v (data kept, nothing duplicated)", second, first)
	}
}

type snapshot struct {
	articles, macron int
}

func serveOnce(t *testing.T) snapshot {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--addr", addr}, nil, io.Discard) }()
	defer func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(60 * time.Second):
			t.Error("serve did not stop within 60s")
		}
	}()

	base := "http://" + addr
	deadline := time.Now().Add(90 * time.Second)
	for {
		res, err := http.Get(base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited before it was ready: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("serve not ready within 90s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	var s snapshot
	var arts struct{ Data []json.RawMessage }
	getJSON(t, base+"/v1/articles?limit=200", &arts)
	s.articles = len(arts.Data)
	var quotes struct{ Data []json.RawMessage }
	getJSON(t, base+"/v1/quotes?speaker=emmanuel-macron&limit=200", &quotes)
	s.macron = len(quotes.Data)
	return s
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(res.Body)
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, b)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestServeRejectsBadFlags(t *testing.T) {
	err := run(context.Background(), []string{"serve", "--bogus"}, nil, io.Discard)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("want a usage error, got %v", err)
	}
	err = run(context.Background(), []string{"frobnicate"}, nil, io.Discard)
	if !errors.As(err, &ue) {
		t.Fatalf("unknown command: want a usage error, got %v", err)
	}
}
