package score

import "math"

// Outcome is how one prediction fared against an article's gold.
type Outcome struct {
	// Counted is false for a prediction paired with an optional gold quote,
	// which the figures leave out.
	Counted bool
	// Right means paired with a gold quote and attributed to its source
	// (or the gold has none): an end-to-end true positive.
	Right bool
}

// Judge returns the outcome of each of p's quotes, in order.
func Judge(g Gold, p Prediction) []Outcome {
	goldOf, _ := pair(g.Quotes, p.Quotes)
	return outcomes(g, p, goldOf)
}

// outcomes judges p's quotes given their pairing with g's.
func outcomes(g Gold, p Prediction, goldOf []int) []Outcome {
	out := make([]Outcome, len(p.Quotes))
	for pi, gi := range goldOf {
		switch {
		case gi < 0:
			out[pi] = Outcome{Counted: true}
		case g.Quotes[gi].Optional:
		default:
			right, scored := attributed(g.Quotes[gi], p.Quotes[pi])
			out[pi] = Outcome{Counted: true, Right: right || !scored}
		}
	}
	return out
}

// Calibration says how well quote confidences predict end-to-end
// correctness: among quotes given 0.8, about 80% should be right.
type Calibration struct {
	Quotes int `json:"quotes"`
	// Brier is the mean squared difference between confidence and
	// outcome (1 right, 0 wrong); lower is better.
	Brier float64 `json:"brier"`
	// ECE, the expected calibration error, is the quote-weighted mean gap
	// between confidence and the share right, over the bins.
	ECE  float64   `json:"ece"`
	Bins []ConfBin `json:"bins"`
}

// ConfBin is one tenth of the confidence range.
type ConfBin struct {
	Low            float64 `json:"low"`
	High           float64 `json:"high"`
	Quotes         int     `json:"quotes"`
	MeanConfidence float64 `json:"mean_confidence"`
	Right          float64 `json:"right"` // share of the bin's quotes that are right
}

const confBins = 10

// add records one counted prediction.
func (c *Calibration) add(conf float64, right bool) {
	if c.Bins == nil {
		c.Bins = make([]ConfBin, confBins)
		for i := range c.Bins {
			c.Bins[i].Low, c.Bins[i].High = float64(i)/confBins, float64(i+1)/confBins
		}
	}
	y := 0.0
	if right {
		y = 1
	}
	i := min(int(conf*confBins), confBins-1)
	b := &c.Bins[max(i, 0)]
	b.Quotes++
	b.MeanConfidence += conf
	b.Right += y
	c.Quotes++
	c.Brier += (conf - y) * (conf - y)
}

func (c *Calibration) finish() {
	if c.Quotes == 0 {
		return
	}
	var ece float64
	for i := range c.Bins {
		b := &c.Bins[i]
		if b.Quotes == 0 {
			continue
		}
		b.MeanConfidence /= float64(b.Quotes)
		b.Right /= float64(b.Quotes)
		ece += float64(b.Quotes) * math.Abs(b.MeanConfidence-b.Right)
	}
	c.ECE = ece / float64(c.Quotes)
	c.Brier /= float64(c.Quotes)
}
