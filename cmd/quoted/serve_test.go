package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
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

	first := serveOnce(t, checkEdges)
	if first.articles != 5 {
		t.Fatalf("first start: %d articles, want the 5 seeds", first.articles)
	}
	if first.macron == 0 {
		t.Fatal("first start: no quotes for emmanuel-macron")
	}
	second := serveOnce(t, nil)
	if second != first {
		t.Fatalf("after restart: %+v, want %+v (data kept, nothing duplicated)", second, first)
	}
}

type snapshot struct {
	articles, macron int
}

// serveOnce starts quoted serve, waits until it is ready, runs check (if
// any) against its base URL and snapshots its data.
func serveOnce(t *testing.T, check func(t *testing.T, addr string)) snapshot {
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
	if check != nil {
		check(t, addr)
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

// checkEdges sends the real server, byte for byte, requests refused before
// any handler. What net/http refuses itself (it answers in text/plain; no
// hook reaches it) must still be a clean 4xx; the rest is problem+json.
func checkEdges(t *testing.T, addr string) {
	for _, tc := range []struct {
		name, req string
		status    int
		problem   bool
	}{
		{"bad escape in the path (net/http)", "GET /v1/quotes/%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, false},
		{"raw NUL in the path (net/http)", "GET /v1/quo\x00tes HTTP/1.1\r\nHost: x\r\n\r\n", 400, false},
		{"2 MB header (net/http)", "GET /v1/quotes HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("x", 2<<20) + "\r\n\r\n", 431, false},
		{"100 KB query", "GET /v1/quotes?q=" + strings.Repeat("a", 100<<10) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, true},
		{"unknown method", "BREW /v1/quotes HTTP/1.1\r\nHost: x\r\n\r\n", 405, true},
		{"10 MB body", "POST /v1/quotes/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{", 413, true},
	} {
		res, body := rawRequest(t, addr, tc.req)
		if res.StatusCode != tc.status {
			t.Errorf("%s: status %d, want %d: %.200s", tc.name, res.StatusCode, tc.status, body)
			continue
		}
		if ct := res.Header.Get("Content-Type"); tc.problem && ct != "application/problem+json" {
			t.Errorf("%s: content type %q, want application/problem+json: %.200s", tc.name, ct, body)
		}
		if len(body) > 1024 {
			t.Errorf("%s: %d bytes of answer; the request must not be echoed back", tc.name, len(body))
		}
	}
}

// rawRequest writes req on a new connection and reads one response.
func rawRequest(t *testing.T, addr, req string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	// The server may answer and close before reading all of an oversized
	// request; its answer is what counts.
	_, _ = io.WriteString(conn, req)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, body
}
