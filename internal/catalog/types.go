// Package catalog answers the read side of quoted: quotes, speakers,
// articles and outlets, shaped as the API serves them.
package catalog

import "errors"

// ErrNotFound means the requested item does not exist.
var ErrNotFound = errors.New("not found")

// SpeakerRef is a speaker as embedded in a quote.
type SpeakerRef struct {
	ID   int64  `json:"id" example:"12"`
	Slug string `json:"slug" example:"emmanuel-macron"`
	Name string `json:"name" example:"Emmanuel Macron"`
	Kind string `json:"kind" enums:"person,office,organization,role" example:"person"`
} // @name SpeakerRef

// OutletRef names an outlet.
type OutletRef struct {
	Slug string `json:"slug" example:"afp"`
	Name string `json:"name" example:"AFP"`
} // @name OutletRef

// ArticleRef is an article as embedded in a quote.
type ArticleRef struct {
	ID        int64      `json:"id" example:"3"`
	Headline  *string    `json:"headline" example:"Coalition of Willing Commits to Ukraine Force if Peace Agreed" extensions:"x-nullable"`
	URL       *string    `json:"url" example:"https://www.example.com/2025/09/05/story" extensions:"x-nullable"`
	Published *string    `json:"published" format:"date" example:"2025-09-05" extensions:"x-nullable"`
	Publisher *OutletRef `json:"publisher" extensions:"x-nullable"`
	Agency    *OutletRef `json:"agency" extensions:"x-nullable"`
} // @name ArticleRef

// Span is a piece of the article body; offsets count Unicode code points.
type Span struct {
	Text  string `json:"text" example:"the French president"`
	Start int    `json:"start" example:"2376"`
	End   int    `json:"end" example:"2396"`
} // @name Span

// Cue is the reporting verb or phrase.
type Cue struct {
	Text  string `json:"text" example:"told reporters"`
	Start int    `json:"start" example:"2091"`
	End   int    `json:"end" example:"2105"`
	Type  string `json:"type" enums:"speech,writing,thought,report" example:"speech"`
} // @name Cue

// Context is the paragraph around a quote.
type Context struct {
	Text  string `json:"text"`
	Start int    `json:"start" example:"1850"`
	End   int    `json:"end" example:"2140"`
} // @name Context

// Quote is one attributed quote with its provenance.
type Quote struct {
	ID                int64         `json:"id" example:"42"`
	Text              string        `json:"text" example:"\"We have today 26 countries who have formally committed ...\""`
	Kind              string        `json:"kind" enums:"direct,mixed,indirect" example:"direct"`
	Start             int           `json:"start" example:"1871"`
	End               int           `json:"end" example:"2083"`
	Fragments         [][2]int      `json:"fragments,omitempty"`
	Speaker           *SpeakerRef   `json:"speaker" extensions:"x-nullable"`
	SpeakerConfidence *float64      `json:"speaker_confidence" example:"0.9" extensions:"x-nullable"`
	Mention           *Span         `json:"mention" extensions:"x-nullable"`
	Cue               *Cue          `json:"cue" extensions:"x-nullable"`
	Venue             *string       `json:"venue" example:"told reporters, news conference, Elysee Palace, Paris" extensions:"x-nullable"`
	SaidOn            *string       `json:"said_on" format:"date" example:"2025-09-04" extensions:"x-nullable"`
	Confidence        float64       `json:"confidence" example:"0.92"`
	Article           ArticleRef    `json:"article"`
	Context           Context       `json:"context"`
	StatementID       *int64        `json:"statement_id" example:"7" extensions:"x-nullable"`
	Corroboration     Corroboration `json:"corroboration"`
	ExtractorVersion  string        `json:"extractor_version" example:"2025.11.1"`
} // @name Quote

// Speaker is a canonical speaker.
type Speaker struct {
	ID          int64        `json:"id" example:"12"`
	Slug        string       `json:"slug" example:"emmanuel-macron"`
	Name        string       `json:"name" example:"Emmanuel Macron"`
	Kind        string       `json:"kind" enums:"person,office,organization,role" example:"person"`
	Description *string      `json:"description" example:"French President" extensions:"x-nullable"`
	WikidataID  *string      `json:"wikidata_id" example:"Q3052772" extensions:"x-nullable"`
	HolderID    *int64       `json:"holder_id" extensions:"x-nullable"`
	Aliases     []string     `json:"aliases"`
	Roles       []Role       `json:"roles"`
	Suggestions []Suggestion `json:"suggestions"`
	QuoteCount  int64        `json:"quote_count" example:"17"`
	Score       *float64     `json:"score,omitempty" example:"0.93" extensions:"x-nullable"`
} // @name Speaker

// Article is a stored article.
type Article struct {
	ID             int64      `json:"id" example:"3"`
	URL            *string    `json:"url" extensions:"x-nullable"`
	Headline       *string    `json:"headline" extensions:"x-nullable"`
	Byline         *string    `json:"byline" extensions:"x-nullable"`
	Dateline       *string    `json:"dateline" example:"KYIV, Ukraine" extensions:"x-nullable"`
	Published      *string    `json:"published" format:"date" example:"2025-09-04" extensions:"x-nullable"`
	Publisher      *OutletRef `json:"publisher" extensions:"x-nullable"`
	Agency         *OutletRef `json:"agency" extensions:"x-nullable"`
	AgencyInferred bool       `json:"agency_inferred"`
	SyndicatedFrom *int64     `json:"syndicated_from" example:"1" extensions:"x-nullable"`
	Source         string     `json:"source" example:"seeds/004_a8aca9f3748c2f87.txt"`
	IngestedAt     string     `json:"ingested_at" format:"date-time"`
	QuoteCount     int64      `json:"quote_count" example:"12"`
} // @name Article

// ArticleDetail is an article with its text and quotes.
type ArticleDetail struct {
	Article
	Body             string  `json:"body"`
	ExtractorVersion string  `json:"extractor_version"`
	Quotes           []Quote `json:"quotes"`
} // @name ArticleDetail

// Outlet is a publisher or a wire agency.
type Outlet struct {
	ID           int64   `json:"id" example:"2"`
	Slug         string  `json:"slug" example:"afp"`
	Name         string  `json:"name" example:"AFP"`
	Kind         string  `json:"kind" enums:"publisher,agency" example:"agency"`
	Domain       *string `json:"domain" example:"themoscowtimes.com" extensions:"x-nullable"`
	ArticleCount int64   `json:"article_count" example:"2"`
	QuoteCount   int64   `json:"quote_count" example:"25"`
} // @name Outlet

// Corroboration counts where a quote's statement was reported.
type Corroboration struct {
	Outlets  int64 `json:"outlets" example:"3"`
	Articles int64 `json:"articles" example:"4"`
} // @name Corroboration

// Role is a title the articles gave a speaker, with when it was seen.
type Role struct {
	Title     string  `json:"title" example:"French President"`
	FirstSeen *string `json:"first_seen" format:"date" extensions:"x-nullable"`
	LastSeen  *string `json:"last_seen" format:"date" extensions:"x-nullable"`
	Mentions  int     `json:"mentions" example:"4"`
} // @name Role

// Suggestion links an unnamed role to a person who may be behind it. It is
// never applied by itself.
type Suggestion struct {
	Person     SpeakerRef `json:"person"`
	Confidence float64    `json:"confidence" example:"0.7"`
	Evidence   string     `json:"evidence"`
} // @name Suggestion

// StatementOutlet is an outlet that carried a statement.
type StatementOutlet struct {
	Slug      string  `json:"slug" example:"afp"`
	Name      string  `json:"name" example:"AFP"`
	Kind      string  `json:"kind" enums:"publisher,agency"`
	FirstSeen *string `json:"first_seen" format:"date" extensions:"x-nullable"`
	Articles  int64   `json:"articles" example:"2"`
} // @name StatementOutlet

// Statement is one utterance as reported across outlets.
type Statement struct {
	ID             int64             `json:"id" example:"7"`
	CanonicalText  string            `json:"canonical_text"`
	Speaker        SpeakerRef        `json:"speaker"`
	FirstSeen      string            `json:"first_seen" format:"date" example:"2025-09-04"`
	FirstArticleID int64             `json:"first_article_id" example:"3"`
	VariantCount   int64             `json:"variant_count" example:"6"`
	ArticleCount   int64             `json:"article_count" example:"5"`
	OutletCount    int64             `json:"outlet_count" example:"4"`
	Outlets        []StatementOutlet `json:"outlets"`
} // @name Statement

// StatementDetail is a statement with every variant.
type StatementDetail struct {
	Statement
	Variants []Quote `json:"variants"`
} // @name StatementDetail

// VerifyCandidate is a reported quote that may be the claimed one.
type VerifyCandidate struct {
	Match     string     `json:"match" enums:"exact,partial,near" example:"partial"`
	Score     float64    `json:"score" example:"0.86"`
	Quote     Quote      `json:"quote"`
	Statement *Statement `json:"statement" extensions:"x-nullable"`
} // @name VerifyCandidate

// Verification answers whether a claimed quote was reported.
type Verification struct {
	Claim      string            `json:"claim"`
	Matched    bool              `json:"matched"`
	Verdict    string            `json:"verdict" example:"a partial match was reported"`
	Candidates []VerifyCandidate `json:"candidates"`
} // @name Verification
