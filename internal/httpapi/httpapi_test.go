package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/quoted-dev/quoted/api"
	"github.com/quoted-dev/quoted/internal/catalog"
	"github.com/quoted-dev/quoted/internal/httpapi"
	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/seeds"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// contract validates live responses against openapi.yaml and records which
// documented operations the tests exercised.
type contract struct {
	router routers.Router
	mu     sync.Mutex
	seen   map[string]bool // "METHOD path-template status"
}

var (
	specOnce sync.Once
	spec     *contract
	specErr  error
)

func loadContract(t *testing.T) *contract {
	t.Helper()
	specOnce.Do(func() {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(api.Spec)
		if err != nil {
			specErr = err
			return
		}
		if err := doc.Validate(context.Background()); err != nil {
			specErr = err
			return
		}
		r, err := gorillamux.NewRouter(doc)
		if err != nil {
			specErr = err
			return
		}
		spec = &contract{router: r, seen: map[string]bool{}}
	})
	if specErr != nil {
		t.Fatalf("openapi.yaml: %v", specErr)
	}
	return spec
}

type testServer struct {
	t   *testing.T
	url string
	c   *contract
}

func newServer(t *testing.T) *testServer {
	t.Helper()
	st := pgtest.Store(t)
	ctx := context.Background()
	seed(t, ctx, st)
	return serve(t, st)
}

// seed ingests the five seed articles.
func seed(t *testing.T, ctx context.Context, st *store.Store) {
	t.Helper()
	svc := ingest.New(st, nil)
	names, _ := fs.Glob(seeds.Files, "*.txt")
	if len(names) != 5 {
		t.Fatalf("want 5 seed articles, found %d", len(names))
	}
	for _, n := range names {
		b, _ := fs.ReadFile(seeds.Files, n)
		if _, err := svc.Ingest(ctx, ingest.Article{Source: "seeds/" + n, Text: string(b)}); err != nil {
			t.Fatalf("ingest %s: %v", n, err)
		}
	}
}

// serve runs the API over st on a real HTTP server for the test.
func serve(t *testing.T, st *store.Store) *testServer {
	t.Helper()
	h := httpapi.New(httpapi.Config{Catalog: catalog.New(st), Health: st, Version: "test"})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &testServer{t: t, url: srv.URL, c: loadContract(t)}
}

// do sends a request and, for documented routes, validates the response
// against the contract.
func (s *testServer) do(method, path string) (int, http.Header, []byte) {
	s.t.Helper()
	req, err := http.NewRequest(method, s.url+path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	s.validate(req, res, body, nil)
	return res.StatusCode, res.Header, body
}

// validate checks a response against the contract, for documented routes.
func (s *testServer) validate(req *http.Request, res *http.Response, body, reqBody []byte) {
	s.t.Helper()
	method, path := req.Method, req.URL.RequestURI()
	if reqBody != nil {
		req.Body = io.NopCloser(bytes.NewReader(reqBody))
	}
	if route, params, err := s.c.router.FindRoute(req); err == nil {
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{ExcludeRequestBody: true}}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.StatusCode,
			Header: res.Header, Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
		out.SetBodyBytes(body)
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			s.t.Errorf("%s %.200s: response %d does not match openapi.yaml: %v\nbody: %.500s", method, path, res.StatusCode, err, body)
		}
		s.c.mu.Lock()
		s.c.seen[method+" "+route.Path+" "+http.StatusText(res.StatusCode)] = true
		s.c.mu.Unlock()
	}
}

func (s *testServer) getJSON(path string, want int, v any) http.Header {
	s.t.Helper()
	code, h, body := s.do(http.MethodGet, path)
	if code != want {
		s.t.Fatalf("GET %s: status %d, want %d; body: %.500s", path, code, want, body)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			s.t.Fatalf("GET %s: bad JSON: %v", path, err)
		}
	}
	return h
}

type quoteList struct {
	Data []catalog.Quote `json:"data"`
	Next *string         `json:"next"`
}

func TestSpeakerSearchFindsMacron(t *testing.T) {
	s := newServer(t)
	for _, q := range []string{"macron", "MACRON", "Emmanuel Macron", "emanuel macron", "Macrone"} {
		var res struct{ Data []catalog.Speaker }
		s.getJSON("/v1/speakers?q="+url.QueryEscape(q), http.StatusOK, &res)
		if len(res.Data) == 0 || res.Data[0].Name != "Emmanuel Macron" {
			t.Errorf("q=%q: first result %+v, want Emmanuel Macron", q, res.Data)
			continue
		}
		if res.Data[0].QuoteCount == 0 || res.Data[0].Score == nil {
			t.Errorf("q=%q: want a quote count and a score, got %+v", q, res.Data[0])
		}
	}
	var none struct{ Data []catalog.Speaker }
	s.getJSON("/v1/speakers?q=xqzvw", http.StatusOK, &none)
	if len(none.Data) != 0 {
		t.Errorf("nonsense query found %+v", none.Data)
	}
}

func TestQuotesBySpeaker(t *testing.T) {
	s := newServer(t)
	var sp catalog.Speaker
	s.getJSON("/v1/speakers/emmanuel-macron", http.StatusOK, &sp)
	if sp.Name != "Emmanuel Macron" || sp.Kind != "person" {
		t.Fatalf("speaker: %+v", sp)
	}
	var escaped catalog.Speaker
	s.getJSON("/v1/speakers/emmanuel%2Dmacron", http.StatusOK, &escaped)
	if escaped.ID != sp.ID {
		t.Errorf("percent-encoded slug found %+v", escaped)
	}
	if code, h, body := s.do(http.MethodHead, "/v1/quotes?speaker=emmanuel-macron"); code != http.StatusOK || len(body) != 0 || h.Get("Content-Type") != "application/json" {
		t.Errorf("HEAD: %d %q, %d body bytes", code, h.Get("Content-Type"), len(body))
	}
	var byID catalog.Speaker
	s.getJSON("/v1/speakers/"+itoa(sp.ID), http.StatusOK, &byID)
	if byID.Slug != sp.Slug {
		t.Errorf("by id: %+v", byID)
	}

	var all []catalog.Quote
	path := "/v1/quotes?speaker=emmanuel-macron&limit=3"
	for pages := 0; path != ""; pages++ {
		var page quoteList
		h := s.getJSON(path, http.StatusOK, &page)
		all = append(all, page.Data...)
		path = ""
		if page.Next != nil {
			if link := h.Get("Link"); !strings.Contains(link, *page.Next) || !strings.Contains(link, `rel="next"`) {
				t.Errorf("Link header %q does not carry next %q", link, *page.Next)
			}
			path = *page.Next
		}
		if pages > 50 {
			t.Fatal("pagination does not end")
		}
	}
	if int64(len(all)) != sp.QuoteCount {
		t.Errorf("paged through %d quotes, speaker says %d", len(all), sp.QuoteCount)
	}
	if len(all) < 10 {
		t.Errorf("want at least 10 Macron quotes in the seeds, got %d", len(all))
	}
	seenID := map[int64]bool{}
	outlets := map[string]bool{}
	for _, q := range all {
		if seenID[q.ID] {
			t.Errorf("quote %d served twice across pages", q.ID)
		}
		seenID[q.ID] = true
		if q.Speaker == nil || q.Speaker.Slug != "emmanuel-macron" {
			t.Errorf("quote %d has speaker %+v", q.ID, q.Speaker)
		}
		if q.End <= q.Start || q.Text == "" {
			t.Errorf("quote %d: bad offsets %d..%d", q.ID, q.Start, q.End)
		}
		// The context paragraph contains the quote at the stated offsets.
		ctx := []rune(q.Context.Text)
		lo, hi := q.Start-q.Context.Start, q.End-q.Context.Start
		if lo < 0 || hi > len(ctx) || string(ctx[lo:hi]) != q.Text {
			t.Errorf("quote %d: context %d..%d does not hold the quote at %d..%d", q.ID, q.Context.Start, q.Context.End, q.Start, q.End)
		}
		if q.Article.Agency != nil {
			outlets[q.Article.Agency.Slug] = true
		}
	}
	if len(outlets) < 2 {
		t.Errorf("Macron's seed quotes come from several agencies; saw %v", outlets)
	}

	// A name resolves to the best-matching speaker.
	var byName quoteList
	s.getJSON("/v1/quotes?speaker=Macron&limit=200", http.StatusOK, &byName)
	if len(byName.Data) != len(all) {
		t.Errorf("speaker=Macron: %d quotes, want %d", len(byName.Data), len(all))
	}

	// The same list through the speaker's own endpoint.
	var viaSpeaker quoteList
	s.getJSON("/v1/speakers/emmanuel-macron/quotes?limit=200", http.StatusOK, &viaSpeaker)
	if len(viaSpeaker.Data) != len(all) {
		t.Errorf("speaker quotes: %d, want %d", len(viaSpeaker.Data), len(all))
	}
}

func TestQuoteOffsetsMatchArticleText(t *testing.T) {
	s := newServer(t)
	var arts struct{ Data []catalog.Article }
	s.getJSON("/v1/articles", http.StatusOK, &arts)
	if len(arts.Data) != 5 {
		t.Fatalf("want 5 articles, got %d", len(arts.Data))
	}
	total := 0
	for _, a := range arts.Data {
		var d catalog.ArticleDetail
		s.getJSON("/v1/articles/"+itoa(a.ID), http.StatusOK, &d)
		body := []rune(d.Body)
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(body) || string(body[q.Start:q.End]) != q.Text {
				t.Errorf("article %d quote %d: text is not body[%d:%d]", a.ID, q.ID, q.Start, q.End)
			}
			if q.Mention != nil && string(body[q.Mention.Start:q.Mention.End]) != q.Mention.Text {
				t.Errorf("article %d quote %d: mention is not body[%d:%d]", a.ID, q.ID, q.Mention.Start, q.Mention.End)
			}
			var one catalog.Quote
			s.getJSON("/v1/quotes/"+itoa(q.ID), http.StatusOK, &one)
			if one.Text != q.Text || one.Article.ID != a.ID {
				t.Errorf("quote %d differs between article and quote endpoints", q.ID)
			}
		}
		total += len(d.Quotes)
		if int64(len(d.Quotes)) != a.QuoteCount {
			t.Errorf("article %d: %d quotes, list says %d", a.ID, len(d.Quotes), a.QuoteCount)
		}
	}
	if total < 40 {
		t.Errorf("want at least 40 quotes from the seeds, got %d", total)
	}
}

func TestFilters(t *testing.T) {
	s := newServer(t)
	var outlets struct{ Data []catalog.Outlet }
	s.getJSON("/v1/outlets", http.StatusOK, &outlets)
	agencies := map[string]catalog.Outlet{}
	for _, o := range outlets.Data {
		if o.Kind == "agency" {
			agencies[o.Slug] = o
		}
	}
	for _, slug := range []string{"afp", "ap", "reuters"} {
		o, ok := agencies[slug]
		if !ok {
			t.Errorf("agency %q missing from /v1/outlets: %+v", slug, outlets.Data)
			continue
		}
		var page quoteList
		s.getJSON("/v1/quotes?limit=200&outlet="+slug, http.StatusOK, &page)
		if int64(len(page.Data)) != o.QuoteCount || len(page.Data) == 0 {
			t.Errorf("outlet %s: %d quotes, outlet says %d", slug, len(page.Data), o.QuoteCount)
		}
		for _, q := range page.Data {
			if q.Article.Agency == nil || q.Article.Agency.Slug != slug {
				if q.Article.Publisher == nil || q.Article.Publisher.Slug != slug {
					t.Errorf("outlet %s filter returned quote %d of %+v", slug, q.ID, q.Article)
				}
			}
		}
	}

	var direct quoteList
	s.getJSON("/v1/quotes?kind=direct&limit=200", http.StatusOK, &direct)
	if len(direct.Data) == 0 {
		t.Error("no direct quotes")
	}
	for _, q := range direct.Data {
		if q.Kind != "direct" {
			t.Errorf("kind filter returned %s quote %d", q.Kind, q.ID)
		}
	}

	var search quoteList
	s.getJSON("/v1/quotes?q="+url.QueryEscape("reassurance countries"), http.StatusOK, &search)
	if len(search.Data) == 0 {
		t.Error("full-text search for 'reassurance countries' found nothing")
	}
	for _, q := range search.Data {
		low := strings.ToLower(q.Text)
		if !strings.Contains(low, "reassurance") || !strings.Contains(low, "countr") {
			t.Errorf("search hit %d lacks the words: %q", q.ID, q.Text)
		}
	}

	var dated quoteList
	s.getJSON("/v1/quotes?from=2030-01-01", http.StatusOK, &dated)
	if len(dated.Data) != 0 {
		t.Errorf("from=2030 found %d quotes", len(dated.Data))
	}
}

func TestErrors(t *testing.T) {
	s := newServer(t)
	for _, tc := range []struct {
		method, path string
		status       int
		param        string // the parameter the problem must name
	}{
		{"GET", "/v1/quotes?limit=0", 400, "limit"},
		{"GET", "/v1/quotes?limit=201", 400, "limit"},
		{"GET", "/v1/quotes?limit=ten", 400, "limit"},
		{"GET", "/v1/quotes?kind=rumour", 400, "kind"},
		{"GET", "/v1/quotes?from=yesterday", 400, "from"},
		{"GET", "/v1/quotes?from=2025-09-05&to=2025-09-01", 400, "to"},
		{"GET", "/v1/quotes?cursor=!!!", 400, "cursor"},
		{"GET", "/v1/quotes?article=-3", 400, "article"},
		{"GET", "/v1/quotes?speakr=macron", 400, "speakr"},
		{"GET", "/v1/quotes?limit=5&limit=6", 400, "limit"},
		{"GET", "/v1/quotes?q=" + strings.Repeat("a", 600), 400, "q"},
		{"GET", "/v1/quotes?speaker=nobody-at-all", 404, "speaker"},
		{"GET", "/v1/quotes?outlet=the-daily-nothing", 404, "outlet"},
		{"GET", "/v1/quotes/abc", 400, "id"},
		{"GET", "/v1/quotes/999999999", 404, ""},
		{"GET", "/v1/articles/0", 400, "id"},
		{"GET", "/v1/articles/424242", 404, ""},
		{"GET", "/v1/articles?limit=-1", 400, "limit"},
		{"GET", "/v1/speakers/nobody-at-all", 404, ""},
		{"GET", "/v1/speakers/nobody-at-all/quotes", 404, ""},
		{"GET", "/v1/speakers?kind=alien", 400, "kind"},
		{"GET", "/v1/speakers?cursor=zzz", 400, "cursor"},
		{"GET", "/v1/outlets?x=1", 400, "x"},
		{"GET", "/v1/nothing-here", 404, ""},
		{"GET", "/nowhere", 404, ""},
		{"GET", "/v1/quotes?limit=%2B5", 400, "limit"},
		{"GET", "/v1/quotes?limit=5;foo=1", 400, ""},
		{"GET", "/v1/quotes?q=%zz", 400, ""},
		{"GET", "/v1/quotes?to=0001-01-01", 400, "to"},
		{"GET", "/v1/quotes?speaker=%20", 400, "speaker"},
		{"GET", "/v1/quotes?speaker=%25", 404, "speaker"},
		{"GET", "/v1/quotes?speaker=" + strings.Repeat("macron+", 200), 400, "speaker"},
		{"GET", "/v1/quotes/+1", 400, "id"},
		{"GET", "/v1/speakers/%FF", 400, "idOrSlug"},
		{"GET", "/v1/speakers/a%00b/quotes", 400, "idOrSlug"},
		{"GET", "/v1/speakers?cursor=b2ZmOjIxNDc0ODM2NDg", 400, "cursor"},
		{"GET", "/v1/articles/1/quotes", 404, ""},
		{"GET", "/v1/articles?outlet=nowhere-news", 404, "outlet"},
		{"POST", "/v1/quotes", 405, ""},
		{"DELETE", "/v1/speakers/emmanuel-macron", 405, ""},
	} {
		code, h, body := s.do(tc.method, tc.path)
		if code != tc.status {
			t.Errorf("%s %.60s: status %d, want %d (%s)", tc.method, tc.path, code, tc.status, body)
			continue
		}
		if ct := h.Get("Content-Type"); ct != "application/problem+json" {
			t.Errorf("%s %.60s: content type %q", tc.method, tc.path, ct)
		}
		var p httpapi.Problem
		if err := json.Unmarshal(body, &p); err != nil || p.Status != code || p.Title == "" || p.Detail == "" || p.Type == "" {
			t.Errorf("%s %.60s: not a complete problem document: %s", tc.method, tc.path, body)
			continue
		}
		if tc.param != "" {
			named := strings.Contains(p.Detail, tc.param)
			for _, fe := range p.Errors {
				named = named || fe.Parameter == tc.param
			}
			if !named {
				t.Errorf("%s %.60s: problem does not name %q: %s", tc.method, tc.path, tc.param, body)
			}
		}
		if tc.status == 405 && h.Get("Allow") == "" {
			t.Errorf("%s %s: 405 without an Allow header", tc.method, tc.path)
		}
	}
}

func TestHealthAndSpec(t *testing.T) {
	s := newServer(t)
	for _, p := range []string{"/healthz", "/readyz"} {
		var h httpapi.Health
		s.getJSON(p, http.StatusOK, &h)
		if h.Status != "ok" {
			t.Errorf("%s: %+v", p, h)
		}
	}
	code, hdr, body := s.do("GET", "/openapi.yaml")
	if code != 200 || !bytes.Equal(body, api.Spec) || !strings.Contains(hdr.Get("Content-Type"), "yaml") {
		t.Errorf("/openapi.yaml: status %d, type %q, %d bytes", code, hdr.Get("Content-Type"), len(body))
	}
	code, _, body = s.do("GET", "/docs/")
	if code != 200 || !bytes.Contains(body, []byte("swagger-ui")) {
		t.Errorf("/docs/: status %d", code)
	}
	code, _, body = s.do("GET", "/docs/swagger-initializer.js")
	if code != 200 || !bytes.Contains(body, []byte("/openapi.yaml")) {
		t.Errorf("/docs/swagger-initializer.js: status %d: %s", code, body)
	}
}

// TestReadyzNotReady points the server at a real database that is not
// migrated, then at one that is gone: /readyz answers 503 with a problem
// saying which, and /healthz stays 200 (liveness does not depend on the
// database).
func TestReadyzNotReady(t *testing.T) {
	ctx := context.Background()
	check := func(s *testServer, want int, detail string) {
		t.Helper()
		code, h, body := s.do(http.MethodGet, "/readyz")
		if code != want {
			t.Fatalf("/readyz: status %d, want %d: %s", code, want, body)
		}
		if want == http.StatusOK {
			return
		}
		var p httpapi.Problem
		if ct := h.Get("Content-Type"); ct != "application/problem+json" {
			t.Errorf("/readyz: content type %q", ct)
		}
		if err := json.Unmarshal(body, &p); err != nil || p.Status != want || !strings.Contains(p.Detail, detail) {
			t.Errorf("/readyz: want a problem saying %q, got %s", detail, body)
		}
		if strings.Contains(string(body), "postgres") || strings.Contains(string(body), "host=") {
			t.Errorf("/readyz leaks connection details: %s", body)
		}
		var live httpapi.Health
		s.getJSON("/healthz", http.StatusOK, &live)
	}

	t.Run("unmigrated", func(t *testing.T) {
		st, err := store.Open(ctx, pgtest.UnmigratedDSN(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		check(serve(t, st), http.StatusServiceUnavailable, "not migrated")
		// The probe only looked: it did not create goose's version table.
		var table *string
		if err := st.Pool.QueryRow(ctx, "SELECT to_regclass('goose_db_version')::text").Scan(&table); err != nil || table != nil {
			t.Errorf("after /readyz on an unmigrated database: version table %v, err %v; want none", table, err)
		}
	})

	t.Run("database gone", func(t *testing.T) {
		dsn := pgtest.DSN(t)
		st, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		s := serve(t, st)
		check(s, http.StatusOK, "")
		pgtest.Drop(t, dsn)
		check(s, http.StatusServiceUnavailable, "does not answer")
	})
}

// TestRequestTimeout serves with a time limit no request can meet: every
// operation that touches the database answers 503 problem+json with a
// Retry-After, never 500.
func TestRequestTimeout(t *testing.T) {
	st := pgtest.Store(t)
	h := httpapi.New(httpapi.Config{Catalog: catalog.New(st), Health: st, Version: "test", RequestTimeout: time.Nanosecond})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	s := &testServer{t: t, url: srv.URL, c: loadContract(t)}
	check := func(what string, code int, hdr http.Header, body []byte) {
		t.Helper()
		var p httpapi.Problem
		if code != http.StatusServiceUnavailable || hdr.Get("Content-Type") != "application/problem+json" ||
			json.Unmarshal(body, &p) != nil || p.Type != "https://quoted.dev/problems/timeout" || hdr.Get("Retry-After") == "" {
			t.Errorf("%s: status %d, Retry-After %q, body %.300s; want a 503 timeout problem", what, code, hdr.Get("Retry-After"), body)
		}
	}
	for _, path := range []string{"/v1/quotes", "/v1/quotes/1", "/v1/statements", "/v1/statements/1",
		"/v1/speakers?q=macron", "/v1/speakers/emmanuel-macron", "/v1/speakers/emmanuel-macron/quotes",
		"/v1/articles", "/v1/articles/1", "/v1/outlets"} {
		code, hdr, body := s.do(http.MethodGet, path)
		check("GET "+path, code, hdr, body)
	}
	code, hdr, body := s.post("/v1/quotes/verify", "application/json", `{"text": "26 countries have committed to deploy troops"}`)
	check("POST /v1/quotes/verify", code, hdr, body)
	// Liveness does no work worth bounding and must not fail with the database.
	s.getJSON("/healthz", http.StatusOK, nil)
}

// TestEveryOperationExercised runs last (Go runs tests in source order) and
// checks that the tests above hit every documented operation and received
// every documented response of it, so an error answer cannot drift from its
// documentation unnoticed.
func TestEveryOperationExercised(t *testing.T) {
	c := loadContract(t)
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(api.Spec)
	if err != nil {
		t.Fatal(err)
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			hit := false
			c.mu.Lock()
			for k := range c.seen {
				if strings.HasPrefix(k, method+" "+path+" ") {
					hit = true
				}
			}
			for status := range op.Responses.Map() {
				code, _ := strconv.Atoi(status)
				if !c.seen[method+" "+path+" "+http.StatusText(code)] {
					t.Errorf("%s %s: response %s is documented but no test received it", method, path, status)
				}
			}
			c.mu.Unlock()
			if !hit {
				t.Errorf("%s %s is documented but no test exercised it", method, path)
			}
		}
	}
}

func itoa(n int64) string {
	return strings.TrimSpace(strings.Replace(string(json.Number(jsonInt(n))), " ", "", -1))
}

func jsonInt(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
