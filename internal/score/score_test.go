package score

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quoted-dev/quoted/internal/extract"
)

// at returns the code-point span of the first occurrence of sub in text.
func at(t *testing.T, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	s := utf8.RuneCountInString(text[:i])
	return s, s + utf8.RuneCountInString(sub)
}

func gq(t *testing.T, text, content, kind, speaker, mention string) GoldQuote {
	t.Helper()
	s, e := at(t, text, content)
	q := GoldQuote{Start: s, End: e, Text: content, Kind: kind, Speaker: speaker}
	if mention != "" {
		ms, me := at(t, text, mention)
		q.SpeakerMention = &Span{Start: ms, End: me, Text: mention}
	}
	return q
}

const article = `Paris — «Nous sommes prêts», Emmanuel Macron told reporters at the Élysée. ` +
	`He said the coalition would act soon. ` +
	`"We will not wait," the White House said in a statement. ` +
	`Officials believe talks could resume.`

// fullGold has every feature the scorer looks at: quoted and indirect
// kinds, canonical speakers, a mention-only source, a sourceless quote,
// venues, publisher and agency.
func fullGold(t *testing.T) Gold {
	g := Gold{ID: "a1", Text: article, Publisher: "The Moscow Times", Agency: "AFP"}
	q1 := gq(t, article, "«Nous sommes prêts»", "direct", "Emmanuel Macron", "Emmanuel Macron")
	q1.VenueAny = []string{"reporters", "Elysee"}
	q2 := gq(t, article, "the coalition would act soon", "indirect", "Emmanuel Macron", "He")
	q3 := gq(t, article, `"We will not wait,"`, "direct", "White House", "the White House")
	q3.VenueAny = []string{"statement"}
	q4 := gq(t, article, "talks could resume", "indirect", "", "Officials") // mention only, PolNeAR style
	g.Quotes = []GoldQuote{q1, q2, q3, q4}
	return g
}

// perfect turns gold into the prediction that matches it in every way.
func perfect(g Gold) Prediction {
	p := Prediction{ID: g.ID, Outlet: PredOutlet{Publisher: g.Publisher, Agency: g.Agency}}
	for _, q := range g.Quotes {
		pq := PredQuote{Start: q.Start, End: q.End, Text: q.Text, Kind: q.Kind, SpeakerMention: q.SpeakerMention}
		if q.Speaker != "" {
			pq.Speaker = &PredSpeaker{Name: q.Speaker}
		}
		if len(q.VenueAny) > 0 {
			pq.Venue = &PredVenue{Text: strings.Join(q.VenueAny, ", ")}
		}
		p.Quotes = append(p.Quotes, pq)
	}
	return p
}

func score1(t *testing.T, g Gold, p Prediction) Report {
	t.Helper()
	r, err := Score([]Article{{Gold: g, Pred: p}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func prfs(r Report) map[string]PRF {
	return map[string]PRF{
		"quote": r.Quote, "quote_quoted": r.QuoteQuoted, "quote_indirect": r.QuoteIndirect,
		"content_exact": r.ContentExact, "source_exact": r.SourceExact,
		"end_to_end": r.EndToEnd, "end_to_end_quoted": r.EndToEndQuoted,
	}
}

func accs(r Report) map[string]Accuracy {
	return map[string]Accuracy{"attribution": r.Attribution, "venue": r.Venue, "publisher": r.Publisher, "agency": r.Agency}
}

func TestPerfectPredictionScoresOne(t *testing.T) {
	g := fullGold(t)
	r := score1(t, g, perfect(g))
	for name, f := range prfs(r) {
		if f.Gold == 0 || f.Precision != 1 || f.Recall != 1 || f.F1 != 1 {
			t.Errorf("%s = %+v, want P=R=F1=1 over a non-empty gold", name, f)
		}
	}
	for name, a := range accs(r) {
		if a.Total == 0 || a.Accuracy != 1 {
			t.Errorf("%s = %+v, want 1 over a non-empty total", name, a)
		}
	}
	if r.Quote.Gold != 4 || r.QuoteQuoted.Gold != 2 || r.QuoteIndirect.Gold != 2 {
		t.Errorf("gold counts all/quoted/indirect = %d/%d/%d, want 4/2/2", r.Quote.Gold, r.QuoteQuoted.Gold, r.QuoteIndirect.Gold)
	}
	if r.Venue.Total != 2 || r.Attribution.Total != 4 {
		t.Errorf("venue total %d, attribution total %d; want 2 and 4", r.Venue.Total, r.Attribution.Total)
	}
}

func TestEmptyPredictionScoresZeroRecall(t *testing.T) {
	g := fullGold(t)
	r := score1(t, g, Prediction{ID: g.ID})
	for name, f := range prfs(r) {
		if f.Gold == 0 || f.TP != 0 || f.Pred != 0 || f.Recall != 0 || f.F1 != 0 {
			t.Errorf("%s = %+v, want zero recall over a non-empty gold", name, f)
		}
	}
	if r.Publisher.Total != 1 || r.Publisher.Right != 0 || r.Agency.Right != 0 {
		t.Errorf("outlet with no prediction: publisher %+v agency %+v", r.Publisher, r.Agency)
	}
}

func TestShiftedSpanPairsButIsNotExact(t *testing.T) {
	g := fullGold(t)
	g.Quotes = g.Quotes[1:2] // "the coalition would act soon"
	p := perfect(g)
	p.Quotes[0].Start += 4 // "coalition would act soon"
	r := score1(t, g, p)
	if r.Quote.TP != 1 || r.EndToEnd.TP != 1 {
		t.Errorf("shifted span did not pair: quote %+v e2e %+v", r.Quote, r.EndToEnd)
	}
	if r.ContentExact.TP != 0 || r.ContentExact.Pred != 1 || r.ContentExact.Gold != 1 {
		t.Errorf("shifted span counted as exact: %+v", r.ContentExact)
	}
}

func TestExactMatchTrimsPunctuationNotQuotes(t *testing.T) {
	g := fullGold(t)
	p := perfect(g)
	// " soon." and the trailing space differ only by trimmed characters.
	p.Quotes[1].End += 2
	// Dropping the closing guillemet changes a quotation mark: not exact.
	p.Quotes[0].End--
	r := score1(t, g, p)
	if r.ContentExact.TP != 3 {
		t.Errorf("content exact TP = %d, want 3 (trailing '. ' trimmed, '»' kept)", r.ContentExact.TP)
	}
}

func TestJaccardThreshold(t *testing.T) {
	text := strings.Repeat("x", 300)
	g := Gold{ID: "j", Text: text, Quotes: []GoldQuote{{Start: 0, End: 100, Kind: "indirect"}}}
	for _, c := range []struct {
		end  int
		pair bool
	}{
		{49, false},  // 49/100 just below
		{50, true},   // exactly 0.5 pairs
		{200, true},  // 100/200 pairs
		{201, false}, // 100/201 just below
	} {
		p := Prediction{ID: "j", Quotes: []PredQuote{{Start: 0, End: c.end, Kind: "indirect"}}}
		r := score1(t, g, p)
		if got := r.Quote.TP == 1; got != c.pair {
			t.Errorf("pred [0,%d) vs gold [0,100): paired=%v, want %v", c.end, got, c.pair)
		}
	}
}

func TestGreedyPairsHighestJaccardFirst(t *testing.T) {
	text := strings.Repeat("x", 200)
	g := Gold{ID: "g", Text: text, Quotes: []GoldQuote{
		{Start: 0, End: 100, Kind: "indirect"},
		{Start: 10, End: 110, Kind: "direct", Speaker: "A"},
	}}
	// J with gold 0 = 90/110; with gold 1 = 100/100: must take gold 1
	// even though gold 0 comes first.
	p := Prediction{ID: "g", Quotes: []PredQuote{{Start: 10, End: 110, Kind: "direct", Speaker: &PredSpeaker{Name: "A"}}}}
	r := score1(t, g, p)
	if r.QuoteQuoted.TP != 1 || r.QuoteIndirect.TP != 0 || r.Quote.TP != 1 {
		t.Errorf("paired the wrong gold: quoted %+v indirect %+v", r.QuoteQuoted, r.QuoteIndirect)
	}
}

func TestOptionalGoldNeitherRewardedNorPunished(t *testing.T) {
	g := fullGold(t)
	base := score1(t, g, perfect(g))

	opt := gq(t, article, "Officials believe talks could resume", "indirect", "Officials", "Officials")
	opt.Optional = true
	opt.VenueAny = []string{"nowhere"}
	g2 := g
	g2.Quotes = append(append([]GoldQuote{}, g.Quotes[:3]...), opt)
	// Without the fourth quote the regular figures are over three.
	without := Gold{ID: g.ID, Text: g.Text, Publisher: g.Publisher, Agency: g.Agency, Quotes: g.Quotes[:3]}
	want := score1(t, without, perfect(without))

	found := perfect(g2) // predicts the optional one, with the wrong speaker and venue
	found.Quotes[3].Speaker = &PredSpeaker{Name: "Nobody"}
	missed := perfect(without)
	for name, p := range map[string]Prediction{"found": found, "missed": missed} {
		if got := score1(t, g2, p); !reflect.DeepEqual(got, want) {
			t.Errorf("optional %s: got %+v\nwant %+v", name, got, want)
		}
	}
	if base.Quote.Gold != 4 || want.Quote.Gold != 3 {
		t.Fatalf("fixture changed: gold %d and %d", base.Quote.Gold, want.Quote.Gold)
	}
}

func TestNormalisation(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"The Élysée", "elysee", true},
		{"Zelenskyy’s   office", "zelenskyy's office", true},
		{"An Official", "official", true},
		{"A.  Smith", "a. smith", true}, // "a." is not the article
		{"Theresa May", "resa may", false},
		{"Macron", "Emmanuel Macron", false},
	} {
		if got := nameKey(c.a) == nameKey(c.b); got != c.same {
			t.Errorf("nameKey(%q)=%q vs nameKey(%q)=%q: same=%v, want %v", c.a, nameKey(c.a), c.b, nameKey(c.b), got, c.same)
		}
	}

	g := fullGold(t)
	g.Quotes = g.Quotes[:1]
	g.Quotes[0].Speaker = "The Élysée"
	g.Quotes[0].VenueAny = []string{"Elysee"}
	p := perfect(g)
	p.Quotes[0].Speaker = &PredSpeaker{Name: "elysee"}
	p.Quotes[0].Venue = &PredVenue{Text: "press conference, ÉLYSÉE PALACE"}
	r := score1(t, g, p)
	if r.Attribution.Right != 1 || r.Venue.Right != 1 {
		t.Errorf("accent/case/article variants not matched: attribution %+v venue %+v", r.Attribution, r.Venue)
	}
	p.Quotes[0].Venue.Text = "Paris"
	if r := score1(t, g, p); r.Venue.Right != 0 || r.Venue.Total != 1 {
		t.Errorf("venue without any term counted right: %+v", r.Venue)
	}
}

func TestSpeakerAltsAndMentionOverlap(t *testing.T) {
	g := fullGold(t)
	g.Quotes[2].SpeakerAlts = []string{"Trump administration"}
	p := perfect(g)
	p.Quotes[0].Speaker = &PredSpeaker{Name: "Macron"}                   // not the canonical name: wrong
	p.Quotes[2].Speaker = &PredSpeaker{Name: "the Trump Administration"} // an alt: right
	p.Quotes[3].Speaker = nil
	p.Quotes[3].SpeakerMention = &Span{Start: g.Quotes[3].SpeakerMention.End - 1, End: g.Quotes[3].SpeakerMention.End + 3}
	r := score1(t, g, p)
	if r.Attribution.Right != 3 || r.Attribution.Total != 4 {
		t.Errorf("attribution = %+v, want 3/4", r.Attribution)
	}
	if r.EndToEnd.TP != 3 || r.EndToEndQuoted.TP != 1 || r.Quote.TP != 4 {
		t.Errorf("e2e %+v quoted %+v, want TP 3 and 1", r.EndToEnd, r.EndToEndQuoted)
	}
	// A mention that only touches the gold's end does not overlap.
	p.Quotes[3].SpeakerMention = &Span{Start: g.Quotes[3].SpeakerMention.End, End: g.Quotes[3].SpeakerMention.End + 3}
	if r := score1(t, g, p); r.Attribution.Right != 2 {
		t.Errorf("adjacent mention counted as overlapping: %+v", r.Attribution)
	}
}

func TestSourcelessGoldCountsAsRight(t *testing.T) {
	g := fullGold(t)
	g.Quotes = g.Quotes[3:]
	g.Quotes[0].SpeakerMention = nil // implicit source
	p := perfect(g)
	p.Quotes[0].Speaker = &PredSpeaker{Name: "Anyone"}
	r := score1(t, g, p)
	if r.EndToEnd.TP != 1 || r.Attribution.Total != 0 {
		t.Errorf("sourceless gold: e2e %+v attribution %+v, want TP 1 and no attribution", r.EndToEnd, r.Attribution)
	}
}

func TestQuotedKindsCounting(t *testing.T) {
	text := strings.Repeat("x", 1000)
	g := Gold{ID: "k", Text: text, Quotes: []GoldQuote{
		{Start: 0, End: 100, Kind: "indirect"},
		{Start: 200, End: 300, Kind: "mixed"},
		{Start: 400, End: 500, Kind: "direct"},
	}}
	p := Prediction{ID: "k", Quotes: []PredQuote{
		{Start: 0, End: 100, Kind: "direct"},     // paired with indirect gold: counts as indirect, not quoted
		{Start: 200, End: 300, Kind: "indirect"}, // paired with mixed gold: counts as quoted
		{Start: 600, End: 700, Kind: "partial"},  // unpaired partial: quoted
		{Start: 800, End: 900, Kind: "indirect"}, // unpaired indirect: indirect
	}}
	r := score1(t, g, p)
	check := func(name string, f PRF, tp, pred, gold int) {
		t.Helper()
		if f.TP != tp || f.Pred != pred || f.Gold != gold {
			t.Errorf("%s tp/pred/gold = %d/%d/%d, want %d/%d/%d", name, f.TP, f.Pred, f.Gold, tp, pred, gold)
		}
	}
	check("quote", r.Quote, 2, 4, 3)
	check("quoted", r.QuoteQuoted, 1, 2, 2)
	check("indirect", r.QuoteIndirect, 1, 2, 1)
	check("e2e quoted", r.EndToEndQuoted, 1, 2, 2) // no sources in gold: paired is right
	if math.Abs(r.Quote.F1-2*0.5*(2.0/3)/(0.5+2.0/3)) > 1e-12 {
		t.Errorf("F1 = %v", r.Quote.F1)
	}
}

func TestCodePointOffsets(t *testing.T) {
	// Multi-byte letters before the span: byte offsets would cut wrong.
	g := fullGold(t)
	p := perfect(g)
	if p.Quotes[0].Start == strings.Index(article, "«") {
		t.Fatal("fixture has no multi-byte text before the first quote")
	}
	r := score1(t, g, p)
	if r.ContentExact.TP != 4 || r.SourceExact.TP != 4 {
		t.Errorf("exact TP content %d source %d, want 4 and 4", r.ContentExact.TP, r.SourceExact.TP)
	}
}

func TestPairByID(t *testing.T) {
	g := fullGold(t)
	arts, err := PairByID([]Gold{g, {ID: "b"}}, []Prediction{perfect(g)})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[1].Pred.ID != "b" || len(arts[1].Pred.Quotes) != 0 {
		t.Errorf("missing prediction not filled with an empty one: %+v", arts)
	}
	if _, err := PairByID([]Gold{g}, []Prediction{{ID: "zzz"}}); err == nil || !strings.Contains(err.Error(), "zzz") {
		t.Errorf("unknown id: err = %v", err)
	}
	if _, err := PairByID([]Gold{g}, []Prediction{{ID: "a1"}, {ID: "a1"}}); err == nil {
		t.Error("duplicate prediction id accepted")
	}
	if _, err := Score([]Article{{Gold: g, Pred: Prediction{ID: "other"}}}); err == nil {
		t.Error("Score accepted a prediction for another article")
	}
}

func TestFromResult(t *testing.T) {
	res := extract.Result{
		Outlet: extract.Outlet{Publisher: "Reuters", Agency: "Reuters"},
		Quotes: []extract.Quote{{
			Start: 1, End: 5, Text: "abcd", Kind: extract.KindMixed, Fragments: [][2]int{{1, 2}, {3, 5}},
			Speaker:  extract.Speaker{Name: "A", Kind: extract.SpeakerPerson},
			Speakers: []extract.Speaker{{Name: "A"}, {Name: "B"}},
			Mention:  &extract.Span{Start: 6, End: 7, Text: "A"},
			Cue:      &extract.Cue{Span: extract.Span{Start: 8, End: 12, Text: "said"}, Type: extract.CueSpeech},
			Venue:    &extract.Venue{Text: "Paris", Date: "2025-09-04"},
		}, {Start: 20, End: 30, Kind: extract.KindIndirect}},
	}
	p := FromResult("x", res)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	q0 := back["quotes"].([]any)[0].(map[string]any)
	q1 := back["quotes"].([]any)[1].(map[string]any)
	if q0["speaker"].(map[string]any)["name"] != "A" || len(q0["speakers"].([]any)) != 2 ||
		q0["cue"].(map[string]any)["type"] != "speech" || q0["venue"].(map[string]any)["date"] != "2025-09-04" ||
		q0["speaker_mention"].(map[string]any)["text"] != "A" || back["outlet"].(map[string]any)["agency"] != "Reuters" {
		t.Errorf("prediction line lost fields: %s", b)
	}
	if q1["speaker"] != nil || q1["speaker_mention"] != nil {
		t.Errorf("unresolved speaker should be null: %s", b)
	}
	if len(FromResult("y", extract.Result{}).Quotes) != 0 {
		t.Error("no quotes")
	}
	if b, _ := json.Marshal(FromResult("y", extract.Result{})); !strings.Contains(string(b), `"quotes":[]`) {
		t.Errorf("empty result should give an empty array, got %s", b)
	}
}

func TestReadGold(t *testing.T) {
	in := `{"id":"a","text":"x","publisher":null,"agency":"AP","quotes":[{"start":0,"end":1,"text":"x","kind":"direct","speaker_mention":null,"cue":{"text":"said"},"venue_any":null}]}

{"id":"polnear/b","outlet":"nyt","wire":null,"text":"y","quotes":[]}
`
	gs, err := ReadGold(strings.NewReader(in), "in.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 2 || gs[0].Agency != "AP" || gs[0].Publisher != "" || gs[1].Outlet != "nyt" {
		t.Errorf("read %+v", gs)
	}
	_, err = ReadGold(strings.NewReader("{\"id\":\"a\"}\n{bad\n"), "in.jsonl")
	if err == nil || !strings.Contains(err.Error(), "in.jsonl:2") {
		t.Errorf("bad line error should name file and line: %v", err)
	}
}

func TestPredictGivesOnlyURLAndDate(t *testing.T) {
	g := fullGold(t)
	g.URL, g.Published = "https://example.com/a", "2025-09-05"
	var seen []extract.Meta
	ex := func(text string, m extract.Meta) extract.Result {
		seen = append(seen, m)
		return extract.Result{}
	}
	r, preds, err := Run(t.Context(), []Gold{g}, ex)
	if err != nil {
		t.Fatal(err)
	}
	want := extract.Meta{URL: g.URL, Published: g.Published}
	if len(seen) != 1 || seen[0] != want {
		t.Errorf("extractor saw %+v, want only %+v", seen, want)
	}
	if len(preds) != 1 || preds[0].ID != g.ID || r.Articles != 1 || r.Quote.Gold != 4 {
		t.Errorf("run: preds %+v report %+v", preds, r)
	}
}

func TestSeedGoldAgainstItselfScoresOne(t *testing.T) {
	golds, err := ReadGoldFile("testdata/seeds.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var arts []Article
	for _, g := range golds {
		arts = append(arts, Article{Gold: g, Pred: perfect(g)})
	}
	r, err := Score(arts)
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range prfs(r) {
		if f.Gold == 0 || f.F1 != 1 {
			t.Errorf("%s = %+v, want F1 1", name, f)
		}
	}
	for name, a := range accs(r) {
		if a.Total == 0 || a.Accuracy != 1 {
			t.Errorf("%s = %+v, want 1", name, a)
		}
	}
	// 86 attributions, 10 of them optional.
	if r.Quote.Gold != 76 || r.Articles != 5 {
		t.Errorf("seed gold: %d articles, %d non-optional quotes; want 5, 76", r.Articles, r.Quote.Gold)
	}
}
