package catalog_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quoted-dev/quoted/internal/benchcorpus"
	"github.com/quoted-dev/quoted/internal/catalog"
	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/seeds"
)

// benchQuotes is the scale target of verification: a million quotes.
// QUOTED_BENCH_QUOTES overrides it for quicker runs.
const benchQuotes = 1_000_000

type benchEnv struct {
	st     *store.Store
	svc    *catalog.Service
	stats  benchcorpus.Stats
	macron int64
}

var (
	benchOnce sync.Once
	benchDB   *benchEnv
	benchErr  error
)

// keepTB keeps the benchmark database for the whole run: the sub-benchmarks
// share it, and it goes away with the test cluster.
type keepTB struct{ testing.TB }

func (keepTB) Cleanup(func()) {}

// corpus returns the shared database of benchQuotes synthetic quotes plus
// the seed articles, loading it on first use (once per test binary run).
func corpus(b *testing.B) *benchEnv {
	b.Helper()
	benchOnce.Do(func() { benchDB, benchErr = loadCorpus(b) })
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	if benchDB == nil {
		b.Skip("no benchmark database")
	}
	return benchDB
}

func loadCorpus(b *testing.B) (*benchEnv, error) {
	ctx := context.Background()
	n := benchQuotes
	if v := os.Getenv("QUOTED_BENCH_QUOTES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			return nil, fmt.Errorf("QUOTED_BENCH_QUOTES=%q", v)
		}
	}
	st, err := store.Open(ctx, pgtest.DSN(keepTB{b}))
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	stats, err := benchcorpus.Load(ctx, st.Pool, benchcorpus.Options{Quotes: n, Seed: 1})
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	t1 := time.Now()
	svc := ingest.New(st, nil)
	names, _ := fs.Glob(seeds.Files, "*.txt")
	for _, name := range names {
		text, _ := fs.ReadFile(seeds.Files, name)
		if _, err := svc.Ingest(ctx, ingest.Article{Source: "seeds/" + name, Text: string(text)}); err != nil {
			return nil, fmt.Errorf("ingest %s: %w", name, err)
		}
	}
	t2 := time.Now()
	if _, err := st.Pool.Exec(ctx, "ANALYZE"); err != nil {
		return nil, err
	}
	// Printed, not logged: a parent benchmark's log is not shown.
	fmt.Printf("benchcorpus: loaded %d quotes in %d articles, %d speakers, %d outlets in %v (COPY %v, indexes %v, analyze %v); 5 seed articles ingested in %v; total %v\n",
		stats.Quotes, stats.Articles, stats.Speakers, stats.Outlets, t1.Sub(t0).Round(time.Millisecond),
		stats.Copy.Round(time.Millisecond), stats.Index.Round(time.Millisecond), stats.Analyze.Round(time.Millisecond),
		t2.Sub(t1).Round(time.Millisecond), time.Since(t0).Round(time.Millisecond))
	cat := catalog.New(st)
	sp, err := cat.SearchSpeakers(ctx, "Emmanuel Macron", 1)
	if err != nil || len(sp) == 0 || sp[0].Name != "Emmanuel Macron" {
		return nil, fmt.Errorf("seed speaker Emmanuel Macron not found: %v %+v", err, sp)
	}
	return &benchEnv{st: st, svc: cat, stats: stats, macron: sp[0].ID}, nil
}

func BenchmarkVerify(b *testing.B) {
	e := corpus(b)
	ctx := context.Background()
	topIsMacron := func(v catalog.Verification) error {
		if len(v.Candidates) == 0 {
			return fmt.Errorf("no candidates")
		}
		top := v.Candidates[0]
		if top.Quote.Speaker == nil || top.Quote.Speaker.Name != "Emmanuel Macron" || !strings.Contains(top.Quote.Text, "26 countries") {
			return fmt.Errorf("top candidate %q by %+v", top.Quote.Text, top.Quote.Speaker)
		}
		return nil
	}
	for _, tc := range []struct {
		name    string
		claim   string
		speaker int64
		check   func(catalog.Verification) error
	}{
		{"paraphrase", "26 countries have committed to deploy troops", 0, topIsMacron},
		{"paraphrase_by_speaker", "26 countries have committed to deploy troops", e.macron, topIsMacron},
		{"exact", "The planning work will be finalized with the United States", 0, func(v catalog.Verification) error {
			if len(v.Candidates) == 0 || v.Candidates[0].Match != "exact" {
				return fmt.Errorf("want an exact top candidate, got %+v", v.Candidates)
			}
			return nil
		}},
		{"invented", "I have decided to resign tomorrow and move to Argentina to raise llamas", 0, func(v catalog.Verification) error {
			if v.Matched || len(v.Candidates) != 0 {
				return fmt.Errorf("invented claim matched %d candidates, first %q", len(v.Candidates), v.Candidates[0].Quote.Text)
			}
			return nil
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			v, err := e.svc.Verify(ctx, tc.claim, tc.speaker)
			if err != nil {
				b.Fatal(err)
			}
			if err := tc.check(v); err != nil {
				b.Fatalf("%q: %v", tc.claim, err)
			}
			if os.Getenv("QUOTED_BENCH_EXPLAIN") != "" {
				explainVerify(b, e.st, tc.claim, tc.speaker)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.svc.Verify(ctx, tc.claim, tc.speaker); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/verify")
		})
	}
}

func BenchmarkListQuotes(b *testing.B) {
	e := corpus(b)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		f    catalog.QuoteFilter
	}{
		{"speaker", catalog.QuoteFilter{SpeakerID: e.stats.TopSpeaker, Limit: 50}},
		{"speaker_seed", catalog.QuoteFilter{SpeakerID: e.macron, Limit: 50}},
		{"fulltext", catalog.QuoteFilter{Query: "peace deal", Limit: 50}},
		{"fulltext_rare", catalog.QuoteFilter{Query: "reassurance force", Limit: 50}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			p, err := e.svc.ListQuotes(ctx, tc.f)
			if err != nil {
				b.Fatal(err)
			}
			if len(p.Items) == 0 {
				b.Fatalf("%+v: no quotes", tc.f)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.svc.ListQuotes(ctx, tc.f); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/list")
		})
	}
}

// verifyCandidatesSQL is db/queries/quotes.sql's VerifyCandidates with
// positional parameters, for EXPLAIN.
const verifyCandidatesSQL = `SELECT q.id,
       greatest(similarity(q.text, $1::text), word_similarity($1::text, q.text))::float8 AS trgm
FROM quotes q
WHERE (q.text % $1::text OR $1::text <% q.text OR q.tsv @@ plainto_tsquery('english', $1::text))
  AND ($2::bigint IS NULL OR q.speaker_id = $2::bigint)
ORDER BY trgm DESC, q.id
LIMIT 50`

// explainVerify logs the plan of the candidate query (QUOTED_BENCH_EXPLAIN=1).
func explainVerify(b *testing.B, st *store.Store, claim string, speaker int64) {
	ctx := context.Background()
	tx, err := st.Pool.Begin(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck
	if _, err := tx.Exec(ctx, "SELECT set_config('pg_trgm.word_similarity_threshold', '0.45', true)"); err != nil {
		b.Fatal(err)
	}
	var sp *int64
	if speaker != 0 {
		sp = &speaker
	}
	rows, err := tx.Query(ctx, "EXPLAIN (ANALYZE, BUFFERS) "+verifyCandidatesSQL, claim, sp)
	if err != nil {
		b.Fatal(err)
	}
	var plan strings.Builder
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			b.Fatal(err)
		}
		plan.WriteString(line + "\n")
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	fmt.Printf("plan of %q:\n%s", claim, plan.String()) // b.Logf would cut it to 10 lines
}
