// Package ingest stores articles: it checks them, runs the extractor and
// writes the article, its outlets, speakers and quotes in one transaction,
// so that a failure half-way leaves nothing behind.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/fold"
	"github.com/quoted-dev/quoted/internal/similar"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// MaxTextBytes bounds one article's text; longer input is not a news article.
const MaxTextBytes = 1 << 20

// Article is one article to ingest. Only Text is required; the rest is
// metadata that, when given, overrides what the extractor reads off the page.
type Article struct {
	Source    string // where it came from: a file path, "api", "seeds/…"
	URL       string
	Headline  string
	Byline    string
	Published string // YYYY-MM-DD
	Publisher string
	Agency    string
	Text      string
}

// Status says what ingesting did.
type Status string

const (
	StatusNew         Status = "new"
	StatusUpdated     Status = "updated"     // same URL, new text: re-extracted
	StatusUnchanged   Status = "unchanged"   // already stored as is
	StatusReextracted Status = "reextracted" // stored text, quotes extracted anew
)

// Outcome is the result of ingesting one article.
type Outcome struct {
	ArticleID int64
	Status    Status
	Quotes    int
}

// InvalidError describes input that cannot be ingested.
type InvalidError struct {
	Field  string
	Reason string
}

func (e *InvalidError) Error() string { return e.Field + ": " + e.Reason }

// Service ingests articles into the store.
type Service struct {
	st  *store.Store
	log *slog.Logger
}

// New returns a Service writing to st.
func New(st *store.Store, log *slog.Logger) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{st: st, log: log}
}

// Normalize checks a and brings its text to the form that is stored and
// hashed: line endings unified, surrounding blank space kept (offsets
// must stay true to what the caller sent, save for CRLF).
func Normalize(a *Article) error {
	if !utf8.ValidString(a.Text) {
		return &InvalidError{"text", "is not valid UTF-8"}
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		return &InvalidError{"text", "contains a NUL character"}
	}
	a.Text = strings.ReplaceAll(a.Text, "\r\n", "\n")
	if strings.TrimSpace(a.Text) == "" {
		return &InvalidError{"text", "is empty"}
	}
	if len(a.Text) > MaxTextBytes {
		return &InvalidError{"text", fmt.Sprintf("is %d bytes; the limit is %d", len(a.Text), MaxTextBytes)}
	}
	a.URL = strings.TrimSpace(a.URL)
	if a.URL != "" {
		u, err := url.Parse(a.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &InvalidError{"url", fmt.Sprintf("%q is not an absolute http(s) URL", a.URL)}
		}
	}
	a.Published = strings.TrimSpace(a.Published)
	if a.Published != "" {
		d, err := parseDate(a.Published)
		if err != nil {
			return &InvalidError{"published", fmt.Sprintf("%q is not a date (want YYYY-MM-DD or RFC 3339)", a.Published)}
		}
		a.Published = d.Format(time.DateOnly)
	}
	for _, f := range []struct {
		name string
		v    *string
	}{{"headline", &a.Headline}, {"byline", &a.Byline}, {"publisher", &a.Publisher}, {"agency", &a.Agency}} {
		*f.v = strings.TrimSpace(*f.v)
		if len(*f.v) > 1000 || !utf8.ValidString(*f.v) || strings.IndexByte(*f.v, 0) >= 0 {
			return &InvalidError{f.name, "must be valid UTF-8 text of at most 1000 bytes"}
		}
	}
	if a.Source == "" {
		a.Source = "api"
	}
	return nil
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// Ingest stores a, extracting its quotes. Ingesting the same text again
// changes nothing; the same URL with new text replaces the old version.
func (s *Service) Ingest(ctx context.Context, a Article) (Outcome, error) {
	if err := Normalize(&a); err != nil {
		return Outcome{}, err
	}
	hash := sha256.Sum256([]byte(a.Text))
	if id, err := s.st.GetArticleIDByHash(ctx, hash[:]); err == nil {
		return Outcome{ArticleID: id, Status: StatusUnchanged}, nil
	} else if !errors.Is(err, pgx.ErrNoRows) {
		return Outcome{}, fmt.Errorf("look up article: %w", err)
	}

	res := extract.Extract(a.Text, extract.Meta{URL: a.URL, Published: a.Published, Publisher: a.Publisher})
	var out Outcome
	var err error
	// Concurrent ingests can collide on a new speaker's slug or deadlock
	// on rows both touch; the transaction rolled back, so try again.
	for attempt := 0; attempt < 3; attempt++ {
		err = s.st.InBatchedTx(ctx, func(q *dbq.Queries) error {
			var err error
			out, err = s.write(ctx, q, a, hash[:], res, 0)
			return err
		})
		if err == nil || !store.IsRetryable(err) {
			break
		}
		if id, err2 := s.st.GetArticleIDByHash(ctx, hash[:]); err2 == nil {
			// Another ingest of the same text won the race.
			return Outcome{ArticleID: id, Status: StatusUnchanged}, nil
		}
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("store article: %w", err)
	}
	return out, nil
}

// write stores the article, as a new one or over existing (when not 0)
// or the article with its URL. q batches the statements that return nothing
// (see store.InBatchedTx), so the work is laid out to need few answers from
// the server: speakers are looked up for the whole article at once, and the
// statement candidates of all its quotes come in one query.
func (s *Service) write(ctx context.Context, q *dbq.Queries, a Article, hash []byte, res extract.Result, existing int64) (Outcome, error) {
	// Reuse plans within the transaction (see the query); sent with the first query.
	if err := q.PlanCacheAuto(ctx); err != nil {
		return Outcome{}, fmt.Errorf("plan cache mode: %w", err)
	}
	if a.URL != "" {
		// Serializes ingests of one URL; sent with the first query.
		if err := q.LockArticleURL(ctx, a.URL); err != nil {
			return Outcome{}, fmt.Errorf("lock article URL: %w", err)
		}
	}
	publisher := firstNonEmpty(a.Publisher, res.Outlet.Publisher)
	agency := firstNonEmpty(a.Agency, res.Outlet.Agency)
	publisherID, err := upsertOutlet(ctx, q, publisher, "publisher", hostOf(a.URL))
	if err != nil {
		return Outcome{}, err
	}
	agencyID, err := upsertOutlet(ctx, q, agency, "agency", "")
	if err != nil {
		return Outcome{}, err
	}
	published := firstNonEmpty(a.Published, res.Outlet.Published)
	row := articleRow{
		url:       text(a.URL),
		hash:      hash,
		headline:  text(firstNonEmpty(a.Headline, res.Outlet.Headline)),
		byline:    text(firstNonEmpty(a.Byline, res.Outlet.Byline)),
		dateline:  text(res.Outlet.Dateline),
		published: date(published),
		publisher: publisherID,
		agency:    agencyID,
		body:      a.Text,
		source:    a.Source,
		shingles:  similar.Shingles(a.Text),
	}
	if row.shingles == nil {
		row.shingles = []int64{}
	}

	out := Outcome{Status: StatusNew}
	var replaced []int64 // speakers whose quotes an update removed
	if existing == 0 && a.URL != "" {
		id, err := q.GetArticleIDByURL(ctx, text(a.URL))
		switch {
		case err == nil:
			existing = id
		case !errors.Is(err, pgx.ErrNoRows):
			return Outcome{}, fmt.Errorf("look up article URL: %w", err)
		}
	}
	if existing != 0 {
		out = Outcome{ArticleID: existing, Status: StatusUpdated}
		if replaced, err = q.DeleteArticleQuotes(ctx, existing); err != nil {
			return Outcome{}, fmt.Errorf("replace quotes: %w", err)
		}
		if err := q.UpdateArticle(ctx, row.update(existing)); err != nil {
			return Outcome{}, fmt.Errorf("update article: %w", err)
		}
	}
	if out.Status == StatusNew {
		if out.ArticleID, err = q.InsertArticle(ctx, row.insert()); err != nil {
			return Outcome{}, fmt.Errorf("insert article: %w", err)
		}
	}

	// pub is the publication date, unknown for some articles; day is the
	// date the words count from (publication, else today) where one is needed.
	pub := date(published)
	day := pub
	if !day.Valid {
		day = pgtype.Date{Time: time.Now().UTC().Truncate(24 * time.Hour), Valid: true}
	}
	if err := linkSyndication(ctx, q, out.ArticleID, row, pub); err != nil {
		return Outcome{}, err
	}

	// Resolve every speaker first, then lock them in id order: statements
	// are grouped per speaker, and a fixed lock order cannot deadlock.
	r, err := newResolver(ctx, q, res.Quotes, pub)
	if err != nil {
		return Outcome{}, err
	}
	ids := make([]pgtype.Int8, len(res.Quotes))
	var lockIDs []int64
	for i, qt := range res.Quotes {
		if qt.Speaker.Name == "" {
			continue
		}
		id, err := r.upsertSpeaker(ctx, qt)
		if err != nil {
			return Outcome{}, err
		}
		ids[i] = pgtype.Int8{Int64: id, Valid: true}
		lockIDs = append(lockIDs, id)
		if err := r.recordRole(ctx, id, qt.Speaker, out.ArticleID, pub); err != nil {
			return Outcome{}, err
		}
	}
	// The speakers whose quotes an update removed are locked too: their
	// statements may be emptied and dropped below, and a concurrent ingest
	// must not attach a quote to one meanwhile (ON DELETE SET NULL would
	// silently detach it).
	lockIDs = append(lockIDs, replaced...)
	slices.Sort(lockIDs)
	for _, id := range slices.Compact(lockIDs) {
		if err := q.LockKey(ctx, speakerLockBase+id); err != nil {
			return Outcome{}, fmt.Errorf("lock speaker: %w", err)
		}
	}
	stmts, err := assignStatements(ctx, q, out.ArticleID, pub, day, res.Quotes, ids)
	if err != nil {
		return Outcome{}, err
	}
	if len(res.Quotes) > 0 {
		p := dbq.InsertQuotesParams{ArticleID: out.ArticleID, ExtractorVersion: extract.Version, Pairs: []int64{}}
		for i, qt := range res.Quotes {
			addQuote(&p, ids[i], stmts.ids[i], stmts.pairs[i], qt)
		}
		if err := q.InsertQuotes(ctx, p); err != nil {
			return Outcome{}, fmt.Errorf("insert quotes: %w", err)
		}
		out.Quotes = len(res.Quotes)
	}
	if out.Status == StatusUpdated {
		if err := q.DeleteEmptyStatements(ctx, replaced); err != nil {
			return Outcome{}, fmt.Errorf("drop emptied statements: %w", err)
		}
	}
	return out, nil
}

// speakerLockBase keeps speaker locks apart from the URL locks, which
// hash into the whole int64 range but rarely this narrow band.
const speakerLockBase = 1 << 40

type articleRow struct {
	url, headline, byline, dateline pgtype.Text
	hash                            []byte
	shingles                        []int64
	published                       pgtype.Date
	publisher, agency               pgtype.Int8
	body, source                    string
}

func (r articleRow) insert() dbq.InsertArticleParams {
	return dbq.InsertArticleParams{
		Url: r.url, ContentHash: r.hash, Headline: r.headline, Byline: r.byline,
		Dateline: r.dateline, Published: r.published, PublisherID: r.publisher,
		AgencyID: r.agency, Body: r.body, Source: r.source, ExtractorVersion: extract.Version,
		Shingles: r.shingles,
	}
}

func (r articleRow) update(id int64) dbq.UpdateArticleParams {
	return dbq.UpdateArticleParams{
		ID: id, ContentHash: r.hash, Headline: r.headline, Byline: r.byline,
		Dateline: r.dateline, Published: r.published, PublisherID: r.publisher,
		AgencyID: r.agency, Body: r.body, Source: r.source, ExtractorVersion: extract.Version,
		Shingles: r.shingles,
	}
}

// null stands for NULL in the integer and real arrays of InsertQuotes.
const null = math.MinInt32

// addQuote appends quote qt to the arrays of p (see InsertQuotes).
func addQuote(p *dbq.InsertQuotesParams, speakerID, statementID pgtype.Int8, pairs []int64, qt extract.Quote) {
	var fragments []byte
	if len(qt.Fragments) > 1 {
		fragments, _ = json.Marshal(qt.Fragments)
	}
	mentionText, mentionStart, mentionEnd := "", int32(null), int32(null)
	if m := qt.Mention; m != nil {
		mentionText, mentionStart, mentionEnd = m.Text, int32(m.Start), int32(m.End)
	}
	cueType, cueText, cueStart, cueEnd := string(extract.CueSpeech), "", int32(null), int32(null)
	if c := qt.Cue; c != nil {
		cueText, cueStart, cueEnd = c.Text, int32(c.Start), int32(c.End)
		if c.Type != "" {
			cueType = string(c.Type)
		}
	}
	var venue string
	var saidOn pgtype.Date
	if v := qt.Venue; v != nil {
		venue, saidOn = v.Text, date(v.Date)
	}
	speakerConfidence := float32(null)
	if qt.Speaker.Name != "" {
		speakerConfidence = clamp01(qt.Speaker.Confidence)
	}
	p.SpeakerIds = append(p.SpeakerIds, speakerID.Int64) // 0 when not Valid
	p.Texts = append(p.Texts, qt.Text)
	p.Kinds = append(p.Kinds, string(qt.Kind))
	p.CueTypes = append(p.CueTypes, cueType)
	p.StartOffsets = append(p.StartOffsets, int32(qt.Start))
	p.EndOffsets = append(p.EndOffsets, int32(qt.End))
	p.Fragments = append(p.Fragments, string(fragments))
	p.MentionTexts = append(p.MentionTexts, mentionText)
	p.MentionStarts = append(p.MentionStarts, mentionStart)
	p.MentionEnds = append(p.MentionEnds, mentionEnd)
	p.CueTexts = append(p.CueTexts, cueText)
	p.CueStarts = append(p.CueStarts, cueStart)
	p.CueEnds = append(p.CueEnds, cueEnd)
	p.Venues = append(p.Venues, venue)
	p.SaidOn = append(p.SaidOn, saidOn)
	p.Confidences = append(p.Confidences, clamp01(qt.Confidence))
	p.SpeakerConfidences = append(p.SpeakerConfidences, speakerConfidence)
	p.StatementIds = append(p.StatementIds, statementID.Int64) // 0 when not Valid
	p.PairFrom = append(p.PairFrom, int32(len(p.Pairs)+1))
	p.Pairs = append(p.Pairs, pairs...)
	p.PairTo = append(p.PairTo, int32(len(p.Pairs)))
}

func upsertOutlet(ctx context.Context, q *dbq.Queries, name, kind, domain string) (pgtype.Int8, error) {
	slug := fold.Slug(name)
	if slug == "" {
		return pgtype.Int8{}, nil
	}
	id, err := q.UpsertOutlet(ctx, dbq.UpsertOutletParams{Slug: slug, Name: name, Kind: kind, Domain: text(domain)})
	if err != nil {
		return pgtype.Int8{}, fmt.Errorf("store outlet %q: %w", name, err)
	}
	return pgtype.Int8{Int64: id, Valid: true}, nil
}

// isNameLike keeps pronouns and bare function words out of the aliases.
func isNameLike(s string) bool {
	switch fold.Key(s) {
	case "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its",
		"him", "them", "the official", "the statement", "the spokesman", "the spokeswoman":
		return false
	}
	return utf8.RuneCountInString(s) >= 3
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

func text(s string) pgtype.Text { return pgtype.Text{String: s, Valid: s != ""} }

func date(s string) pgtype.Date {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return pgtype.Date{}
	}
	return pgtype.Date{Time: t, Valid: true}
}

func clamp01(f float64) float32 {
	switch {
	case f < 0 || f != f:
		return 0
	case f > 1:
		return 1
	}
	return float32(f)
}
