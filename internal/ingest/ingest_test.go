package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"

	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/seeds"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const story = `Ministers met in Lisbon on Tuesday.

"We will not wait for anyone," Finance Minister Ana Duarte told reporters after the meeting.

Duarte said the plan would be published next week.
`

func count(t *testing.T, st *store.Store, table string) int {
	t.Helper()
	var n int
	if err := st.Pool.QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestIngestIsIdempotent(t *testing.T) {
	st := pgtest.Store(t)
	svc := ingest.New(st, nil)
	ctx := context.Background()

	first, err := svc.Ingest(ctx, ingest.Article{Text: story, URL: "https://news.example.com/a", Published: "2025-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	if first.Status != ingest.StatusNew || first.Quotes == 0 {
		t.Fatalf("first ingest: %+v", first)
	}
	quotes := count(t, st, "quotes")
	if quotes != first.Quotes {
		t.Fatalf("stored %d quotes, outcome says %d", quotes, first.Quotes)
	}

	// Same text again, with or without the URL, and with CRLF line endings.
	for _, a := range []ingest.Article{
		{Text: story, URL: "https://news.example.com/a"},
		{Text: story},
		{Text: strings.ReplaceAll(story, "\n", "\r\n")},
	} {
		again, err := svc.Ingest(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if again.Status != ingest.StatusUnchanged || again.ArticleID != first.ArticleID {
			t.Errorf("re-ingest: %+v, want unchanged article %d", again, first.ArticleID)
		}
	}
	if n := count(t, st, "articles"); n != 1 {
		t.Errorf("%d articles after re-ingesting, want 1", n)
	}
	if n := count(t, st, "quotes"); n != quotes {
		t.Errorf("%d quotes after re-ingesting, want %d", n, quotes)
	}

	// The same URL with new text replaces the article and its quotes.
	edited := strings.Replace(story, "next week", "on Friday", 1)
	upd, err := svc.Ingest(ctx, ingest.Article{Text: edited, URL: "https://news.example.com/a"})
	if err != nil {
		t.Fatal(err)
	}
	if upd.Status != ingest.StatusUpdated || upd.ArticleID != first.ArticleID {
		t.Errorf("edited article: %+v, want updated article %d", upd, first.ArticleID)
	}
	if n := count(t, st, "articles"); n != 1 {
		t.Errorf("%d articles after update, want 1", n)
	}
	var body string
	if err := st.Pool.QueryRow(ctx, "SELECT body FROM articles WHERE id = $1", first.ArticleID).Scan(&body); err != nil || body != edited {
		t.Errorf("body not replaced (%v)", err)
	}
	if n := count(t, st, "quotes"); n != upd.Quotes {
		t.Errorf("%d quotes after update, outcome says %d", n, upd.Quotes)
	}
	var empty int
	if err := st.Pool.QueryRow(ctx, `SELECT count(*) FROM statements s
		WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.statement_id = s.id)`).Scan(&empty); err != nil || empty != 0 {
		t.Errorf("%d statements without a variant after update (%v)", empty, err)
	}
}

func TestIngestRejectsBadInput(t *testing.T) {
	st := pgtest.Store(t)
	svc := ingest.New(st, nil)
	for _, tc := range []struct {
		name  string
		a     ingest.Article
		field string
	}{
		{"empty", ingest.Article{Text: "  \n "}, "text"},
		{"invalid utf-8", ingest.Article{Text: "caf\xe9 said"}, "text"},
		{"nul", ingest.Article{Text: "a\x00b"}, "text"},
		{"huge", ingest.Article{Text: strings.Repeat("word ", ingest.MaxTextBytes/5+1)}, "text"},
		{"relative url", ingest.Article{Text: story, URL: "/a/b"}, "url"},
		{"ftp url", ingest.Article{Text: story, URL: "ftp://x.example/a"}, "url"},
		{"bad date", ingest.Article{Text: story, Published: "5 March"}, "published"},
	} {
		_, err := svc.Ingest(context.Background(), tc.a)
		var ie *ingest.InvalidError
		if !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("%s: got %v, want an InvalidError on %s", tc.name, err, tc.field)
		}
	}
	if n := count(t, st, "articles"); n != 0 {
		t.Errorf("bad input stored %d articles", n)
	}
}

// A failure half-way through the transaction leaves nothing behind.
func TestIngestFailureLeavesNothing(t *testing.T) {
	st := pgtest.Store(t)
	ctx := context.Background()
	// Make every quote insert fail, after the article and speakers are written.
	if _, err := st.Pool.Exec(ctx, "ALTER TABLE quotes ADD CONSTRAINT no_quotes CHECK (false) NOT VALID"); err != nil {
		t.Fatal(err)
	}
	_, err := ingest.New(st, nil).Ingest(ctx, ingest.Article{Text: story})
	if err == nil {
		t.Fatal("ingest succeeded although quotes cannot be stored")
	}
	for _, table := range []string{"articles", "speakers", "speaker_aliases", "outlets", "quotes"} {
		if n := count(t, st, table); n != 0 {
			t.Errorf("%s has %d rows after a failed ingest", table, n)
		}
	}
}

func TestReadArticles(t *testing.T) {
	items, err := ingest.ReadArticles("batch.jsonl", strings.NewReader(
		`{"url":"https://x.example/1","title":"T","text":"He said so."}`+"\n\n"+
			`{"text": 5}`+"\n"+
			`{"headline":"H","body":"She said no.","outlet":"Example News","wire":"AP"}`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("%d items, want 3", len(items))
	}
	if a := items[0].Article; a.Headline != "T" || a.URL != "https://x.example/1" || a.Text != "He said so." || items[0].Source != "batch.jsonl:1" {
		t.Errorf("item 0: %+v", items[0])
	}
	if items[1].Err == nil || items[1].Source != "batch.jsonl:3" {
		t.Errorf("item 1 should fail on line 3: %+v", items[1])
	}
	if a := items[2].Article; a.Publisher != "Example News" || a.Agency != "AP" || a.Text != "She said no." {
		t.Errorf("item 2: %+v", a)
	}

	arr, err := ingest.ReadArticles("a.json", strings.NewReader(`[{"text":"x"},{"text":"y"}]`))
	if err != nil || len(arr) != 2 || arr[1].Article.Text != "y" {
		t.Errorf("json array: %v %+v", err, arr)
	}
	if _, err := ingest.ReadArticles("a.pdf", strings.NewReader("")); err == nil {
		t.Error("a .pdf file was accepted")
	}
}

// Replicas ingest at once: the same articles from several goroutines end
// as one copy each, with no error, and statements are not split.
func TestIngestConcurrent(t *testing.T) {
	st := pgtest.Store(t)
	svc := ingest.New(st, nil)
	names, _ := fs.Glob(seeds.Files, "*.txt")
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(names))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range names {
				n := names[(i+w)%len(names)]
				b, _ := fs.ReadFile(seeds.Files, n)
				if _, err := svc.Ingest(context.Background(), ingest.Article{Source: n, Text: string(b)}); err != nil {
					errs <- fmt.Errorf("%s: %w", n, err)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, st, "articles"); n != len(names) {
		t.Errorf("%d articles, want %d", n, len(names))
	}
	var dup int
	if err := st.Pool.QueryRow(context.Background(), `SELECT count(*) FROM (
		SELECT kind, name_key FROM speakers GROUP BY kind, name_key HAVING count(*) > 1) d`).Scan(&dup); err != nil || dup != 0 {
		t.Errorf("%d duplicated speakers (%v)", dup, err)
	}
}
