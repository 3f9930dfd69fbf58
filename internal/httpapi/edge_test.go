package httpapi_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/quoted-dev/quoted/api"
	"github.com/quoted-dev/quoted/internal/httpapi"
)

// raw writes a request byte for byte, for what http.Client would refuse or
// fix up, and reads the answer.
func (s *testServer) raw(req string) (*http.Response, []byte) {
	s.t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(s.url, "http://"))
	if err != nil {
		s.t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := io.WriteString(conn, req); err != nil {
		s.t.Fatalf("write request: %v", err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		s.t.Fatalf("read response: %v", err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, body
}

// problemOf checks that an answer is a complete problem document of status
// want whose detail contains detail, and returns it.
func problemOf(t *testing.T, what string, code int, h http.Header, body []byte, want int, detail string) httpapi.Problem {
	t.Helper()
	var p httpapi.Problem
	if code != want {
		t.Errorf("%s: status %d, want %d: %.300s", what, code, want, body)
		return p
	}
	if ct := h.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("%s: content type %q, want application/problem+json", what, ct)
	}
	if err := json.Unmarshal(body, &p); err != nil || p.Status != want || p.Type == "" || p.Title == "" {
		t.Errorf("%s: not a complete problem document: %.300s", what, body)
	}
	if !strings.Contains(p.Detail, detail) {
		t.Errorf("%s: detail %q does not say %q", what, p.Detail, detail)
	}
	return p
}

// TestEdgeRequests covers requests that are refused before, or instead of,
// the handlers' own checks: each must still answer problem+json that says
// what was wrong, without echoing an oversized request back.
func TestEdgeRequests(t *testing.T) {
	s := newServer(t)

	t.Run("absurd query", func(t *testing.T) {
		path := "/v1/quotes?q=" + strings.Repeat("a", 100<<10)
		code, h, body := s.do(http.MethodGet, path)
		p := problemOf(t, "100 KB query", code, h, body, http.StatusRequestURITooLong, "the limit is 32768")
		if p.Instance != "/v1/quotes" || len(body) > 1024 {
			t.Errorf("100 KB query: instance %.80q, body %d bytes; want the path alone and a short body", p.Instance, len(body))
		}
		if h.Get("X-Request-Id") == "" {
			t.Error("100 KB query: refused before routing without a request id")
		}
	})

	t.Run("absurd query on every operation", func(t *testing.T) {
		// The limit is checked before routing, so every documented
		// operation answers it, as the spec says.
		doc, err := openapi3.NewLoader().LoadFromData(api.Spec)
		if err != nil {
			t.Fatal(err)
		}
		fill := strings.NewReplacer("{id}", "1", "{idOrSlug}", "emmanuel-macron")
		query := "?q=" + strings.Repeat("c", 40<<10)
		for path, item := range doc.Paths.Map() {
			for method := range item.Operations() {
				code, h, body := s.do(method, fill.Replace(path)+query)
				problemOf(t, method+" "+path+" with a 40 KB query", code, h, body, http.StatusRequestURITooLong, "the limit is 32768")
			}
		}
	})

	t.Run("long query under the limit", func(t *testing.T) {
		// Refused by the handler (q is too long), but the problem does not
		// repeat the 3 KB query.
		code, h, body := s.do(http.MethodGet, "/v1/quotes?q="+strings.Repeat("b", 3000))
		p := problemOf(t, "3 KB query", code, h, body, http.StatusBadRequest, "q: is longer than 500")
		if p.Instance != "/v1/quotes" {
			t.Errorf("3 KB query: instance %.80q, want the path alone", p.Instance)
		}
	})

	t.Run("NUL in a path segment", func(t *testing.T) {
		code, h, body := s.do(http.MethodGet, "/v1/speakers/a%00b")
		p := problemOf(t, "%00", code, h, body, http.StatusBadRequest, "NUL")
		if len(p.Errors) != 1 || p.Errors[0].Parameter != "idOrSlug" {
			t.Errorf("%%00: problem does not name idOrSlug: %s", body)
		}
	})

	t.Run("unknown method", func(t *testing.T) {
		res, body := s.raw("BREW /v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		problemOf(t, "BREW", res.StatusCode, res.Header, body, http.StatusMethodNotAllowed, "Allow header")
		if allow := res.Header.Get("Allow"); !strings.Contains(allow, "GET") {
			t.Errorf("BREW: Allow %q", allow)
		}
	})

	t.Run("content type", func(t *testing.T) {
		for _, tc := range []struct{ ct, detail string }{
			{"", "no Content-Type"},
			{"text/plain", `"text/plain" is not JSON`},
			{"application/json; charset", "is malformed"},
			{"application/json; charset=latin1", `charset "latin1" is not UTF-8`},
		} {
			code, h, body := s.post("/v1/quotes/verify", tc.ct, `{"text": "we will win"}`)
			problemOf(t, fmt.Sprintf("Content-Type %q", tc.ct), code, h, body, http.StatusUnsupportedMediaType, tc.detail)
		}
	})

	t.Run("10 MB body", func(t *testing.T) {
		// Declared up front: refused from Content-Length before the body is
		// read, so only its first bytes are sent.
		res, body := s.raw("POST /v1/quotes/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
			"Content-Length: 10485760\r\nConnection: close\r\n\r\n{\"text\": \"")
		problemOf(t, "10 MB body", res.StatusCode, res.Header, body, http.StatusRequestEntityTooLarge, "larger than 2 MB")
		// Chunked, with no length to refuse it by: refused while reading.
		big := io.MultiReader(strings.NewReader(`{"text": "`), strings.NewReader(strings.Repeat("x", 10<<20)), strings.NewReader(`"}`))
		req, err := http.NewRequest(http.MethodPost, s.url+"/v1/quotes/verify", big)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		res, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if len(res.TransferEncoding) != 0 || req.ContentLength != 0 {
			t.Logf("sent with Content-Length %d", req.ContentLength)
		}
		problemOf(t, "10 MB chunked body", res.StatusCode, res.Header, b, http.StatusRequestEntityTooLarge, "larger than 2 MB")
	})
}
