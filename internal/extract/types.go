// Package extract finds attributed quotes in news text.
//
// It is pure: text and metadata in, results out. It does no I/O, holds no
// mutable global state, is safe for concurrent use and deterministic.
// All offsets count Unicode code points from the start of the input text;
// End is exclusive.
//
// The work runs in stages, each in its own files. doc.go tokenises;
// structure.go finds paragraphs, chrome and sentences; quotemarks.go pairs
// quotation marks. finder.go drives the layouts sentence by sentence:
// layouts.go holds the main ones ("“…,” X said", "X said (that) …",
// "according to"), with families beside it (layouts_np.go objects of
// attitude cues, subclause.go, colonpara.go, quote*.go for quotations,
// namedquote.go for quoted names, accordinghead.go, docsource.go, and
// the post-passes for questions, lead-ins and passives: askedlead.go,
// ppsubject.go, innersay.go, reminded.go, topicpassive.go, namedobj.go,
// leadconn.go), and precision.go gates that reject false readings. boundaries.go and tails.go decide where a content ends;
// sources.go, mention.go and recall.go where a source starts and ends.
// resolve.go turns mentions into speakers, venue.go and outlet.go find the
// occasion and the publisher and agency. The lexicons (lexicon_gen.go,
// npcues_gen.go) are learned from PolNeAR's training split by the commands
// under internal/; npstage.go lets npgen run the noun-phrase layout's
// variants.
package extract

// Kind says how much of a quote's content stands inside quotation marks.
type Kind string

const (
	KindDirect   Kind = "direct"   // all content inside quotation marks
	KindMixed    Kind = "mixed"    // reported speech containing quoted words
	KindIndirect Kind = "indirect" // reported speech, no quotation marks
)

// CueType separates speech from writing, thought and reports.
type CueType string

const (
	CueSpeech  CueType = "speech"
	CueWriting CueType = "writing"
	CueThought CueType = "thought"
	CueReport  CueType = "report"
)

// SpeakerKind classifies a resolved speaker.
type SpeakerKind string

const (
	SpeakerPerson       SpeakerKind = "person"
	SpeakerOffice       SpeakerKind = "office"
	SpeakerOrganization SpeakerKind = "organization"
	SpeakerRole         SpeakerKind = "role" // unnamed source: "a German government spokesman"
)

// Meta is optional article metadata that helps extraction.
type Meta struct {
	URL       string // page address; gives the publisher
	Published string // publication date, YYYY-MM-DD, when known
	Publisher string // publisher name when the caller already knows it
}

// Span is a piece of the input text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Cue is the reporting verb or phrase ("said", "told reporters", "according to").
type Cue struct {
	Span
	Type CueType `json:"type"`
}

// Speaker is a resolved speaker.
type Speaker struct {
	Name       string      `json:"name"`             // canonical name: "Emmanuel Macron", "Keir Starmer's office", "German government spokesman"
	Kind       SpeakerKind `json:"kind"`             // person, office, organization, role
	Title      string      `json:"title,omitempty"`  // title seen in the text: "French President"
	Holder     string      `json:"holder,omitempty"` // for an office: the person it belongs to
	Confidence float64     `json:"confidence"`
}

// Venue is where (and when) the words were said.
type Venue struct {
	Text     string `json:"text"`           // "news conference, Élysée Palace, Paris"
	Explicit bool   `json:"explicit"`       // stated in the attribution itself, not inferred from the article
	Date     string `json:"date,omitempty"` // YYYY-MM-DD the words were said, when the text tells
}

// Quote is one attribution.
type Quote struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"` // text[Start:End] in code points
	Kind      Kind     `json:"kind"`
	Fragments [][2]int `json:"fragments,omitempty"` // content pieces when the attribution interrupts it

	Speaker  Speaker   `json:"speaker"`            // first speaker
	Speakers []Speaker `json:"speakers,omitempty"` // all speakers when several share the attribution
	Mention  *Span     `json:"speaker_mention"`    // the source as written: "he", "the French president"
	Cue      *Cue      `json:"cue"`
	Venue    *Venue    `json:"venue"`

	Confidence float64 `json:"confidence"`
}

// Outlet says who published the article and which wire agency wrote it.
type Outlet struct {
	Publisher string `json:"publisher,omitempty"`
	Agency    string `json:"agency,omitempty"` // AFP, AP, Reuters, …
	Dateline  string `json:"dateline,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD when the text states it
	Byline    string `json:"byline,omitempty"`
	Headline  string `json:"headline,omitempty"`
}

// Result is everything extracted from one article.
type Result struct {
	Outlet Outlet  `json:"outlet"`
	Quotes []Quote `json:"quotes"`
}
