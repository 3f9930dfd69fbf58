package score

import (
	"math"
	"testing"
)

func TestBootstrapPerfectArticlesGiveOne(t *testing.T) {
	g := fullGold(t)
	arts := []Article{{Gold: g, Pred: perfect(g)}, {Gold: g, Pred: perfect(g)}}
	iv, err := Bootstrap(arts, 50, 7)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range iv.slots() {
		if s.Low != 1 || s.High != 1 {
			t.Errorf("figure %d: interval %+v, want [1, 1] when every article is perfect", i, *s)
		}
	}
	if iv.Resamples != 50 {
		t.Errorf("resamples = %d, want 50", iv.Resamples)
	}
}

// mixedArticles are perfect, empty and half-right predictions, so resamples
// differ and the interval has width.
func mixedArticles(t *testing.T) []Article {
	g := fullGold(t)
	half := perfect(g)
	half.Quotes = half.Quotes[:2]
	var arts []Article
	for i := range 12 {
		p := []Prediction{perfect(g), {ID: g.ID}, half}[i%3]
		arts = append(arts, Article{Gold: g, Pred: p})
	}
	return arts
}

func TestBootstrapBracketsThePointEstimate(t *testing.T) {
	arts := mixedArticles(t)
	r, err := Score(arts)
	if err != nil {
		t.Fatal(err)
	}
	iv, err := Bootstrap(arts, 400, 1)
	if err != nil {
		t.Fatal(err)
	}
	points := figures(&r)
	for i, s := range iv.slots() {
		f1 := points[i].F1
		if !(s.Low <= f1 && f1 <= s.High) {
			t.Errorf("figure %d: F1 %.3f outside its interval %+v", i, f1, *s)
		}
		if s.High-s.Low < 0.05 {
			t.Errorf("figure %d: interval %+v has no width over articles that disagree", i, *s)
		}
	}
}

func TestBootstrapIsReproducible(t *testing.T) {
	arts := mixedArticles(t)
	a, err := Bootstrap(arts, 200, 3)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Bootstrap(arts, 200, 3)
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Errorf("same seed gave %+v then %+v", a, b)
	}
	c, err := Bootstrap(arts, 200, 4)
	if err != nil {
		t.Fatal(err)
	}
	if a == c {
		t.Errorf("seeds 3 and 4 gave identical intervals %+v: the seed is not used", a)
	}
}

func TestBootstrapRejectsBadInput(t *testing.T) {
	g := fullGold(t)
	if _, err := Bootstrap([]Article{{Gold: g, Pred: perfect(g)}}, 1, 1); err == nil {
		t.Error("one resample: no error")
	}
	if _, err := Bootstrap(nil, 100, 1); err == nil {
		t.Error("no articles: no error")
	}
}

func TestPercentileInterpolates(t *testing.T) {
	s := []float64{0, 1, 2, 3, 4}
	for _, c := range []struct{ p, want float64 }{{0, 0}, {0.5, 2}, {0.025, 0.1}, {0.975, 3.9}, {1, 4}} {
		if got := percentile(s, c.p); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("percentile(%v) = %v, want %v", c.p, got, c.want)
		}
	}
}
