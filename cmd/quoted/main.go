// Command quoted extracts attributed quotes from news articles and serves them
// over a JSON API.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

const usage = `quoted: quote attribution for news articles

Usage:
  quoted serve [--addr HOST:PORT]      run the API (private PostgreSQL unless DATABASE_URL is set)
  quoted migrate                       apply database migrations
  quoted ingest PATH...                ingest .txt, .json and .jsonl articles
  quoted reextract                     extract again what an older extractor version stored
  quoted extract [--format json|jsonl] [FILE...]
                                       extract quotes without a database
  quoted eval --gold FILE [--json] [--ci N]
                                       score the extractor against gold data
                                       (--ci: 95% bootstrap intervals, N resamples)
  quoted version                       print the version
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(os.Stderr, "quoted: %v\n\n%s", err, usage)
			os.Exit(2)
		}
		fmt.Fprintf(os.Stderr, "quoted: %v\n", err)
		os.Exit(1)
	}
}

// usageError is a mistake on the command line; it prints the usage.
type usageError string

func (e usageError) Error() string { return string(e) }

func run(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return usageError("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest)
	case "migrate":
		return runMigrate(ctx, rest)
	case "ingest":
		return runIngest(ctx, rest, stdout)
	case "reextract":
		return runReextract(ctx, rest, stdout)
	case "extract":
		return runExtract(ctx, rest, stdin, stdout)
	case "eval":
		return runEval(ctx, rest, stdout)
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "quoted %s\n", version)
		return nil
	case "help", "--help", "-h":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		return usageError(fmt.Sprintf("unknown command %q", cmd))
	}
}
