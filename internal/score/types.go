// Package score measures quote extraction against gold annotations, by the
// rules of /work/shared/eval/FORMAT.md, so that the project's figures can be
// compared with published results and checked independently.
package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/quoted-dev/quoted/internal/extract"
)

// Span is a piece of the article text; offsets count code points, End is
// exclusive.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// GoldCue is the annotated reporting verb. Seed lines give only its text;
// PolNeAR lines also give offsets, hence the pointers.
type GoldCue struct {
	Start *int   `json:"start,omitempty"`
	End   *int   `json:"end,omitempty"`
	Text  string `json:"text"`
}

// GoldQuote is one annotated attribution.
type GoldQuote struct {
	Start          int      `json:"start"`
	End            int      `json:"end"`
	Text           string   `json:"text"`
	Kind           string   `json:"kind"`
	Fragments      [][2]int `json:"fragments,omitempty"`
	Speaker        string   `json:"speaker,omitempty"` // canonical name; absent in PolNeAR
	SpeakerAlts    []string `json:"speaker_alts,omitempty"`
	SpeakerMention *Span    `json:"speaker_mention"` // null where the source is implicit
	Cue            *GoldCue `json:"cue,omitempty"`
	VenueAny       []string `json:"venue_any,omitempty"`
	Optional       bool     `json:"optional,omitempty"`
}

// Gold is one annotated article line. Seed lines carry publisher and agency;
// PolNeAR lines carry outlet, title, author and wire instead, which are kept
// for reference but not scored (FORMAT.md scores publisher and agency only).
type Gold struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Publisher string `json:"publisher,omitempty"`
	Agency    string `json:"agency,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`

	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title,omitempty"`
	Author string `json:"author,omitempty"`
	Wire   string `json:"wire,omitempty"`

	Quotes []GoldQuote `json:"quotes"`
}

// Meta is the only metadata the extractor may see from a gold line: giving
// it the gold publisher or agency would score the annotation, not the
// extractor.
func (g Gold) Meta() extract.Meta {
	return extract.Meta{URL: g.URL, Published: g.Published}
}

// PredOutlet is the predicted outlet; fields beyond publisher and agency are
// extras the scorer ignores.
type PredOutlet struct {
	Publisher string `json:"publisher,omitempty"`
	Agency    string `json:"agency,omitempty"`
	Dateline  string `json:"dateline,omitempty"`
	Published string `json:"published,omitempty"`
	Byline    string `json:"byline,omitempty"`
	Headline  string `json:"headline,omitempty"`
}

// PredSpeaker is a resolved speaker; the scorer reads only Name.
type PredSpeaker struct {
	Name       string  `json:"name"`
	Kind       string  `json:"kind,omitempty"`
	Title      string  `json:"title,omitempty"`
	Holder     string  `json:"holder,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// PredCue is the predicted reporting verb or phrase.
type PredCue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type,omitempty"`
}

// PredVenue is where the words were said; the scorer reads only Text.
type PredVenue struct {
	Text     string `json:"text"`
	Explicit bool   `json:"explicit,omitempty"`
	Date     string `json:"date,omitempty"`
}

// PredQuote is one predicted attribution.
type PredQuote struct {
	Start          int           `json:"start"`
	End            int           `json:"end"`
	Text           string        `json:"text"`
	Kind           string        `json:"kind"`
	Fragments      [][2]int      `json:"fragments,omitempty"`
	Speaker        *PredSpeaker  `json:"speaker"`
	Speakers       []PredSpeaker `json:"speakers,omitempty"`
	SpeakerMention *Span         `json:"speaker_mention"`
	Cue            *PredCue      `json:"cue"`
	Venue          *PredVenue    `json:"venue"`
	Confidence     float64       `json:"confidence,omitempty"`
}

// Prediction is the extractor's output for one article: one line of
// `quoted extract` in JSONL mode.
type Prediction struct {
	ID     string      `json:"id"`
	Outlet PredOutlet  `json:"outlet"`
	Quotes []PredQuote `json:"quotes"`
}

// FromResult converts an extraction result to the prediction format.
func FromResult(id string, r extract.Result) Prediction {
	p := Prediction{
		ID: id,
		Outlet: PredOutlet{
			Publisher: r.Outlet.Publisher,
			Agency:    r.Outlet.Agency,
			Dateline:  r.Outlet.Dateline,
			Published: r.Outlet.Published,
			Byline:    r.Outlet.Byline,
			Headline:  r.Outlet.Headline,
		},
		// Never null, so consumers can range without a check.
		Quotes: make([]PredQuote, 0, len(r.Quotes)),
	}
	for _, q := range r.Quotes {
		pq := PredQuote{
			Start:      q.Start,
			End:        q.End,
			Text:       q.Text,
			Kind:       string(q.Kind),
			Fragments:  q.Fragments,
			Confidence: q.Confidence,
		}
		// An unresolved speaker is null rather than an empty name.
		if q.Speaker.Name != "" {
			s := predSpeaker(q.Speaker)
			pq.Speaker = &s
		}
		// The array only says something when several share the attribution.
		if len(q.Speakers) > 1 {
			for _, s := range q.Speakers {
				pq.Speakers = append(pq.Speakers, predSpeaker(s))
			}
		}
		if q.Mention != nil {
			m := Span(*q.Mention)
			pq.SpeakerMention = &m
		}
		if q.Cue != nil {
			pq.Cue = &PredCue{Start: q.Cue.Start, End: q.Cue.End, Text: q.Cue.Text, Type: string(q.Cue.Type)}
		}
		if q.Venue != nil {
			pq.Venue = &PredVenue{Text: q.Venue.Text, Explicit: q.Venue.Explicit, Date: q.Venue.Date}
		}
		p.Quotes = append(p.Quotes, pq)
	}
	return p
}

func predSpeaker(s extract.Speaker) PredSpeaker {
	return PredSpeaker{Name: s.Name, Kind: string(s.Kind), Title: s.Title, Holder: s.Holder, Confidence: s.Confidence}
}

// ReadGold reads gold lines; name is used in errors. Blank lines are skipped.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s:%d: read: %w", name, line, err)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var g Gold
			if jerr := json.Unmarshal(t, &g); jerr != nil {
				return nil, fmt.Errorf("%s:%d: decode gold line: %w", name, line, jerr)
			}
			if g.ID == "" {
				return nil, fmt.Errorf("%s:%d: gold line has no id", name, line)
			}
			out = append(out, g)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
	}
}

// ReadGoldFile reads a gold JSONL file.
func ReadGoldFile(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	return ReadGold(f, path)
}
