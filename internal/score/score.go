package score

import (
	"fmt"
	"sort"
	"strings"
)

// PRF is a precision/recall/F1 figure with the counts it comes from.
type PRF struct {
	TP        int     `json:"tp"`
	Pred      int     `json:"pred"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (f *PRF) finish() {
	f.Precision = ratio(f.TP, f.Pred)
	f.Recall = ratio(f.TP, f.Gold)
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
}

// Accuracy is right/total with its counts.
type Accuracy struct {
	Right    int     `json:"right"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

func (a *Accuracy) add(right bool) {
	a.Total++
	if right {
		a.Right++
	}
}

func (a *Accuracy) finish() { a.Accuracy = ratio(a.Right, a.Total) }

// ratio is 0 on an empty denominator: the counts beside it tell that apart
// from a real zero, and JSON cannot carry NaN.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Report holds every figure FORMAT.md defines.
type Report struct {
	Articles int `json:"articles"`

	Quote         PRF `json:"quote"`          // all kinds
	QuoteQuoted   PRF `json:"quote_quoted"`   // gold direct+mixed
	QuoteIndirect PRF `json:"quote_indirect"` // gold indirect

	ContentExact PRF `json:"content_exact"`
	SourceExact  PRF `json:"source_exact"`

	Attribution Accuracy `json:"attribution"`

	EndToEnd       PRF `json:"end_to_end"` // the headline figure
	EndToEndQuoted PRF `json:"end_to_end_quoted"`

	// Calibration of the predictions' confidence against end-to-end
	// correctness.
	Calibration Calibration `json:"calibration"`

	Venue     Accuracy `json:"venue"`
	Publisher Accuracy `json:"publisher"`
	Agency    Accuracy `json:"agency"`

	// Filled by Run: extraction time on a single goroutine.
	// CI95 is set when the caller asks for bootstrap intervals (Bootstrap).
	CI95 *Intervals `json:"ci95,omitempty"`

	Seconds           float64 `json:"seconds,omitempty"`
	ArticlesPerSecond float64 `json:"articles_per_second,omitempty"`
}

// Article is one gold article with the prediction for it.
type Article struct {
	Gold Gold
	Pred Prediction
}

// PairByID matches predictions to gold articles by id. A gold article with
// no prediction gets an empty one (it scores zero recall, as it should); a
// prediction for an unknown id is an error, since it would silently vanish.
func PairByID(golds []Gold, preds []Prediction) ([]Article, error) {
	byID := make(map[string]Prediction, len(preds))
	for _, p := range preds {
		if _, dup := byID[p.ID]; dup {
			return nil, fmt.Errorf("pair predictions: id %q predicted twice", p.ID)
		}
		byID[p.ID] = p
	}
	out := make([]Article, 0, len(golds))
	for _, g := range golds {
		p, ok := byID[g.ID]
		if !ok {
			p = Prediction{ID: g.ID}
		}
		delete(byID, g.ID)
		out = append(out, Article{Gold: g, Pred: p})
	}
	if len(byID) > 0 {
		ids := make([]string, 0, len(byID))
		for id := range byID {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		return nil, fmt.Errorf("pair predictions: ids not in the gold set: %q", ids)
	}
	return out, nil
}

// Score computes every figure over the articles.
func Score(arts []Article) (Report, error) {
	var r Report
	for _, a := range arts {
		if a.Pred.ID != "" && a.Pred.ID != a.Gold.ID {
			return Report{}, fmt.Errorf("score: prediction %q paired with gold %q", a.Pred.ID, a.Gold.ID)
		}
		scoreArticle(&r, a.Gold, a.Pred)
		r.Articles++
	}
	for _, f := range []*PRF{&r.Quote, &r.QuoteQuoted, &r.QuoteIndirect, &r.ContentExact, &r.SourceExact, &r.EndToEnd, &r.EndToEndQuoted} {
		f.finish()
	}
	for _, a := range []*Accuracy{&r.Attribution, &r.Venue, &r.Publisher, &r.Agency} {
		a.finish()
	}
	r.Calibration.finish()
	return r, nil
}

func quotedKind(k string) bool { return k == "direct" || k == "mixed" }

// predQuotedKind also accepts "partial", which some extractors use for
// mixed quotes; FORMAT.md counts it as quoted.
func predQuotedKind(k string) bool { return quotedKind(k) || k == "partial" }

func scoreArticle(r *Report, g Gold, p Prediction) {
	text := []rune(g.Text)
	goldOf, predOf := pair(g.Quotes, p.Quotes)

	// Predictions paired with an optional gold leave both sides.
	dropped := make([]bool, len(p.Quotes))
	for pi, gi := range goldOf {
		if gi >= 0 && g.Quotes[gi].Optional {
			dropped[pi] = true
		}
	}

	for gi, gq := range g.Quotes {
		if gq.Optional {
			continue
		}
		r.Quote.Gold++
		r.EndToEnd.Gold++
		switch {
		case quotedKind(gq.Kind):
			r.QuoteQuoted.Gold++
			r.EndToEndQuoted.Gold++
		case gq.Kind == "indirect":
			r.QuoteIndirect.Gold++
		}
		pi := predOf[gi]
		if pi < 0 {
			continue
		}
		pq := p.Quotes[pi]
		right, scored := attributed(gq, pq)
		if scored {
			r.Attribution.add(right)
		}
		e2e := right || !scored
		r.Quote.TP++
		if e2e {
			r.EndToEnd.TP++
		}
		switch {
		case quotedKind(gq.Kind):
			r.QuoteQuoted.TP++
			if e2e {
				r.EndToEndQuoted.TP++
			}
		case gq.Kind == "indirect":
			r.QuoteIndirect.TP++
		}
		if len(gq.VenueAny) > 0 {
			r.Venue.add(venueRight(gq.VenueAny, pq.Venue))
		}
	}

	// Precision counts: a paired prediction counts in the class of its
	// gold; an unpaired one in the class of its own kind.
	for pi, pq := range p.Quotes {
		if dropped[pi] {
			continue
		}
		r.Quote.Pred++
		r.EndToEnd.Pred++
		quoted, indirect := predQuotedKind(pq.Kind), pq.Kind == "indirect"
		if gi := goldOf[pi]; gi >= 0 {
			quoted, indirect = quotedKind(g.Quotes[gi].Kind), g.Quotes[gi].Kind == "indirect"
		}
		if quoted {
			r.QuoteQuoted.Pred++
			r.EndToEndQuoted.Pred++
		}
		if indirect {
			r.QuoteIndirect.Pred++
		}
	}

	for pi, o := range outcomes(g, p, goldOf) {
		if o.Counted {
			r.Calibration.add(p.Quotes[pi].Confidence, o.Right)
		}
	}

	// Exact match: sets of trimmed span texts per article.
	goldContent, goldSource := map[string]bool{}, map[string]bool{}
	for _, gq := range g.Quotes {
		if gq.Optional {
			continue
		}
		addSpan(goldContent, spanText(text, gq.Start, gq.End, gq.Text))
		if m := gq.SpeakerMention; m != nil {
			addSpan(goldSource, spanText(text, m.Start, m.End, m.Text))
		}
	}
	predContent, predSource := map[string]bool{}, map[string]bool{}
	for pi, pq := range p.Quotes {
		if dropped[pi] {
			continue
		}
		addSpan(predContent, spanText(text, pq.Start, pq.End, pq.Text))
		if m := pq.SpeakerMention; m != nil {
			addSpan(predSource, spanText(text, m.Start, m.End, m.Text))
		}
	}
	setPRF(&r.ContentExact, goldContent, predContent)
	setPRF(&r.SourceExact, goldSource, predSource)

	if g.Publisher != "" {
		r.Publisher.add(nameKey(p.Outlet.Publisher) == nameKey(g.Publisher))
	}
	if g.Agency != "" {
		r.Agency.add(nameKey(p.Outlet.Agency) == nameKey(g.Agency))
	}
}

// attributed says whether the prediction names the gold source, and whether
// the gold has a source to judge by at all.
func attributed(g GoldQuote, p PredQuote) (right, scored bool) {
	if g.Speaker != "" {
		if p.Speaker == nil {
			return false, true
		}
		got := nameKey(p.Speaker.Name)
		if got == "" {
			return false, true
		}
		for _, want := range append([]string{g.Speaker}, g.SpeakerAlts...) {
			if nameKey(want) == got {
				return true, true
			}
		}
		return false, true
	}
	if m := g.SpeakerMention; m != nil {
		pm := p.SpeakerMention
		return pm != nil && overlap(m.Start, m.End, pm.Start, pm.End) > 0, true
	}
	return false, false
}

func venueRight(terms []string, v *PredVenue) bool {
	if v == nil {
		return false
	}
	got := fold(v.Text)
	for _, term := range terms {
		if t := fold(term); t != "" && strings.Contains(got, t) {
			return true
		}
	}
	return false
}

// spanText takes the span from the article by its offsets, so a span is
// judged by where it points, and falls back to the given text when the
// offsets do not fit the article.
func spanText(text []rune, start, end int, given string) string {
	if start >= 0 && start <= end && end <= len(text) {
		return string(text[start:end])
	}
	return given
}

func addSpan(set map[string]bool, s string) {
	if t := trimSpan(s); t != "" {
		set[t] = true
	}
}

func setPRF(f *PRF, gold, pred map[string]bool) {
	f.Gold += len(gold)
	f.Pred += len(pred)
	for s := range pred {
		if gold[s] {
			f.TP++
		}
	}
}

func overlap(s1, e1, s2, e2 int) int {
	return max(0, min(e1, e2)-max(s1, s2))
}

// pair matches predictions to gold one-to-one: a pair needs character
// Jaccard ≥ 0.5 of the offset ranges, and pairs are taken greedily, highest
// Jaccard first (ties by gold then prediction order, for determinism).
// goldOf[pi] is the gold index paired with prediction pi, predOf[gi] the
// reverse; -1 when unpaired.
func pair(gold []GoldQuote, pred []PredQuote) (goldOf, predOf []int) {
	type cand struct{ gi, pi, inter, union int }
	var cands []cand
	for gi, g := range gold {
		for pi, p := range pred {
			inter := overlap(g.Start, g.End, p.Start, p.End)
			if inter == 0 {
				continue
			}
			union := (g.End - g.Start) + (p.End - p.Start) - inter
			if 2*inter >= union { // integer form of inter/union ≥ 0.5
				cands = append(cands, cand{gi, pi, inter, union})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		// Compare inter/union exactly by cross-multiplying.
		if x, y := a.inter*b.union, b.inter*a.union; x != y {
			return x > y
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	goldOf = fill(len(pred))
	predOf = fill(len(gold))
	for _, c := range cands {
		if predOf[c.gi] < 0 && goldOf[c.pi] < 0 {
			predOf[c.gi], goldOf[c.pi] = c.pi, c.gi
		}
	}
	return goldOf, predOf
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}
