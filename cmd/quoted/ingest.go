package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/quoted-dev/quoted/internal/ingest"
)

func runIngest(ctx context.Context, args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("ingest", flag.ContinueOnError)
	if err := fl.Parse(args); err != nil {
		return usageError(err.Error())
	}
	if fl.NArg() == 0 {
		return usageError("ingest needs at least one file or directory")
	}
	files, err := collectFiles(fl.Args())
	if err != nil {
		return err
	}
	log, db, err := openForBatch(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := ingest.New(db.Store, log)

	progress := term.IsTerminal(int(os.Stderr.Fd()))
	sum := summary{count: map[ingest.Status]int{}}
	for i, f := range files {
		items, err := readFile(f)
		if err != nil {
			sum.fail(f, err)
			continue
		}
		for _, it := range items {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if progress {
				fmt.Fprintf(os.Stderr, "\r\033[K[%d/%d files] %s", i+1, len(files), shorten(it.Source, 60))
			}
			if it.Err != nil {
				sum.fail(it.Source, it.Err)
				continue
			}
			out, err := svc.Ingest(ctx, it.Article)
			if err != nil {
				sum.fail(it.Source, err)
				continue
			}
			sum.count[out.Status]++
			sum.quotes += out.Quotes
		}
	}
	if progress {
		fmt.Fprint(os.Stderr, "\r\033[K")
	}
	sum.print(stdout)
	if len(sum.failed) > 0 {
		return fmt.Errorf("%d article(s) failed", len(sum.failed))
	}
	return nil
}

type failure struct{ source, reason string }

type summary struct {
	count  map[ingest.Status]int
	quotes int
	failed []failure
}

func (s *summary) fail(source string, err error) {
	s.failed = append(s.failed, failure{source, err.Error()})
}

func (s *summary) print(w io.Writer) {
	fmt.Fprintf(w, "new: %d, updated: %d, unchanged: %d, failed: %d, quotes stored: %d\n",
		s.count[ingest.StatusNew], s.count[ingest.StatusUpdated], s.count[ingest.StatusUnchanged], len(s.failed), s.quotes)
	for _, f := range s.failed {
		fmt.Fprintf(w, "  failed %s: %s\n", f.source, f.reason)
	}
}

func readFile(name string) ([]ingest.Item, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ingest.ReadArticles(name, f)
}

// collectFiles expands directories into the article files under them, in
// a stable order.
func collectFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != p {
				return filepath.SkipDir
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".json", ".jsonl", ".ndjson":
				if !d.IsDir() {
					found = append(found, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		if len(found) == 0 {
			return nil, errors.New(p + ": no .txt, .json or .jsonl files in it")
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}
