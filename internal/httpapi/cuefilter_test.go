package httpapi_test

import (
	"net/http"
	"slices"
	"strconv"
	"testing"

	"github.com/quoted-dev/quoted/internal/catalog"
)

// cueType is what the cue_type filter matches: a quote with no cue counts
// as speech, the column's default.
func cueType(q catalog.Quote) string {
	if q.Cue == nil {
		return "speech"
	}
	return q.Cue.Type
}

func TestCueTypeFilter(t *testing.T) {
	s := newServer(t)
	var all quoteList
	s.getJSON("/v1/quotes?limit=200", http.StatusOK, &all)
	if all.Next != nil {
		t.Fatal("seeds hold more than 200 quotes: the test needs paging")
	}
	byType := map[string]int{}
	for _, q := range all.Data {
		byType[cueType(q)]++
	}
	if len(byType) < 2 {
		t.Fatalf("seed quotes have cue types %v: need two or more to test the filter", byType)
	}
	for _, typ := range []string{"speech", "writing", "thought", "report"} {
		var page quoteList
		s.getJSON("/v1/quotes?limit=200&cue_type="+typ, http.StatusOK, &page)
		if len(page.Data) != byType[typ] {
			t.Errorf("cue_type=%s: %d quotes, want %d", typ, len(page.Data), byType[typ])
		}
		for _, q := range page.Data {
			if cueType(q) != typ {
				t.Errorf("cue_type=%s returned quote %d with cue %+v", typ, q.ID, q.Cue)
			}
		}
	}
	var said quoteList
	s.getJSON("/v1/quotes?limit=200&cue_type=speech,writing,speech", http.StatusOK, &said)
	if want := byType["speech"] + byType["writing"]; len(said.Data) != want {
		t.Errorf("cue_type=speech,writing: %d quotes, want %d", len(said.Data), want)
	}

	var macron quoteList
	s.getJSON("/v1/speakers/emmanuel-macron/quotes?limit=200&cue_type=thought", http.StatusOK, &macron)
	for _, q := range macron.Data {
		if cueType(q) != "thought" {
			t.Errorf("speaker quotes cue_type=thought returned quote %d with cue %+v", q.ID, q.Cue)
		}
	}
}

func TestConfidenceFilters(t *testing.T) {
	s := newServer(t)
	var all quoteList
	s.getJSON("/v1/quotes?limit=200", http.StatusOK, &all)
	var confs []float64
	withSpeaker := 0
	for _, q := range all.Data {
		confs = append(confs, q.Confidence)
		if q.SpeakerConfidence != nil {
			withSpeaker++
		}
	}
	slices.Sort(confs)
	if len(confs) == 0 || confs[0] == confs[len(confs)-1] {
		t.Fatalf("seed confidences %v: need differing values to test the filter", confs)
	}
	// A threshold between the lowest and the highest keeps some, not all.
	th := confs[len(confs)/2]
	want := 0
	for _, c := range confs {
		if float32(c) >= float32(th) { // stored as real
			want++
		}
	}
	var page quoteList
	s.getJSON("/v1/quotes?limit=200&min_confidence="+jsonFloat(th), http.StatusOK, &page)
	if len(page.Data) != want || want == len(confs) {
		t.Errorf("min_confidence=%v: %d quotes, want %d of %d", th, len(page.Data), want, len(confs))
	}
	for _, q := range page.Data {
		if float32(q.Confidence) < float32(th) {
			t.Errorf("min_confidence=%v returned quote %d with confidence %v", th, q.ID, q.Confidence)
		}
	}

	var zero quoteList
	s.getJSON("/v1/quotes?limit=200&min_speaker_confidence=0", http.StatusOK, &zero)
	if len(zero.Data) != len(all.Data) {
		t.Errorf("min_speaker_confidence=0: %d quotes, want all %d", len(zero.Data), len(all.Data))
	}
	var spoken quoteList
	s.getJSON("/v1/quotes?limit=200&min_speaker_confidence=0.01", http.StatusOK, &spoken)
	if len(spoken.Data) != withSpeaker {
		t.Errorf("min_speaker_confidence=0.01: %d quotes, want the %d with a speaker confidence", len(spoken.Data), withSpeaker)
	}
}

func TestFilterParamErrors(t *testing.T) {
	s := newServer(t)
	for _, path := range []string{
		"/v1/quotes?cue_type=gossip",
		"/v1/quotes?cue_type=speech,",
		"/v1/quotes?min_confidence=1.5",
		"/v1/quotes?min_confidence=-0.1",
		"/v1/quotes?min_confidence=NaN",
		"/v1/quotes?min_confidence=high",
		"/v1/speakers/emmanuel-macron/quotes?min_speaker_confidence=2",
		"/v1/speakers/emmanuel-macron/quotes?cue_type=Speech",
	} {
		code, h, body := s.do("GET", path)
		if code != http.StatusBadRequest || h.Get("Content-Type") != "application/problem+json" {
			t.Errorf("GET %s: %d %s, want a 400 problem: %s", path, code, h.Get("Content-Type"), body)
		}
	}
}

func jsonFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
