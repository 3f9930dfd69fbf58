package ingest_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/quoted-dev/quoted/internal/benchcorpus"
	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/seeds"
)

// BenchmarkIngest measures articles per second through Ingest into
// PostgreSQL, one client (see benchArticle for what is ingested).
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	trips := newRoundTrips()
	svc, texts, g := benchSetup(b, trips)
	quotes := 0
	b.ReportAllocs()
	trips.reset()
	i := 0
	for b.Loop() {
		out, err := svc.Ingest(ctx, benchArticle(texts, g, i))
		if err != nil {
			b.Fatal(err)
		}
		if out.Status != ingest.StatusNew {
			b.Fatalf("article %d: status %s, want new", i, out.Status)
		}
		quotes += out.Quotes
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(quotes)/float64(b.N), "quotes/article")
	b.ReportMetric(float64(trips.total)/float64(b.N), "roundtrips/article")
	if os.Getenv("QUOTED_BENCH_TRIPS") != "" {
		b.Log("\n" + trips.report(b.N))
	}
}

// BenchmarkIngestParallel is BenchmarkIngest with several clients at once
// (GOMAXPROCS of them, so -cpu sets the count), as replicas or a
// concurrent `quoted ingest` would run: they contend for the same
// speakers and statements.
func BenchmarkIngestParallel(b *testing.B) {
	svc, texts, _ := benchSetup(b, nil)
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		// A generator per client: it is not safe for concurrent use.
		g := benchcorpus.NewGenerator(benchcorpus.Vocabulary(), 1, 2)
		for pb.Next() {
			i := int(next.Add(1))
			out, err := svc.Ingest(context.Background(), benchArticle(texts, g, i))
			if err != nil {
				b.Error(err)
				return
			}
			if out.Status != ingest.StatusNew {
				b.Errorf("article %d: status %s, want new", i, out.Status)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// benchSetup opens a store on a fresh database (traced when trips is not
// nil) and returns the service, the seed texts and a quote generator.
func benchSetup(b *testing.B, trips *roundTrips) (*ingest.Service, []string, *benchcorpus.Generator) {
	b.Helper()
	var opts []func(*pgxpool.Config)
	if trips != nil {
		opts = append(opts, func(c *pgxpool.Config) { c.ConnConfig.Tracer = trips })
	}
	st, err := store.Open(context.Background(), pgtest.DSN(b), opts...)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(st.Close)
	names, _ := fs.Glob(seeds.Files, "*.txt")
	texts := make([]string, len(names))
	for i, n := range names {
		t, _ := fs.ReadFile(seeds.Files, n)
		texts[i] = string(t)
	}
	return ingest.New(st, nil), texts, benchcorpus.NewGenerator(benchcorpus.Vocabulary(), 1, 2)
}

// benchArticle is seed text i (in turn) made unique by a generated closing
// quote, so every article is new and goes through extraction, speaker and
// statement linking and syndication detection.
func benchArticle(texts []string, g *benchcorpus.Generator, i int) ingest.Article {
	return ingest.Article{
		Source: fmt.Sprintf("bench/%d", i),
		URL:    fmt.Sprintf("https://bench.example/ingest/%d", i),
		Text: fmt.Sprintf("%s\n\n\"%s\" a spokesman said on day %d.\n",
			texts[i%len(texts)], g.Text(10, 40), i),
	}
}
