// Package store is quoted's PostgreSQL system of record: the connection
// pool, migrations, transactions, and the sqlc-generated queries in dbq.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/quoted-dev/quoted/db"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// Store wraps the pool and the typed queries.
type Store struct {
	Pool *pgxpool.Pool
	*dbq.Queries
}

// Open connects to the database at dsn. Each option may adjust the pool's
// configuration before connecting (benchmarks use it to install a tracer).
func Open(ctx context.Context, dsn string, options ...func(*pgxpool.Config)) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("parse database URL: %w", err)
	}
	// The list queries use "param IS NULL OR …" filters; a generic plan
	// would ignore which filters are set, so always plan with the values.
	cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	cfg.ConnConfig.RuntimeParams["application_name"] = "quoted"
	for _, o := range options {
		o(cfg)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	return &Store{Pool: pool, Queries: dbq.New(pool)}, nil
}

// Close releases the pool.
func (s *Store) Close() { s.Pool.Close() }

// InTx runs fn in one transaction: all of its writes land, or none do.
func (s *Store) InTx(ctx context.Context, fn func(q *dbq.Queries) error) error {
	return pgx.BeginFunc(ctx, s.Pool, func(tx pgx.Tx) error {
		return fn(s.Queries.WithTx(tx))
	})
}

func migrationsFS() fs.FS {
	sub, err := fs.Sub(db.Migrations, "migrations")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	return sub
}

func provider(conn *sql.DB) (*goose.Provider, error) {
	// A session advisory lock lets many replicas start at once: one
	// migrates, the others wait and then find nothing to do.
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, fmt.Errorf("migration lock: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectPostgres, conn, migrationsFS(), goose.WithSessionLocker(locker))
	if err != nil {
		return nil, fmt.Errorf("load migrations: %w", err)
	}
	return p, nil
}

// Migrate applies every pending migration and returns how many it applied.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	if err := s.checkEncoding(ctx); err != nil {
		return 0, err
	}
	conn := stdlib.OpenDBFromPool(s.Pool)
	defer conn.Close()
	p, err := provider(conn)
	if err != nil {
		return 0, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return len(res), fmt.Errorf("apply migrations: %w", err)
	}
	return len(res), nil
}

// checkEncoding refuses a database that is not UTF-8: quote offsets count
// code points, and the SQL that cuts context paragraphs (substr,
// char_length) counts them only in UTF-8; other encodings would also
// refuse or mangle most article text.
func (s *Store) checkEncoding(ctx context.Context) error {
	var enc string
	if err := s.Pool.QueryRow(ctx, "SELECT current_setting('server_encoding')").Scan(&enc); err != nil {
		return fmt.Errorf("read database encoding: %w", err)
	}
	if enc != "UTF8" {
		return fmt.Errorf("the database's encoding is %s; quoted needs UTF8 (create it with ENCODING 'UTF8' TEMPLATE template0)", enc)
	}
	return nil
}

// ErrNotMigrated means the schema is behind the binary's migrations.
var ErrNotMigrated = errors.New("database schema is not up to date")

// Ready reports whether the database answers and is fully migrated.
func (s *Store) Ready(ctx context.Context) error {
	// goose's HasPending creates its version table when it is missing: a
	// readiness probe must not write (nor fail as "unreachable" under a
	// read-only role), so a database without the table is simply behind.
	var table *string
	if err := s.Pool.QueryRow(ctx, "SELECT to_regclass($1)::text", goose.DefaultTablename).Scan(&table); err != nil {
		return fmt.Errorf("query database: %w", err)
	}
	if table == nil {
		return ErrNotMigrated
	}
	conn := stdlib.OpenDBFromPool(s.Pool)
	defer conn.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, conn, migrationsFS())
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	pending, err := p.HasPending(ctx)
	if err != nil {
		return fmt.Errorf("check migrations: %w", err)
	}
	if pending {
		return ErrNotMigrated
	}
	return nil
}

// IsUniqueViolation reports whether err is a unique-constraint failure.
func IsUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// IsRetryable reports whether a transaction failed on a conflict with a
// concurrent one (unique violation, deadlock, serialization) and may
// succeed if run again.
func IsRetryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "23505", "40P01", "40001":
		return true
	}
	return false
}

// EnsureDatabase creates database name on the server at adminDSN if it is
// missing; the private cluster starts with only "postgres".
func EnsureDatabase(ctx context.Context, adminDSN, name string) error {
	conn, err := pgx.Connect(ctx, adminDSN)
	if err != nil {
		return fmt.Errorf("connect to server: %w", err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return fmt.Errorf("look up database %s: %w", name, err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil && !IsUniqueViolation(err) {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}
