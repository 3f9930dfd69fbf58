package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/score"
)

// runEval implements `quoted eval --gold FILE [--json]`: extract every gold
// article and print the FORMAT.md figures.
func runEval(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // main prints the usage for a usageError
	gold := fs.String("gold", "", "gold JSONL file (FORMAT.md)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return err
		}
		return usageError("eval: " + err.Error())
	}
	if *gold == "" {
		return usageError("eval: --gold FILE is required")
	}
	if fs.NArg() > 0 {
		return usageError(fmt.Sprintf("eval: unexpected argument %q", fs.Arg(0)))
	}

	golds, err := score.ReadGoldFile(*gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	r, _, err := score.Run(ctx, golds, extract.Extract)
	if err != nil {
		return fmt.Errorf("eval %s: %w", *gold, err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("eval: write report: %w", err)
		}
		return nil
	}
	if err := printReport(stdout, *gold, r); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	return nil
}

// printReport writes the figures as an aligned table.
func printReport(w io.Writer, name string, r score.Report) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "%s: %d articles\n\n", name, r.Articles)
	// Figures print with three decimals, so left-aligned columns line up.
	row := func(figure, p, rec, f1, counts string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", figure, p, rec, f1, counts)
	}
	prf := func(figure string, f score.PRF) {
		row(figure, num(f.Precision), num(f.Recall), num(f.F1), fmt.Sprintf("%d/%d/%d", f.TP, f.Pred, f.Gold))
	}
	acc := func(figure string, a score.Accuracy) {
		v := num(a.Accuracy)
		if a.Total == 0 {
			v = "n/a" // nothing to judge: 0.000 would read as a failure
		}
		row(figure, "     ", "     ", v, fmt.Sprintf("%d/%d", a.Right, a.Total))
	}
	row("figure", "P", "R", "F1/acc", "tp/pred/gold | right/total")
	prf("quote, all kinds", r.Quote)
	prf("quote, quoted kinds", r.QuoteQuoted)
	prf("quote, indirect", r.QuoteIndirect)
	prf("content exact", r.ContentExact)
	prf("source exact", r.SourceExact)
	acc("attribution accuracy", r.Attribution)
	prf("end-to-end, all kinds", r.EndToEnd)
	prf("end-to-end, quoted kinds", r.EndToEndQuoted)
	acc("venue accuracy", r.Venue)
	acc("publisher accuracy", r.Publisher)
	acc("agency accuracy", r.Agency)
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nspeed: %.1f articles/s (%.3f s extracting, one goroutine)\n", r.ArticlesPerSecond, r.Seconds)
	return err
}

func num(x float64) string { return fmt.Sprintf("%.3f", x) }
