package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// InBatchedTx runs fn in one transaction, like InTx, but sends the
// statements that return no rows (the sqlc :exec queries) in batches: an
// Exec is queued and returns at once, and the queue goes to the server in
// one round trip together with the next query that returns rows, or before
// the commit. The server still runs every statement in the order fn issued
// it, each seeing the effects of those before, so fn reads what it wrote.
//
// An error of a queued statement surfaces from the query that sent it (or
// from InBatchedTx itself), and rolls the transaction back like any error.
// Exec returns an empty command tag, so :execrows and :execresult queries
// must not run through it; arguments must not be changed after the call.
func (s *Store) InBatchedTx(ctx context.Context, fn func(q *dbq.Queries) error) error {
	return pgx.BeginFunc(ctx, s.Pool, func(tx pgx.Tx) error {
		p := &pipeline{tx: tx, batch: &pgx.Batch{}}
		if err := fn(dbq.New(p)); err != nil {
			return err
		}
		return p.flush(ctx)
	})
}

// pipeline is a dbq.DBTX that defers Exec to the next query.
type pipeline struct {
	tx    pgx.Tx
	batch *pgx.Batch // a sent batch stays with its results: start anew
}

func (p *pipeline) Exec(_ context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	p.batch.Queue(sql, args...)
	return pgconn.CommandTag{}, nil
}

// send sends the queued statements followed by sql and reads the results
// of the queued ones, leaving sql's results next in br.
func (p *pipeline) send(ctx context.Context, sql string, args ...any) (pgx.BatchResults, error) {
	queued := p.batch.QueuedQueries
	p.batch.Queue(sql, args...)
	br := p.tx.SendBatch(ctx, p.batch)
	p.batch = &pgx.Batch{}
	for _, qq := range queued {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return nil, fmt.Errorf("%s: %w", queryName(qq.SQL), err)
		}
	}
	return br, nil
}

func (p *pipeline) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	if p.batch.Len() == 0 {
		return p.tx.Query(ctx, sql, args...)
	}
	br, err := p.send(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, err
	}
	return &batchRows{Rows: rows, br: br}, nil
}

func (p *pipeline) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	if p.batch.Len() == 0 {
		return p.tx.QueryRow(ctx, sql, args...)
	}
	br, err := p.send(ctx, sql, args...)
	if err != nil {
		return errRow{err}
	}
	return batchRow{row: br.QueryRow(), br: br}
}

// flush sends whatever is still queued.
func (p *pipeline) flush(ctx context.Context) error {
	if p.batch.Len() == 0 {
		return nil
	}
	queued := p.batch.QueuedQueries
	br := p.tx.SendBatch(ctx, p.batch)
	p.batch = &pgx.Batch{}
	for _, qq := range queued {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("%s: %w", queryName(qq.SQL), err)
		}
	}
	return br.Close()
}

// batchRows closes the batch once its last query's rows are read.
type batchRows struct {
	pgx.Rows
	br       pgx.BatchResults
	closed   bool
	closeErr error
}

func (r *batchRows) closeBatch() {
	if !r.closed {
		r.closed = true
		r.Rows.Close()
		r.closeErr = r.br.Close()
	}
}

func (r *batchRows) Next() bool {
	if r.Rows.Next() {
		return true
	}
	r.closeBatch()
	return false
}

func (r *batchRows) Close() { r.closeBatch() }

func (r *batchRows) Err() error {
	if err := r.Rows.Err(); err != nil {
		return err
	}
	return r.closeErr
}

type batchRow struct {
	row pgx.Row
	br  pgx.BatchResults
}

func (r batchRow) Scan(dest ...any) error {
	err := r.row.Scan(dest...)
	if cerr := r.br.Close(); err == nil {
		err = cerr
	}
	return err
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// queryName is the sqlc name of a query ("-- name: InsertQuotes :exec"),
// for error messages.
func queryName(sql string) string {
	if rest, ok := strings.CutPrefix(sql, "-- name: "); ok {
		if name, _, ok := strings.Cut(rest, " "); ok {
			return name
		}
	}
	return "statement"
}
