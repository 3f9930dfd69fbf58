package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// roundTrips counts what reaches the server: a batch is one trip.
type roundTrips struct{ n int }

func (r *roundTrips) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	r.n++
	return ctx
}
func (r *roundTrips) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
func (r *roundTrips) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	r.n++
	return ctx
}
func (r *roundTrips) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}
func (r *roundTrips) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData)     {}

func openTraced(t *testing.T) (*store.Store, *roundTrips) {
	t.Helper()
	trips := &roundTrips{}
	st, err := store.Open(context.Background(), pgtest.DSN(t), func(c *pgxpool.Config) {
		c.ConnConfig.Tracer = trips
		c.MaxConns = 1 // one connection: every trip counted is this test's
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	return st, trips
}

func speaker(name string) dbq.CreateSpeakerParams {
	key := strings.ToLower(name)
	return dbq.CreateSpeakerParams{Name: name, NameKey: key, Kind: "person", Slugs: []string{strings.ReplaceAll(key, " ", "-")}}
}

// Queued statements travel with the next query, and that query sees
// their effects.
func TestInBatchedTxReadsItsOwnWrites(t *testing.T) {
	st, trips := openTraced(t)
	ctx := context.Background()
	var found int64
	err := st.InBatchedTx(ctx, func(q *dbq.Queries) error {
		id, err := q.CreateSpeaker(ctx, speaker("Ana Duarte"))
		if err != nil {
			return err
		}
		before := trips.n
		for _, alias := range []string{"Duarte", "A. Duarte", "Ana Duarté"} {
			if err := q.AddSpeakerAlias(ctx, dbq.AddSpeakerAliasParams{SpeakerID: id, Alias: alias, AliasKey: strings.ToLower(alias)}); err != nil {
				return err
			}
		}
		if trips.n != before {
			t.Errorf("%d round trips for three queued statements, want none", trips.n-before)
		}
		found, err = q.FindSpeakerByAlias(ctx, dbq.FindSpeakerByAliasParams{Key: "a. duarte", Kind: "person"})
		if err != nil {
			return err
		}
		if trips.n != before+1 {
			t.Errorf("%d round trips for the aliases and the lookup, want 1", trips.n-before)
		}
		if found != id {
			t.Errorf("lookup after the queued aliases found speaker %d, want %d", found, id)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := st.Pool.QueryRow(ctx, "SELECT count(*) FROM speaker_aliases WHERE speaker_id = $1", found).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n < 3 {
		t.Errorf("%d aliases committed, want at least the 3 queued", n)
	}
}

// A queued statement that fails surfaces, named, from the query that
// sent it, and nothing of the transaction is left.
func TestInBatchedTxQueuedErrorRollsBack(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		query bool // a query follows the failing statement; else it is sent at commit
	}{{"sent with a query", true}, {"sent at commit", false}} {
		t.Run(tc.name, func(t *testing.T) {
			st, _ := openTraced(t)
			err := st.InBatchedTx(ctx, func(q *dbq.Queries) error {
				if _, err := q.CreateSpeaker(ctx, speaker("Ines Costa")); err != nil {
					return err
				}
				// No speaker has this id: a foreign-key violation.
				if err := q.AddSpeakerAlias(ctx, dbq.AddSpeakerAliasParams{SpeakerID: 1 << 40, Alias: "Ghost", AliasKey: "ghost"}); err != nil {
					t.Errorf("queued Exec returned %v at once, want nil", err)
				}
				if tc.query {
					_, err := q.FindSpeakerByAlias(ctx, dbq.FindSpeakerByAliasParams{Key: "ghost", Kind: "person"})
					if err == nil {
						t.Error("the query after a failing queued statement succeeded")
					}
					return err
				}
				return nil
			})
			var pgErr *pgconn.PgError
			if !errors.As(err, &pgErr) || pgErr.Code != "23503" || !strings.Contains(err.Error(), "AddSpeakerAlias") {
				t.Fatalf("InBatchedTx = %v, want the foreign-key violation named AddSpeakerAlias", err)
			}
			var n int
			if err := st.Pool.QueryRow(ctx, "SELECT count(*) FROM speakers WHERE name = 'Ines Costa'").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("%d speakers left by a failed transaction, want 0", n)
			}
		})
	}
}
