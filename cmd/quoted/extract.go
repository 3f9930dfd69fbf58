package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/score"
)

// inputArticle is one article to extract from, with the only metadata an
// input may pass on.
type inputArticle struct {
	id   string
	text string
	meta extract.Meta
}

// inputLine is what a JSONL input line may carry. Gold fields (quotes,
// publisher, agency) are deliberately absent so they can never reach the
// extractor: running extract over a gold file must not score the gold.
type inputLine struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
}

// runExtract implements `quoted extract [--format json|jsonl] [FILE...]`.
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // main prints the usage for a usageError
	format := fs.String("format", "jsonl", "output format: jsonl (one prediction per line) or json (one array)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return err
		}
		return usageError("extract: " + err.Error())
	}
	if *format != "json" && *format != "jsonl" {
		return usageError(fmt.Sprintf("extract: --format must be json or jsonl, not %q", *format))
	}

	bw := bufio.NewWriter(stdout)
	var all []score.Prediction
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false) // quotes are full of < > & that should stay readable
	emit := func(a inputArticle) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("extract %s: %w", a.id, err)
		}
		p := score.FromResult(a.id, extract.Extract(a.text, a.meta))
		if *format == "json" {
			all = append(all, p)
			return nil
		}
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("write %s: %w", a.id, err)
		}
		return nil
	}

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, name := range files {
		if err := readInput(name, stdin, emit); err != nil {
			// Keep the lines already extracted: on a long run they are work
			// worth having.
			bw.Flush()
			return err
		}
	}

	if *format == "json" {
		if all == nil {
			all = []score.Prediction{} // an empty array, not null
		}
		b, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			return fmt.Errorf("encode predictions: %w", err)
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// readInput reads one named input ("-" is stdin) and emits its articles.
// A .jsonl file holds article objects; any other file is one plain-text
// article named by its base name. Stdin is JSONL when its first non-space
// character is '{'.
func readInput(name string, stdin io.Reader, emit func(inputArticle) error) error {
	if name == "-" {
		br := bufio.NewReader(stdin)
		c, err := firstNonSpace(br)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		if c == '{' {
			return readJSONL(br, "stdin", emit)
		}
		b, err := io.ReadAll(br)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		return emitText("stdin", "stdin", b, emit)
	}

	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl":
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		return readJSONL(f, name, emit)
	case ".json":
		// Read as plain text it would extract quotes from JSON syntax.
		return fmt.Errorf("%s: JSON input must be JSONL (one article object per line, .jsonl)", name)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	base := filepath.Base(name)
	return emitText(name, strings.TrimSuffix(base, filepath.Ext(base)), b, emit)
}

func emitText(name, id string, b []byte, emit func(inputArticle) error) error {
	if !utf8.Valid(b) {
		return fmt.Errorf("%s: not valid UTF-8", name)
	}
	// A byte-order mark is not article text; leaving it would shift every
	// offset by one.
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	return emit(inputArticle{id: id, text: string(b)})
}

// firstNonSpace peeks at the first byte that is not white space (or a BOM)
// without consuming anything; 0 at end of input.
func firstNonSpace(br *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			if errors.Is(err, io.EOF) {
				return 0, nil
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				return 0, nil // only space in the whole buffer: treat as text
			}
			return 0, err
		}
		rest := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
		if len(rest) > 0 && !bytes.HasPrefix([]byte("\uFEFF"), rest) {
			return rest[0], nil
		}
	}
}

// readJSONL emits one article per non-blank line. Lines can be whole long
// articles, so there is no line length limit.
func readJSONL(r io.Reader, name string, emit func(inputArticle) error) error {
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, rerr := br.ReadBytes('\n')
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return fmt.Errorf("%s:%d: read: %w", name, line, rerr)
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var in inputLine
			if err := json.Unmarshal(t, &in); err != nil {
				return fmt.Errorf("%s:%d: not a JSON article object: %w", name, line, err)
			}
			switch {
			case in.ID == nil || *in.ID == "":
				return fmt.Errorf("%s:%d: article has no \"id\"", name, line)
			case in.Text == nil:
				return fmt.Errorf("%s:%d: article %q has no \"text\"", name, line, *in.ID)
			}
			a := inputArticle{id: *in.ID, text: *in.Text, meta: extract.Meta{URL: in.URL, Published: in.Published}}
			if err := emit(a); err != nil {
				return fmt.Errorf("%s:%d: %w", name, line, err)
			}
		}
		if errors.Is(rerr, io.EOF) {
			return nil
		}
	}
}
