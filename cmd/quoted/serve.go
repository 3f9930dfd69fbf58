package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/quoted-dev/quoted/internal/catalog"
	"github.com/quoted-dev/quoted/internal/httpapi"
	"github.com/quoted-dev/quoted/internal/ingest"
	"github.com/quoted-dev/quoted/seeds"
)

func runServe(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", envOr("QUOTED_ADDR", "127.0.0.1:8080"), "listen address `HOST:PORT` (env QUOTED_ADDR)")
	noSeeds := fl.Bool("no-seeds", false, "do not load the seed articles into an empty database")
	if err := fl.Parse(args); err != nil {
		return usageError(err.Error())
	}
	if fl.NArg() > 0 {
		return usageError("serve takes no arguments")
	}
	log := slog.Default()
	start := time.Now()

	// Listen first: a port in use is the commonest failure and the
	// cheapest to report before starting a database.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	defer ln.Close()

	db, err := openDatabase(ctx, log)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Migrate(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("applied migrations", "count", n)
	}
	if !*noSeeds {
		if err := loadSeeds(ctx, db, log); err != nil {
			return err
		}
	}

	srv := &http.Server{
		Handler: httpapi.New(httpapi.Config{
			Catalog: catalog.New(db.Store), Health: db.Store, Log: log, Version: version,
		}),
		// net/http's default, stated because it is where our reach ends: a
		// request line plus headers beyond it, like a path with a bad
		// escape (%zz) or a raw control byte, is answered by net/http itself
		// in text/plain before any handler runs. Below it httpapi answers
		// problem+json (414 for a request target over 32 KB).
		MaxHeaderBytes:    1 << 20,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	bg, stopBG := context.WithCancel(ctx)
	bgDone := make(chan struct{})
	go func() {
		defer close(bgDone)
		reextractInBackground(bg, db, log)
	}()
	// Stop the background work before the database closes (deferred above).
	defer func() { stopBG(); <-bgDone }()

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("quoted is serving", "addr", "http://"+ln.Addr().String(), "startup", time.Since(start).Round(time.Millisecond), "version", version)

	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// loadSeeds ingests the embedded seed articles into an empty database.
// Ingest is idempotent by content hash, so racing replicas add nothing twice.
func loadSeeds(ctx context.Context, db *database, log *slog.Logger) error {
	count, err := db.CountArticles(ctx)
	if err != nil {
		return fmt.Errorf("count articles: %w", err)
	}
	if count > 0 {
		return nil
	}
	svc := ingest.New(db.Store, log)
	names, err := fs.Glob(seeds.Files, "*.txt")
	if err != nil {
		return fmt.Errorf("list seeds: %w", err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(seeds.Files, name)
		if err != nil {
			return fmt.Errorf("read seed %s: %w", name, err)
		}
		out, err := svc.Ingest(ctx, ingest.Article{Source: "seeds/" + name, Text: string(b)})
		if err != nil {
			return fmt.Errorf("load seed %s: %w", name, err)
		}
		log.Info("loaded seed article", "file", name, "article", out.ArticleID, "status", out.Status, "quotes", out.Quotes)
	}
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
