package ingest_test

import (
	"context"
	"errors"
	"io/fs"
	"slices"
	"testing"

	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/seeds"
)

// quoteRows is what a reader sees of the quotes: text, offsets, speaker,
// statement wording and the article's first-seen date, in a stable order.
func quoteRows(t *testing.T, st *store.Store) []string {
	t.Helper()
	rows, err := st.Pool.Query(context.Background(), `
		SELECT concat_ws('|', a.source, q.start_offset, q.end_offset, q.text, q.confidence, s.slug, st.canonical_text, a.seen_on, q.extractor_version)
		FROM quotes q JOIN articles a ON a.id = q.article_id
		LEFT JOIN speakers s ON s.id = q.speaker_id
		LEFT JOIN statements st ON st.id = q.statement_id
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// After an upgrade of the extractor, articles an older version wrote are
// extracted again; what comes out is what a fresh ingest gives, statements
// included, and a second pass has nothing left to do.
func TestReextractStale(t *testing.T) {
	st := pgtest.Store(t)
	svc := ingest.New(st, nil)
	ctx := context.Background()
	names, _ := fs.Glob(seeds.Files, "*.txt")
	for _, n := range names {
		b, _ := fs.ReadFile(seeds.Files, n)
		if _, err := svc.Ingest(ctx, ingest.Article{Source: n, Text: string(b)}); err != nil {
			t.Fatal(err)
		}
	}
	want := quoteRows(t, st)
	if len(want) == 0 {
		t.Fatal("the seeds gave no quotes")
	}
	// An older extractor wrote two of the articles, and less well: one
	// scored its quotes otherwise, the other cut them short.
	for _, sql := range []string{
		`UPDATE articles SET extractor_version = 'rules-0.0' WHERE source = ANY($1)`,
		`UPDATE quotes SET confidence = 0.01 WHERE article_id = (SELECT id FROM articles WHERE source = ($1::text[])[1])`,
		`UPDATE quotes SET text = left(text, 5), end_offset = start_offset + 5
		 WHERE article_id = (SELECT id FROM articles WHERE source = ($1::text[])[2])`,
	} {
		if _, err := st.Pool.Exec(ctx, sql, names[:2]); err != nil {
			t.Fatal(err)
		}
	}
	if slices.Equal(quoteRows(t, st), want) {
		t.Fatal("the damage did not change anything")
	}

	var reports []ingest.Outcome
	n, err := svc.ReextractStale(ctx, func(o ingest.Outcome) { reports = append(reports, o) })
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || len(reports) != 2 || reports[0].Status != ingest.StatusReextracted || reports[0].Quotes == 0 {
		t.Fatalf("re-extracted %d articles, reports %+v; want the 2 stale ones", n, reports)
	}
	if got := quoteRows(t, st); !slices.Equal(got, want) {
		t.Errorf("after re-extraction the quotes differ from a fresh ingest:\n got %d rows\nwant %d rows", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("first difference:\n got %s\nwant %s", got[i], want[i])
				break
			}
		}
	}
	var empty int
	if err := st.Pool.QueryRow(ctx, `SELECT count(*) FROM statements s
		WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.statement_id = s.id)`).Scan(&empty); err != nil || empty != 0 {
		t.Errorf("%d statements without a quote (%v)", empty, err)
	}
	if n, err := svc.ReextractStale(ctx, nil); err != nil || n != 0 {
		t.Errorf("second pass re-extracted %d (%v), want 0", n, err)
	}
	if _, err := svc.Reextract(ctx, 1<<40); !errors.Is(err, ingest.ErrNoArticle) {
		t.Errorf("Reextract of a missing article: %v, want ErrNoArticle", err)
	}
}
