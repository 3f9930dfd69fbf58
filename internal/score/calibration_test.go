package score

import (
	"math"
	"testing"
)

func TestJudgeOutcomes(t *testing.T) {
	g := fullGold(t)
	p := perfect(g)
	p.Quotes[1].Speaker = &PredSpeaker{Name: "Someone Else"} // paired, wrong source
	extra := p.Quotes[0]
	extra.Start, extra.End = 0, 5 // "Paris": pairs with nothing
	p.Quotes = append(p.Quotes, extra)
	g.Quotes[3].Optional = true // "talks could resume"
	want := []Outcome{{true, true}, {true, false}, {true, true}, {false, false}, {true, false}}
	got := Judge(g, p)
	if len(got) != len(want) {
		t.Fatalf("%d outcomes for %d predictions", len(got), len(p.Quotes))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("prediction %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestCalibration(t *testing.T) {
	g := fullGold(t)
	p := perfect(g)
	for i := range p.Quotes {
		p.Quotes[i].Confidence = 1
	}
	if c := score1(t, g, p).Calibration; c.Quotes != 4 || c.Brier != 0 || c.ECE != 0 {
		t.Errorf("right quotes at confidence 1: %+v, want Brier and ECE 0 over 4", c)
	}

	// Every quote wrong (shifted past its gold) at 0.9: Brier 0.81, ECE 0.9.
	for i := range p.Quotes {
		p.Quotes[i].Confidence = 0.9
		p.Quotes[i].Start = p.Quotes[i].End
		p.Quotes[i].End += 3
	}
	c := score1(t, g, p).Calibration
	if c.Quotes != 4 || math.Abs(c.Brier-0.81) > 1e-9 || math.Abs(c.ECE-0.9) > 1e-9 {
		t.Errorf("wrong quotes at 0.9: %+v, want Brier 0.81, ECE 0.9", c)
	}
	b := c.Bins[9]
	if b.Quotes != 4 || math.Abs(b.MeanConfidence-0.9) > 1e-9 || b.Right != 0 {
		t.Errorf("top bin %+v, want 4 quotes at 0.9, none right", b)
	}

	// Half right at 0.5 is calibrated.
	p = perfect(g)
	for i := range p.Quotes {
		p.Quotes[i].Confidence = 0.5
		if i%2 == 1 {
			p.Quotes[i].Start = p.Quotes[i].End
			p.Quotes[i].End += 3
		}
	}
	if c := score1(t, g, p).Calibration; math.Abs(c.ECE) > 1e-9 || math.Abs(c.Brier-0.25) > 1e-9 {
		t.Errorf("half right at 0.5: %+v, want ECE 0, Brier 0.25", c)
	}
}
