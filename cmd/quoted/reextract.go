package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"golang.org/x/term"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/ingest"
)

// runReextract extracts again the articles an older extractor version
// wrote; serve does the same in the background at start.
func runReextract(ctx context.Context, args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("reextract", flag.ContinueOnError)
	if err := fl.Parse(args); err != nil {
		return usageError(err.Error())
	}
	if fl.NArg() > 0 {
		return usageError("reextract takes no arguments")
	}
	log, db, err := openForBatch(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	progress := term.IsTerminal(int(os.Stderr.Fd()))
	quotes := 0
	n, err := ingest.New(db.Store, log).ReextractStale(ctx, func(o ingest.Outcome) {
		quotes += o.Quotes
		if progress {
			fmt.Fprintf(os.Stderr, "\r\033[Karticle %d: %d quotes", o.ArticleID, o.Quotes)
		}
	})
	if progress {
		fmt.Fprint(os.Stderr, "\r\033[K")
	}
	fmt.Fprintf(stdout, "re-extracted %d articles with extractor %s: %d quotes\n", n, extract.Version, quotes)
	return err
}

// reextractInBackground re-extracts stale articles while the server
// serves: their older quotes stay readable until each is rewritten, in
// its own transaction. It returns when done or when ctx ends.
func reextractInBackground(ctx context.Context, db *database, log *slog.Logger) {
	n, err := ingest.New(db.Store, log).ReextractStale(ctx, nil)
	switch {
	case ctx.Err() != nil:
		log.Info("re-extraction interrupted; it resumes at the next start", "articles", n)
	case err != nil:
		log.Error("re-extraction failed", "articles", n, "err", err)
	case n > 0:
		log.Info("re-extracted articles", "count", n, "extractor", extract.Version)
	}
}
