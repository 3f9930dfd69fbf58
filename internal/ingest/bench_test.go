package ingest_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/quoted-dev/quoted/internal/benchcorpus"
	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/seeds"
)

// BenchmarkIngest measures articles per second through Ingest into
// PostgreSQL: the seed articles in turn, each made unique by a generated
// closing quote, so every one is new and goes through extraction, speaker
// and statement linking and syndication detection.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	trips := newRoundTrips()
	st, err := store.Open(ctx, pgtest.DSN(b), func(c *pgxpool.Config) { c.ConnConfig.Tracer = trips })
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	svc := ingest.New(st, nil)
	names, _ := fs.Glob(seeds.Files, "*.txt")
	texts := make([]string, len(names))
	for i, n := range names {
		t, _ := fs.ReadFile(seeds.Files, n)
		texts[i] = string(t)
	}
	g := benchcorpus.NewGenerator(benchcorpus.Vocabulary(), 1, 2)
	quotes := 0
	b.ReportAllocs()
	trips.reset()
	i := 0
	for b.Loop() {
		a := ingest.Article{
			Source: fmt.Sprintf("bench/%d", i),
			URL:    fmt.Sprintf("https://bench.example/ingest/%d", i),
			Text: fmt.Sprintf("%s\n\n\"%s\" a spokesman said on day %d.\n",
				texts[i%len(texts)], g.Text(10, 40), i),
		}
		out, err := svc.Ingest(ctx, a)
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
