// Package pgtest gives tests a real PostgreSQL: one private cluster per
// test binary, started by the same code as `quoted serve`, a migrated
// template database, and a fresh clone of it for each test.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/quoted-dev/quoted/internal/pgcluster"
	"github.com/quoted-dev/quoted/internal/store"
)

const template = "quoted_template"

var (
	cluster  *pgcluster.Cluster
	startErr error
	seq      atomic.Int64
	mu       sync.Mutex // serializes CREATE DATABASE … TEMPLATE, which needs the template idle
)

// Main runs the tests of a package that uses PostgreSQL; call it from
// TestMain: func TestMain(m *testing.M) { pgtest.Main(m) }.
// With CI set, a missing PostgreSQL fails the run instead of skipping.
func Main(m *testing.M) {
	code := run(m)
	os.Exit(code)
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "quoted-pgtest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	cluster, startErr = pgcluster.Start(ctx, dir, pgcluster.Options{Fast: true})
	if startErr == nil {
		startErr = prepareTemplate(ctx)
	}
	cancel()
	if startErr != nil && os.Getenv("CI") != "" {
		fmt.Fprintln(os.Stderr, "pgtest: PostgreSQL is required in CI:", startErr)
		_ = cluster.Stop(context.Background())
		return 1
	}
	code := m.Run()
	if err := cluster.Stop(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
	}
	return code
}

func prepareTemplate(ctx context.Context) error {
	if err := store.EnsureDatabase(ctx, cluster.DSN("postgres"), template); err != nil {
		return err
	}
	st, err := store.Open(ctx, cluster.DSN(template))
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		return err
	}
	return nil
}

// DSN returns the connection string of a new, migrated, empty database
// that is dropped when the test ends.
func DSN(t testing.TB) string {
	t.Helper()
	return create(t, template)
}

// UnmigratedDSN returns the connection string of a new database with no
// schema at all (a copy of template0), dropped when the test ends: what a
// server sees before `quoted migrate`.
func UnmigratedDSN(t testing.TB) string {
	t.Helper()
	return create(t, "template0")
}

// EncodedDSN is UnmigratedDSN with the given server encoding (a locale-free
// one such as SQL_ASCII or LATIN1), for checking what quoted makes of a
// database that is not UTF-8.
func EncodedDSN(t testing.TB, encoding string) string {
	t.Helper()
	for _, r := range encoding {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			t.Fatalf("pgtest: bad encoding name %q", encoding)
		}
	}
	return create(t, "template0 ENCODING '"+encoding+"' LC_COLLATE 'C' LC_CTYPE 'C'")
}

// Drop drops the database of dsn now, closing its connections, so that
// whatever still holds dsn finds the database gone.
func Drop(t testing.TB, dsn string) {
	t.Helper()
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		t.Fatalf("pgtest: parse DSN: %v", err)
	}
	if err := dropDatabase(context.Background(), cfg.Database); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
}

func dropDatabase(ctx context.Context, name string) error {
	c, err := pgx.Connect(ctx, cluster.DSN("postgres"))
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("drop database %s: %w", name, err)
	}
	return nil
}

func create(t testing.TB, from string) string {
	t.Helper()
	if cluster == nil {
		if startErr == nil {
			startErr = errors.New("pgtest.Main was not called from TestMain")
		}
		t.Skipf("no PostgreSQL: %v", startErr)
	}
	ctx := context.Background()
	name := fmt.Sprintf("t_%d_%d", os.Getpid(), seq.Add(1))
	conn, err := pgx.Connect(ctx, cluster.DSN("postgres"))
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer conn.Close(ctx)
	mu.Lock()
	_, err = conn.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE "+from)
	mu.Unlock()
	if err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		if err := dropDatabase(ctx, name); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return cluster.DSN(name)
}

// Store opens a Store on a new database (see DSN), closed when the test ends.
func Store(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), DSN(t))
	if err != nil {
		t.Fatalf("pgtest: open store: %v", err)
	}
	t.Cleanup(st.Close)
	return st
}
