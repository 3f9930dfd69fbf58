package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/quoted-dev/quoted/internal/pgcluster"
	"github.com/quoted-dev/quoted/internal/store"
)

// database is an open store and whatever must be shut down after it.
type database struct {
	*store.Store
	cluster *pgcluster.Cluster
}

// openDatabase connects to DATABASE_URL, or, when it is unset, starts the
// private PostgreSQL cluster under the data directory.
func openDatabase(ctx context.Context, log *slog.Logger) (*database, error) {
	dsn := os.Getenv("DATABASE_URL")
	var cl *pgcluster.Cluster
	if dsn == "" {
		dir, err := dataDir()
		if err != nil {
			return nil, err
		}
		if cl, err = pgcluster.Start(ctx, filepath.Join(dir, "postgres"), pgcluster.Options{Logger: log}); err != nil {
			return nil, fmt.Errorf("private PostgreSQL: %w", err)
		}
		if err := store.EnsureDatabase(ctx, cl.DSN("postgres"), "quoted"); err != nil {
			_ = cl.Stop(context.WithoutCancel(ctx))
			return nil, err
		}
		dsn = cl.DSN("quoted")
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		_ = cl.Stop(context.WithoutCancel(ctx))
		return nil, err
	}
	return &database{Store: st, cluster: cl}, nil
}

// openForBatch opens and migrates the database for a command that shows
// progress on the terminal: its logger keeps the database's own lines
// (below warnings) off the progress line.
func openForBatch(ctx context.Context) (*slog.Logger, *database, error) {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := openDatabase(ctx, log)
	if err != nil {
		return nil, nil, err
	}
	if _, err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, nil, err
	}
	return log, db, nil
}

// Close closes the pool and stops the private cluster if this process
// started it.
func (d *database) Close() {
	d.Store.Close()
	if err := d.cluster.Stop(context.Background()); err != nil {
		slog.Error("stop private PostgreSQL", "err", err)
	}
}

// dataDir is QUOTED_DATA_DIR, else $XDG_DATA_HOME/quoted, else
// ~/.local/share/quoted.
func dataDir() (string, error) {
	if d := os.Getenv("QUOTED_DATA_DIR"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "quoted"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no QUOTED_DATA_DIR and no home directory: %w", err)
	}
	return filepath.Join(home, ".local", "share", "quoted"), nil
}
