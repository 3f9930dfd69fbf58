package score

import (
	"context"
	"fmt"
	"time"

	"github.com/quoted-dev/quoted/internal/extract"
)

// Extractor is the signature of extract.Extract; taking it as a value keeps
// the scorer testable with hand-made predictions.
type Extractor func(text string, meta extract.Meta) extract.Result

// Predict runs ex over every gold article on one goroutine, giving it only
// the metadata Gold.Meta allows, and returns the predictions and the time
// extraction took.
func Predict(ctx context.Context, golds []Gold, ex Extractor) ([]Prediction, time.Duration, error) {
	preds := make([]Prediction, 0, len(golds))
	var spent time.Duration
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return nil, 0, fmt.Errorf("predict %s: %w", g.ID, err)
		}
		t0 := time.Now()
		res := ex(g.Text, g.Meta())
		spent += time.Since(t0)
		preds = append(preds, FromResult(g.ID, res))
	}
	return preds, spent, nil
}

// Run extracts every gold article, scores the predictions and records the
// extraction speed in the report.
func Run(ctx context.Context, golds []Gold, ex Extractor) (Report, []Prediction, error) {
	preds, spent, err := Predict(ctx, golds, ex)
	if err != nil {
		return Report{}, nil, err
	}
	r, err := Score(Articles(golds, preds))
	if err != nil {
		return Report{}, nil, err
	}
	r.Seconds = spent.Seconds()
	if spent > 0 {
		r.ArticlesPerSecond = float64(len(golds)) / spent.Seconds()
	}
	return r, preds, nil
}

// Articles pairs golds with the predictions Predict made for them, in order.
func Articles(golds []Gold, preds []Prediction) []Article {
	arts := make([]Article, len(golds))
	for i := range golds {
		arts[i] = Article{Gold: golds[i], Pred: preds[i]}
	}
	return arts
}
