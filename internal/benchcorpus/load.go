package benchcorpus

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/quoted-dev/quoted/internal/fold"
)

// Options size a synthetic catalog.
type Options struct {
	Quotes           int    // total quotes
	QuotesPerArticle int    // quotes in each article (20 if zero)
	Speakers         int    // distinct speakers (5,000 if zero)
	Outlets          int    // publishers (24 if zero); a quarter as many agencies
	Seed             uint64 // PRNG seed
}

// Stats describes a finished load.
type Stats struct {
	Outlets, Speakers, Articles, Quotes int
	Copy, Index, Analyze                time.Duration
	// TopSpeaker is the most quoted synthetic speaker.
	TopSpeaker int64
}

// Load appends a synthetic catalog to the database behind pool: outlets,
// speakers, articles whose bodies contain their quotes, and the quotes,
// written with COPY. The secondary indexes of articles and quotes are
// dropped for the copy and rebuilt after it with their own definitions;
// the tables are analyzed at the end. Statements are left empty.
func Load(ctx context.Context, pool *pgxpool.Pool, o Options) (Stats, error) {
	if o.QuotesPerArticle == 0 {
		o.QuotesPerArticle = 20
	}
	if o.Speakers == 0 {
		o.Speakers = 5000
	}
	if o.Outlets == 0 {
		o.Outlets = 24
	}
	var st Stats
	t0 := time.Now()
	vocab := Vocabulary()

	base := map[string]int64{}
	for _, t := range []string{"outlets", "speakers", "articles", "quotes"} {
		var n int64
		if err := pool.QueryRow(ctx, "SELECT coalesce(max(id), 0) FROM "+t).Scan(&n); err != nil {
			return st, err
		}
		base[t] = n
	}

	// Outlets.
	g := NewGenerator(vocab, o.Seed, 1)
	nAgencies := max(1, o.Outlets/4)
	var outletRows [][]any
	for i := range o.Outlets + nAgencies {
		kind, label := "publisher", capitalize(g.Word())+" "+[]string{"Times", "Herald", "Courier", "Post", "Gazette", "Tribune"}[i%6]
		if i >= o.Outlets {
			kind, label = "agency", strings.ToUpper(pseudoWord(g.r)[:3])+" Wire"
		}
		id := base["outlets"] + int64(i) + 1
		outletRows = append(outletRows, []any{id, fmt.Sprintf("bench-%d-%s", id, fold.Slug(label)), label, kind})
	}
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"outlets"}, []string{"id", "slug", "name", "kind"}, pgx.CopyFromRows(outletRows)); err != nil {
		return st, fmt.Errorf("copy outlets: %w", err)
	}
	st.Outlets = len(outletRows)

	// Speakers, avoiding the names and slugs already taken.
	taken := map[string]bool{}
	rows, err := pool.Query(ctx, "SELECT name_key FROM speakers WHERE kind = 'person' UNION ALL SELECT slug FROM speakers")
	if err != nil {
		return st, err
	}
	keys, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return st, err
	}
	for _, k := range keys {
		taken[k] = true
	}
	names := make([]string, 0, o.Speakers)
	var speakerRows [][]any
	for len(names) < o.Speakers {
		name := g.Name()
		key, slug := fold.Key(name), fold.Slug(name)
		if taken[key] || taken[slug] {
			continue
		}
		taken[key], taken[slug] = true, true
		names = append(names, name)
		speakerRows = append(speakerRows, []any{base["speakers"] + int64(len(names)), slug, name, key, "person"})
	}
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"speakers"}, []string{"id", "slug", "name", "name_key", "kind"}, pgx.CopyFromRows(speakerRows)); err != nil {
		return st, fmt.Errorf("copy speakers: %w", err)
	}
	st.Speakers = len(names)
	st.TopSpeaker = base["speakers"] + 1

	// Articles and quotes, generated twice from the same per-article seed
	// so the two COPYs can run at once on two connections.
	drop, create, err := secondaryIndexes(ctx, pool)
	if err != nil {
		return st, err
	}
	for _, d := range drop {
		if _, err := pool.Exec(ctx, d); err != nil {
			return st, err
		}
	}
	nArticles := (o.Quotes + o.QuotesPerArticle - 1) / o.QuotesPerArticle
	spec := articleSpec{
		vocab: vocab, seed: o.Seed, names: names, speakerBase: base["speakers"],
		outletBase: base["outlets"], publishers: o.Outlets, agencies: nAgencies,
		perArticle: o.QuotesPerArticle, total: o.Quotes,
	}
	copyTable := func(table string, cols []string, src pgx.CopyFromSource) func() error {
		return func() error {
			conn, err := pool.Acquire(ctx)
			if err != nil {
				return err
			}
			defer conn.Release()
			// The rows are consistent by construction; skip the per-row
			// foreign-key triggers (needs a superuser, as in the test cluster).
			if _, err := conn.Exec(ctx, "SET session_replication_role = replica"); err != nil {
				return err
			}
			defer conn.Exec(context.Background(), "RESET session_replication_role") //nolint:errcheck
			if _, err := conn.CopyFrom(ctx, pgx.Identifier{table}, cols, src); err != nil {
				return fmt.Errorf("copy %s: %w", table, err)
			}
			return nil
		}
	}
	if err := parallel(copyTable("articles", []string{"id", "url", "content_hash", "headline", "published", "seen_on",
		"publisher_id", "agency_id", "body", "source", "extractor_version"},
		&articleSource{spec: spec, n: nArticles, base: base["articles"]}),
		copyTable("quotes", []string{"id", "article_id", "speaker_id", "text", "kind", "start_offset", "end_offset",
			"mention_text", "mention_start", "mention_end", "cue_text", "cue_start", "cue_end",
			"confidence", "speaker_confidence", "extractor_version"},
			&quoteSource{spec: spec, n: nArticles, articleBase: base["articles"], quoteBase: base["quotes"]})); err != nil {
		return st, err
	}
	st.Articles, st.Quotes = nArticles, o.Quotes
	st.Copy = time.Since(t0)

	t1 := time.Now()
	if err := buildIndexes(ctx, pool, create); err != nil {
		return st, err
	}
	for _, t := range []string{"outlets", "speakers", "articles", "quotes"} {
		if _, err := pool.Exec(ctx, fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT max(id) FROM %s))", t, t)); err != nil {
			return st, err
		}
	}
	st.Index = time.Since(t1)
	t2 := time.Now()
	if _, err := pool.Exec(ctx, "ANALYZE"); err != nil {
		return st, err
	}
	st.Analyze = time.Since(t2)
	return st, nil
}

// secondaryIndexes returns statements dropping and recreating the indexes
// of articles and quotes that back no constraint.
func secondaryIndexes(ctx context.Context, pool *pgxpool.Pool) (drop, create []string, err error) {
	rows, err := pool.Query(ctx, `
		SELECT i.indexname, i.indexdef FROM pg_indexes i
		WHERE i.schemaname = current_schema() AND i.tablename IN ('articles', 'quotes')
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
		ORDER BY i.indexname`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return nil, nil, err
		}
		drop = append(drop, "DROP INDEX "+pgx.Identifier{name}.Sanitize())
		create = append(create, def)
	}
	return drop, create, rows.Err()
}

// buildIndexes runs the CREATE INDEX statements on two connections, the
// slow GIN indexes first.
func buildIndexes(ctx context.Context, pool *pgxpool.Pool, create []string) error {
	work := make(chan string, len(create))
	var gin, other []string
	for _, c := range create {
		if strings.Contains(c, "USING gin") {
			gin = append(gin, c)
		} else {
			other = append(other, c)
		}
	}
	for _, c := range append(gin, other...) {
		work <- c
	}
	close(work)
	worker := func() error {
		conn, err := pool.Acquire(ctx)
		if err != nil {
			return err
		}
		defer conn.Release()
		if _, err := conn.Exec(ctx, "SET maintenance_work_mem = '1GB'"); err != nil {
			return err
		}
		for c := range work {
			if _, err := conn.Exec(ctx, c); err != nil {
				return fmt.Errorf("%s: %w", c, err)
			}
		}
		return nil
	}
	return parallel(worker, worker)
}

// parallel runs fns at once and joins their errors.
func parallel(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Go(func() { errs[i] = fn() })
	}
	wg.Wait()
	return errors.Join(errs...)
}

type articleSpec struct {
	vocab                   []string
	seed                    uint64
	names                   []string
	speakerBase, outletBase int64
	publishers, agencies    int
	perArticle, total       int
}

type quoteRow struct {
	speaker          int // index into names, -1 for none
	text             string
	kind             string
	start, end       int
	mentionStart     int
	cueStart, cueEnd int
	conf, spConf     float32
}

type article struct {
	headline  string
	published time.Time
	publisher int
	agency    int // -1 for none
	body      string
	quotes    []quoteRow
}

var kinds = []string{"direct", "direct", "direct", "direct", "direct", "direct", "direct", "direct", "indirect", "mixed"}

// article i (0-based), the same every time it is generated.
func (s *articleSpec) article(i int) article {
	g := NewGenerator(s.vocab, s.seed, 1000+uint64(i))
	r := g.r
	n := min(s.perArticle, s.total-i*s.perArticle)
	a := article{
		headline:  strings.TrimSuffix(g.Text(6, 12), "."),
		published: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(7*365)),
		publisher: r.IntN(s.publishers),
		agency:    -1,
	}
	if r.IntN(3) == 0 {
		a.agency = r.IntN(s.agencies)
	}
	// Speakers are quoted with Zipf-like frequencies: a few very often.
	spk := rand64Zipf(g, len(s.names))
	var b strings.Builder
	b.WriteString(a.headline)
	b.WriteString("\n\n")
	for range n {
		b.WriteString(g.Text(8, 20))
		b.WriteString(" ")
		q := quoteRow{speaker: -1, text: g.Text(10, 60), kind: kinds[r.IntN(len(kinds))],
			conf: 0.5 + r.Float32()/2, spConf: 0.5 + r.Float32()/2}
		if r.IntN(20) != 0 {
			q.speaker = spk()
		}
		// The body is ASCII, so byte offsets are code point offsets.
		b.WriteString(`"`)
		q.start = b.Len()
		b.WriteString(q.text)
		q.end = b.Len()
		b.WriteString(`" `)
		off := b.Len()
		if q.speaker >= 0 {
			q.mentionStart = off
			b.WriteString(s.names[q.speaker])
			b.WriteString(" said.\n\n")
			q.cueStart = off + len(s.names[q.speaker]) + 1
			q.cueEnd = q.cueStart + 4
		} else {
			b.WriteString("the statement said.\n\n")
		}
		a.quotes = append(a.quotes, q)
	}
	a.body = b.String()
	return a
}

func rand64Zipf(g *Generator, n int) func() int {
	z := rand.NewZipf(g.r, 1.1, 20, uint64(n-1))
	return func() int { return int(z.Uint64()) }
}

type articleSource struct {
	spec articleSpec
	n, i int
	base int64
	row  []any
}

func (s *articleSource) Next() bool {
	if s.i >= s.n {
		return false
	}
	a := s.spec.article(s.i)
	id := s.base + int64(s.i) + 1
	var hash [32]byte
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], s.spec.seed)
	binary.BigEndian.PutUint64(buf[8:], uint64(id))
	hash = sha256.Sum256(append(buf[:], a.body...))
	agency := pgtype.Int8{}
	if a.agency >= 0 {
		agency = pgtype.Int8{Int64: s.spec.outletBase + int64(s.spec.publishers+a.agency) + 1, Valid: true}
	}
	day := pgtype.Date{Time: a.published, Valid: true}
	s.row = []any{id, fmt.Sprintf("https://bench.example/%d/%d", s.spec.seed, id), hash[:], a.headline, day, day,
		s.spec.outletBase + int64(a.publisher) + 1, agency, a.body, "bench", "bench"}
	s.i++
	return true
}

func (s *articleSource) Values() ([]any, error) { return s.row, nil }
func (s *articleSource) Err() error             { return nil }

type quoteSource struct {
	spec                   articleSpec
	n, i                   int
	articleBase, quoteBase int64
	pending                []quoteRow
	articleID, nextID      int64
	row                    []any
}

func (s *quoteSource) Next() bool {
	for len(s.pending) == 0 {
		if s.i >= s.n {
			return false
		}
		s.pending = s.spec.article(s.i).quotes
		s.articleID = s.articleBase + int64(s.i) + 1
		s.i++
	}
	q := s.pending[0]
	s.pending = s.pending[1:]
	s.nextID++
	var speaker pgtype.Int8
	var mention, cue pgtype.Text
	var ms, me, cs, ce pgtype.Int4
	if q.speaker >= 0 {
		name := s.spec.names[q.speaker]
		speaker = pgtype.Int8{Int64: s.spec.speakerBase + int64(q.speaker) + 1, Valid: true}
		mention = pgtype.Text{String: name, Valid: true}
		ms = pgtype.Int4{Int32: int32(q.mentionStart), Valid: true}
		me = pgtype.Int4{Int32: int32(q.mentionStart + len(name)), Valid: true}
		cue = pgtype.Text{String: "said", Valid: true}
		cs = pgtype.Int4{Int32: int32(q.cueStart), Valid: true}
		ce = pgtype.Int4{Int32: int32(q.cueEnd), Valid: true}
	}
	s.row = []any{s.quoteBase + s.nextID, s.articleID, speaker, q.text, q.kind, int32(q.start), int32(q.end),
		mention, ms, me, cue, cs, ce, q.conf, q.spConf, "bench"}
	return true
}

func (s *quoteSource) Values() ([]any, error) { return s.row, nil }
func (s *quoteSource) Err() error             { return nil }
