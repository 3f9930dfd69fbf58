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

// runEval implements `quoted eval --gold FILE [--json] [--ci N]`: extract
// every gold article and print the FORMAT.md figures, with 95% bootstrap
// intervals of the F1 figures when N resamples are asked for.
func runEval(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // main prints the usage for a usageError
	gold := fs.String("gold", "", "gold JSONL file (FORMAT.md)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	ci := fs.Int("ci", 0, "bootstrap resamples for 95% intervals of the F1 figures (0: none)")
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
	if *ci < 0 || *ci == 1 {
		return usageError(fmt.Sprintf("eval: --ci %d: give 0 (no intervals) or at least 2 resamples", *ci))
	}
	if fs.NArg() > 0 {
		return usageError(fmt.Sprintf("eval: unexpected argument %q", fs.Arg(0)))
	}

	golds, err := score.ReadGoldFile(*gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	r, preds, err := score.Run(ctx, golds, extract.Extract)
	if err != nil {
		return fmt.Errorf("eval %s: %w", *gold, err)
	}
	if *ci > 0 {
		// A fixed seed: the same build and gold give the same intervals.
		iv, err := score.Bootstrap(score.Articles(golds, preds), *ci, 1)
		if err != nil {
			return fmt.Errorf("eval %s: %w", *gold, err)
		}
		r.CI95 = &iv
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
	row := func(figure, p, rec, f1, counts, iv string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", figure, p, rec, f1, counts, iv)
	}
	prf := func(figure string, f score.PRF, iv func(*score.Intervals) score.Interval) {
		var ci string
		if r.CI95 != nil {
			i := iv(r.CI95)
			ci = num(i.Low) + "–" + num(i.High)
		}
		row(figure, num(f.Precision), num(f.Recall), num(f.F1), fmt.Sprintf("%d/%d/%d", f.TP, f.Pred, f.Gold), ci)
	}
	acc := func(figure string, a score.Accuracy) {
		v := num(a.Accuracy)
		if a.Total == 0 {
			v = "n/a" // nothing to judge: 0.000 would read as a failure
		}
		row(figure, "     ", "     ", v, fmt.Sprintf("%d/%d", a.Right, a.Total), "")
	}
	ciHead := ""
	if r.CI95 != nil {
		ciHead = fmt.Sprintf("F1 95%% CI (%d resamples)", r.CI95.Resamples)
	}
	row("figure", "P", "R", "F1/acc", "tp/pred/gold | right/total", ciHead)
	prf("quote, all kinds", r.Quote, func(i *score.Intervals) score.Interval { return i.Quote })
	prf("quote, quoted kinds", r.QuoteQuoted, func(i *score.Intervals) score.Interval { return i.QuoteQuoted })
	prf("quote, indirect", r.QuoteIndirect, func(i *score.Intervals) score.Interval { return i.QuoteIndirect })
	prf("content exact", r.ContentExact, func(i *score.Intervals) score.Interval { return i.ContentExact })
	prf("source exact", r.SourceExact, func(i *score.Intervals) score.Interval { return i.SourceExact })
	acc("attribution accuracy", r.Attribution)
	prf("end-to-end, all kinds", r.EndToEnd, func(i *score.Intervals) score.Interval { return i.EndToEnd })
	prf("end-to-end, quoted kinds", r.EndToEndQuoted, func(i *score.Intervals) score.Interval { return i.EndToEndQuoted })
	acc("venue accuracy", r.Venue)
	acc("publisher accuracy", r.Publisher)
	acc("agency accuracy", r.Agency)
	if err := tw.Flush(); err != nil {
		return err
	}
	if c := r.Calibration; c.Quotes > 0 {
		fmt.Fprintf(w, "\nconfidence against end-to-end correctness, %d quotes: Brier %.3f, calibration error %.3f (bins: --json)\n", c.Quotes, c.Brier, c.ECE)
	}
	_, err := fmt.Fprintf(w, "\nspeed: %.1f articles/s (%.3f s extracting, one goroutine)\n", r.ArticlesPerSecond, r.Seconds)
	return err
}

func num(x float64) string { return fmt.Sprintf("%.3f", x) }
