package ingest_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// roundTrips counts the statements, batches and copies sent to PostgreSQL
// (each is one round trip) and the time spent waiting on each, by query
// name (sqlc's "-- name:" comment, else the first words of the SQL).
type roundTrips struct {
	mu    sync.Mutex
	total int
	by    map[string]*tripStat
}

type tripStat struct {
	n   int
	dur time.Duration
}

type traceStart struct{}

func newRoundTrips() *roundTrips { return &roundTrips{by: map[string]*tripStat{}} }

func (r *roundTrips) add(name string, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.total++
	s := r.by[name]
	if s == nil {
		s = &tripStat{}
		r.by[name] = s
	}
	s.n++
	s.dur += d
}

func (r *roundTrips) reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.total = 0
	r.by = map[string]*tripStat{}
}

func queryName(sql string) string {
	sql = strings.TrimSpace(sql)
	if rest, ok := strings.CutPrefix(sql, "-- name: "); ok {
		if f := strings.Fields(rest); len(f) > 0 {
			return f[0]
		}
	}
	f := strings.Fields(sql)
	if len(f) > 3 {
		f = f[:3]
	}
	return strings.Join(f, " ")
}

func (r *roundTrips) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	return context.WithValue(ctx, traceStart{}, [2]any{queryName(d.SQL), time.Now()})
}

func (r *roundTrips) TraceQueryEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryEndData) {
	v := ctx.Value(traceStart{}).([2]any)
	r.add(v[0].(string), time.Since(v[1].(time.Time)))
}

func (r *roundTrips) TraceBatchStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceBatchStartData) context.Context {
	var names []string
	for _, q := range d.Batch.QueuedQueries {
		names = append(names, queryName(q.SQL))
	}
	slices.Sort(names)
	return context.WithValue(ctx, traceStart{}, [2]any{"batch(" + strings.Join(slices.Compact(names), ",") + ")", time.Now()})
}

func (r *roundTrips) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}

func (r *roundTrips) TraceBatchEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchEndData) {
	v := ctx.Value(traceStart{}).([2]any)
	r.add(v[0].(string), time.Since(v[1].(time.Time)))
}

func (r *roundTrips) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceCopyFromStartData) context.Context {
	return context.WithValue(ctx, traceStart{}, [2]any{"copy " + d.TableName.Sanitize(), time.Now()})
}

func (r *roundTrips) TraceCopyFromEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceCopyFromEndData) {
	v := ctx.Value(traceStart{}).([2]any)
	r.add(v[0].(string), time.Since(v[1].(time.Time)))
}

// report lists the round trips per article, most frequent first.
func (r *roundTrips) report(articles int) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	type row struct {
		name string
		tripStat
	}
	var rows []row
	var dur time.Duration
	for n, s := range r.by {
		rows = append(rows, row{n, *s})
		dur += s.dur
	}
	slices.SortFunc(rows, func(a, b row) int { return b.n - a.n })
	var sb strings.Builder
	fmt.Fprintf(&sb, "%.1f round trips and %.1f ms waiting on PostgreSQL an article\n",
		float64(r.total)/float64(articles), float64(dur.Microseconds())/1000/float64(articles))
	for _, x := range rows {
		fmt.Fprintf(&sb, "  %7.2f  %6.2f ms  %s\n", float64(x.n)/float64(articles),
			float64(x.dur.Microseconds())/1000/float64(articles), x.name)
	}
	return sb.String()
}
