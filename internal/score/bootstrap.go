package score

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
)

// Interval is a two-sided confidence interval of an F1 figure.
type Interval struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// Intervals holds the 95% bootstrap intervals of the PRF figures. A figure
// differing from a target by less than half its interval's width is not
// told apart from it by this gold set.
type Intervals struct {
	Resamples int `json:"resamples"`

	Quote          Interval `json:"quote"`
	QuoteQuoted    Interval `json:"quote_quoted"`
	QuoteIndirect  Interval `json:"quote_indirect"`
	ContentExact   Interval `json:"content_exact"`
	SourceExact    Interval `json:"source_exact"`
	EndToEnd       Interval `json:"end_to_end"`
	EndToEndQuoted Interval `json:"end_to_end_quoted"`
}

// figures lists a report's PRF figures in a fixed order, so per-article counts
// and intervals line up by index.
func figures(r *Report) []*PRF {
	return []*PRF{&r.Quote, &r.QuoteQuoted, &r.QuoteIndirect, &r.ContentExact, &r.SourceExact, &r.EndToEnd, &r.EndToEndQuoted}
}

func (iv *Intervals) slots() []*Interval {
	return []*Interval{&iv.Quote, &iv.QuoteQuoted, &iv.QuoteIndirect, &iv.ContentExact, &iv.SourceExact, &iv.EndToEnd, &iv.EndToEndQuoted}
}

// Bootstrap resamples the articles with replacement, resamples times, and
// returns the 2.5th and 97.5th percentiles of each F1. Articles, not quotes,
// are the unit: quotes of one article share its writer and annotator, so
// resampling them one by one would understate the spread. The seed makes
// the intervals reproducible.
func Bootstrap(arts []Article, resamples int, seed uint64) (Intervals, error) {
	if resamples < 2 {
		return Intervals{}, fmt.Errorf("bootstrap: %d resamples: need at least 2", resamples)
	}
	if len(arts) == 0 {
		return Intervals{}, errors.New("bootstrap: no articles")
	}
	// Every figure is a sum of per-article counts, so score each article
	// once and add counts in the resamples.
	type counts struct{ tp, pred, gold int }
	per := make([][]counts, len(arts))
	for i, a := range arts {
		r, err := Score([]Article{a})
		if err != nil {
			return Intervals{}, fmt.Errorf("bootstrap: %w", err)
		}
		for _, f := range figures(&r) {
			per[i] = append(per[i], counts{f.TP, f.Pred, f.Gold})
		}
	}
	nfig := len(per[0])
	f1s := make([][]float64, nfig)
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	sum := make([]counts, nfig)
	for range resamples {
		clear(sum)
		for range arts {
			for k, c := range per[rng.IntN(len(arts))] {
				sum[k].tp += c.tp
				sum[k].pred += c.pred
				sum[k].gold += c.gold
			}
		}
		for k, c := range sum {
			f := PRF{TP: c.tp, Pred: c.pred, Gold: c.gold}
			f.finish()
			f1s[k] = append(f1s[k], f.F1)
		}
	}
	iv := Intervals{Resamples: resamples}
	for k, slot := range iv.slots() {
		slices.Sort(f1s[k])
		*slot = Interval{Low: percentile(f1s[k], 0.025), High: percentile(f1s[k], 0.975)}
	}
	return iv, nil
}

// percentile reads a sorted sample by linear interpolation between ranks.
func percentile(sorted []float64, p float64) float64 {
	x := p * float64(len(sorted)-1)
	i := int(x)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (x-float64(i))*(sorted[i+1]-sorted[i])
}
