package catalog

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/quoted-dev/quoted/internal/fold"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// Service reads from the store.
type Service struct {
	st *store.Store
}

// New returns a Service reading st.
func New(st *store.Store) *Service { return &Service{st: st} }

// QuoteFilter selects quotes; zero fields do not filter.
type QuoteFilter struct {
	SpeakerID   int64
	StatementID int64
	IDs         []int64
	Publisher   string // publisher slug
	Agency      string // agency slug
	ArticleID   int64
	Kind        string
	Outlet      string   // outlet slug, publisher or agency
	Query       string   // full-text search
	CueTypes    []string // speech, writing, thought, report; nil for all
	// MinConfidence and MinSpeakerConfidence keep quotes at or above them;
	// 0 keeps all. A speaker threshold above 0 drops quotes with no speaker.
	MinConfidence        float64
	MinSpeakerConfidence float64
	From, To             time.Time
	After                Cursor
	Limit                int
}

// Cursor marks a position in a list ordered by descending id.
type Cursor struct{ before int64 }

// ParseCursor reads a cursor from its opaque form; "" is the start.
func ParseCursor(s string) (Cursor, error) {
	if s == "" {
		return Cursor{}, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Cursor{}, errors.New("is not a cursor returned by this API")
	}
	v, ok := strings.CutPrefix(string(b), "id:")
	if !ok {
		return Cursor{}, errors.New("is not a cursor returned by this API")
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		return Cursor{}, errors.New("is not a cursor returned by this API")
	}
	return Cursor{before: n}, nil
}

// String is the opaque form of c.
func (c Cursor) String() string {
	if c.before == 0 {
		return ""
	}
	return base64.RawURLEncoding.EncodeToString([]byte("id:" + strconv.FormatInt(c.before, 10)))
}

// Page is a slice of a list and the cursor to the rest ("" at the end).
type Page[T any] struct {
	Items []T
	Next  string
}

// ListQuotes returns quotes matching f, newest first.
func (s *Service) ListQuotes(ctx context.Context, f QuoteFilter) (Page[Quote], error) {
	rows, err := s.st.ListQuotes(ctx, dbq.ListQuotesParams{
		BeforeID:             optID(f.After.before),
		SpeakerID:            optID(f.SpeakerID),
		ArticleID:            optID(f.ArticleID),
		StatementID:          optID(f.StatementID),
		Ids:                  f.IDs,
		Publisher:            text(f.Publisher),
		Agency:               text(f.Agency),
		Kind:                 text(f.Kind),
		Outlet:               text(f.Outlet),
		FromDate:             date(f.From),
		ToDate:               date(f.To),
		Query:                text(f.Query),
		CueTypes:             f.CueTypes,
		MinConfidence:        atLeast(f.MinConfidence),
		MinSpeakerConfidence: atLeast(f.MinSpeakerConfidence),
		MaxRows:              int32(f.Limit + 1),
	})
	if err != nil {
		return Page[Quote]{}, fmt.Errorf("list quotes: %w", err)
	}
	var p Page[Quote]
	if f.Limit > 0 && len(rows) > f.Limit {
		rows = rows[:f.Limit]
		p.Next = Cursor{before: rows[len(rows)-1].ID}.String()
	}
	p.Items = make([]Quote, len(rows))
	for i, r := range rows {
		p.Items[i] = quoteFromRow(r)
	}
	return p, nil
}

// GetQuote returns one quote.
func (s *Service) GetQuote(ctx context.Context, id int64) (Quote, error) {
	rows, err := s.st.ListQuotes(ctx, dbq.ListQuotesParams{QuoteID: optID(id), MaxRows: 1})
	if err != nil {
		return Quote{}, fmt.Errorf("get quote: %w", err)
	}
	if len(rows) == 0 {
		return Quote{}, ErrNotFound
	}
	return quoteFromRow(rows[0]), nil
}

// SpeakerID resolves a numeric id or a slug to a speaker id.
func (s *Service) SpeakerID(ctx context.Context, idOrSlug string) (int64, error) {
	sp, err := s.GetSpeaker(ctx, idOrSlug)
	return sp.ID, err
}

// GetSpeaker returns a speaker by numeric id or slug, with aliases.
func (s *Service) GetSpeaker(ctx context.Context, idOrSlug string) (Speaker, error) {
	var p dbq.GetSpeakerParams
	if n, err := strconv.ParseInt(idOrSlug, 10, 64); err == nil {
		p.ID = optID(n)
	} else {
		p.Slug = text(idOrSlug)
	}
	r, err := s.st.GetSpeaker(ctx, p)
	if errors.Is(err, pgx.ErrNoRows) {
		return Speaker{}, ErrNotFound
	}
	if err != nil {
		return Speaker{}, fmt.Errorf("get speaker: %w", err)
	}
	sp := []Speaker{speaker(r.ID, r.Slug, r.Name, r.Kind, r.Description, r.WikidataID, r.HolderID, r.QuoteCount)}
	if err := s.addAliases(ctx, sp); err != nil {
		return Speaker{}, err
	}
	return sp[0], nil
}

// SearchSpeakers finds speakers whose name or an alias matches q, ignoring
// case and accents, and tolerating misspellings; best matches first.
func (s *Service) SearchSpeakers(ctx context.Context, q string, limit int) ([]Speaker, error) {
	key := fold.Key(q)
	if key == "" {
		return []Speaker{}, nil
	}
	rows, err := s.st.SearchSpeakers(ctx, dbq.SearchSpeakersParams{Key: key, MinScore: 0.3, MaxRows: int32(limit)})
	if err != nil {
		return nil, fmt.Errorf("search speakers: %w", err)
	}
	out := make([]Speaker, len(rows))
	for i, r := range rows {
		out[i] = speaker(r.ID, r.Slug, r.Name, r.Kind, r.Description, r.WikidataID, r.HolderID, r.QuoteCount)
		score := r.Score
		out[i].Score = &score
	}
	return out, s.addAliases(ctx, out)
}

// ListSpeakers lists speakers, most quoted first.
func (s *Service) ListSpeakers(ctx context.Context, kind string, offset, limit int) (Page[Speaker], error) {
	rows, err := s.st.ListSpeakers(ctx, dbq.ListSpeakersParams{Kind: text(kind), Skip: int32(offset), MaxRows: int32(limit + 1)})
	if err != nil {
		return Page[Speaker]{}, fmt.Errorf("list speakers: %w", err)
	}
	var p Page[Speaker]
	if len(rows) > limit {
		rows = rows[:limit]
		p.Next = OffsetCursor(offset + limit)
	}
	p.Items = make([]Speaker, len(rows))
	for i, r := range rows {
		p.Items[i] = speaker(r.ID, r.Slug, r.Name, r.Kind, r.Description, r.WikidataID, r.HolderID, r.QuoteCount)
	}
	return p, s.addAliases(ctx, p.Items)
}

// maxOffset bounds how deep a ranked list can be paged.
const maxOffset = 1_000_000

// OffsetCursor is the opaque cursor of a list ordered by rank, not id.
func OffsetCursor(n int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("off:" + strconv.Itoa(n)))
}

// ParseOffsetCursor reads an OffsetCursor; "" is the start.
func ParseOffsetCursor(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		if v, ok := strings.CutPrefix(string(b), "off:"); ok {
			if n, err := strconv.Atoi(v); err == nil && n >= 0 && n <= maxOffset {
				return n, nil
			}
		}
	}
	return 0, errors.New("is not a cursor returned by this API")
}

func (s *Service) addAliases(ctx context.Context, sp []Speaker) error {
	if len(sp) == 0 {
		return nil
	}
	ids := make([]int64, len(sp))
	idx := make(map[int64]int, len(sp))
	for i := range sp {
		ids[i] = sp[i].ID
		idx[sp[i].ID] = i
		sp[i].Aliases = []string{}
	}
	rows, err := s.st.SpeakerAliases(ctx, ids)
	if err != nil {
		return fmt.Errorf("speaker aliases: %w", err)
	}
	for _, r := range rows {
		i := idx[r.SpeakerID]
		if r.Alias != sp[i].Name {
			sp[i].Aliases = append(sp[i].Aliases, r.Alias)
		}
	}
	for i := range sp {
		sp[i].Roles, sp[i].Suggestions = []Role{}, []Suggestion{}
	}
	roles, err := s.st.SpeakerRoles(ctx, ids)
	if err != nil {
		return fmt.Errorf("speaker roles: %w", err)
	}
	for _, r := range roles {
		i := idx[r.SpeakerID]
		sp[i].Roles = append(sp[i].Roles, Role{Title: r.Title, FirstSeen: datep(r.FirstSeen), LastSeen: datep(r.LastSeen), Mentions: int(r.Mentions)})
	}
	sugg, err := s.st.SpeakerSuggestions(ctx, ids)
	if err != nil {
		return fmt.Errorf("speaker suggestions: %w", err)
	}
	for _, g := range sugg {
		i := idx[g.RoleID]
		sp[i].Suggestions = append(sp[i].Suggestions, Suggestion{
			Person:     SpeakerRef{ID: g.PersonID, Slug: g.Slug, Name: g.Name, Kind: g.Kind},
			Confidence: round(float64(g.Confidence)), Evidence: g.Evidence,
		})
	}
	return nil
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	Outlet   string
	From, To time.Time
	After    Cursor
	Limit    int
}

// ListArticles lists articles, newest ingested first.
func (s *Service) ListArticles(ctx context.Context, f ArticleFilter) (Page[Article], error) {
	rows, err := s.st.ListArticles(ctx, dbq.ListArticlesParams{
		BeforeID: optID(f.After.before), Outlet: text(f.Outlet),
		FromDate: date(f.From), ToDate: date(f.To), MaxRows: int32(f.Limit + 1),
	})
	if err != nil {
		return Page[Article]{}, fmt.Errorf("list articles: %w", err)
	}
	var p Page[Article]
	if len(rows) > f.Limit {
		rows = rows[:f.Limit]
		p.Next = Cursor{before: rows[len(rows)-1].ID}.String()
	}
	p.Items = make([]Article, len(rows))
	for i, r := range rows {
		p.Items[i] = Article{
			ID: r.ID, URL: strp(r.Url), Headline: strp(r.Headline), Byline: strp(r.Byline),
			Dateline: strp(r.Dateline), Published: datep(r.Published),
			Publisher: outletRef(r.PublisherSlug, r.PublisherName), Agency: outletRef(r.AgencySlug, r.AgencyName),
			Source: r.Source, IngestedAt: r.IngestedAt.Time.UTC().Format(time.RFC3339), QuoteCount: r.QuoteCount,
			AgencyInferred: r.AgencyInferred, SyndicatedFrom: idp(r.SyndicatedFrom),
		}
	}
	return p, nil
}

// GetArticle returns an article with its body and all its quotes.
func (s *Service) GetArticle(ctx context.Context, id int64) (ArticleDetail, error) {
	r, err := s.st.GetArticle(ctx, id)
	if errors.Is(err, pgx.ErrNoRows) {
		return ArticleDetail{}, ErrNotFound
	}
	if err != nil {
		return ArticleDetail{}, fmt.Errorf("get article: %w", err)
	}
	quotes, err := s.ListQuotes(ctx, QuoteFilter{ArticleID: id, Limit: maxArticleQuotes})
	if err != nil {
		return ArticleDetail{}, err
	}
	// Reading order suits an article page better than newest first.
	q := quotes.Items
	for i, j := 0, len(q)-1; i < j; i, j = i+1, j-1 {
		q[i], q[j] = q[j], q[i]
	}
	return ArticleDetail{
		Article: Article{
			ID: r.ID, URL: strp(r.Url), Headline: strp(r.Headline), Byline: strp(r.Byline),
			Dateline: strp(r.Dateline), Published: datep(r.Published),
			Publisher: outletRef(r.PublisherSlug, r.PublisherName), Agency: outletRef(r.AgencySlug, r.AgencyName),
			Source: r.Source, IngestedAt: r.IngestedAt.Time.UTC().Format(time.RFC3339), QuoteCount: int64(len(q)),
			AgencyInferred: r.AgencyInferred, SyndicatedFrom: idp(r.SyndicatedFrom),
		},
		Body:             r.Body,
		ExtractorVersion: r.ExtractorVersion,
		Quotes:           q,
	}, nil
}

// ListOutlets lists every outlet with its article and quote counts.
func (s *Service) ListOutlets(ctx context.Context) ([]Outlet, error) {
	rows, err := s.st.ListOutlets(ctx)
	if err != nil {
		return nil, fmt.Errorf("list outlets: %w", err)
	}
	out := make([]Outlet, len(rows))
	for i, r := range rows {
		out[i] = Outlet{ID: r.ID, Slug: r.Slug, Name: r.Name, Kind: r.Kind, Domain: strp(r.Domain),
			ArticleCount: r.ArticleCount, QuoteCount: r.QuoteCount}
	}
	return out, nil
}

// OutletExists reports whether an outlet has this slug.
func (s *Service) OutletExists(ctx context.Context, slug string) (bool, error) {
	_, err := s.st.GetOutletBySlug(ctx, slug)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("get outlet: %w", err)
	}
	return true, nil
}

func quoteFromRow(r dbq.ListQuotesRow) Quote {
	q := Quote{
		ID: r.ID, Text: r.Text, Kind: r.Kind, Start: int(r.StartOffset), End: int(r.EndOffset),
		Venue: strp(r.Venue), SaidOn: datep(r.SaidOn), Confidence: round(float64(r.Confidence)),
		ExtractorVersion: r.ExtractorVersion,
		Article: ArticleRef{
			ID: r.ArticleID, Headline: strp(r.Headline), URL: strp(r.Url), Published: datep(r.Published),
			Publisher: outletRef(r.PublisherSlug, r.PublisherName), Agency: outletRef(r.AgencySlug, r.AgencyName),
		},
		Context:       paragraph(r.WindowText, int(r.WindowStart), int(r.StartOffset), int(r.EndOffset)),
		Corroboration: Corroboration{Outlets: r.StatementOutlets, Articles: r.StatementArticles},
	}
	if r.StatementID.Valid {
		id := r.StatementID.Int64
		q.StatementID = &id
	}
	if len(r.Fragments) > 0 {
		_ = json.Unmarshal(r.Fragments, &q.Fragments) // written by ingest as [[start,end],…]
	}
	if r.SpeakerID.Valid {
		q.Speaker = &SpeakerRef{ID: r.SpeakerID.Int64, Slug: r.SpeakerSlug.String, Name: r.SpeakerName.String, Kind: r.SpeakerKind.String}
	}
	if r.SpeakerConfidence.Valid {
		c := round(float64(r.SpeakerConfidence.Float32))
		q.SpeakerConfidence = &c
	}
	if r.MentionText.Valid {
		q.Mention = &Span{Text: r.MentionText.String, Start: int(r.MentionStart.Int32), End: int(r.MentionEnd.Int32)}
	}
	if r.CueText.Valid {
		q.Cue = &Cue{Text: r.CueText.String, Start: int(r.CueStart.Int32), End: int(r.CueEnd.Int32), Type: r.CueType}
	}
	return q
}

// paragraph cuts the paragraph holding [start,end) out of a window of the
// body that begins at code point winStart. A quote that runs over several
// paragraphs gets all of them.
func paragraph(window string, winStart, start, end int) Context {
	rs := []rune(window)
	lo, hi := start-winStart, end-winStart
	if lo < 0 || hi > len(rs) || lo > hi {
		return Context{Text: "", Start: start, End: start}
	}
	for lo > 0 && rs[lo-1] != '\n' {
		lo--
	}
	for hi < len(rs) && rs[hi] != '\n' {
		hi++
	}
	// Trim blank space so the offsets point at the text itself.
	for lo < hi && (rs[lo] == ' ' || rs[lo] == '\t') {
		lo++
	}
	for hi > lo && (rs[hi-1] == ' ' || rs[hi-1] == '\t' || rs[hi-1] == '\r') {
		hi--
	}
	return Context{Text: string(rs[lo:hi]), Start: winStart + lo, End: winStart + hi}
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

func outletRef(slug, name pgtype.Text) *OutletRef {
	if !slug.Valid {
		return nil
	}
	return &OutletRef{Slug: slug.String, Name: name.String}
}

func speaker(id int64, slug, name, kind string, desc, wd pgtype.Text, holder pgtype.Int8, n int64) Speaker {
	sp := Speaker{ID: id, Slug: slug, Name: name, Kind: kind, Description: strp(desc), WikidataID: strp(wd), QuoteCount: n}
	if holder.Valid {
		h := holder.Int64
		sp.HolderID = &h
	}
	return sp
}

func strp(t pgtype.Text) *string {
	if !t.Valid {
		return nil
	}
	s := t.String
	return &s
}

func datep(d pgtype.Date) *string {
	if !d.Valid {
		return nil
	}
	s := d.Time.Format(time.DateOnly)
	return &s
}

func optID(n int64) pgtype.Int8 { return pgtype.Int8{Int64: n, Valid: n != 0} }

func text(s string) pgtype.Text { return pgtype.Text{String: s, Valid: s != ""} }

func date(t time.Time) pgtype.Date { return pgtype.Date{Time: t, Valid: !t.IsZero()} }

// atLeast is a confidence threshold for SQL: none at 0. Confidences are
// stored as real, so the threshold is too, and 0.8 compares equal to 0.8.
func atLeast(v float64) pgtype.Float4 { return pgtype.Float4{Float32: float32(v), Valid: v > 0} }

// maxArticleQuotes bounds the quotes served with one article; a news
// article has dozens at most.
const maxArticleQuotes = 2000

func idp(v pgtype.Int8) *int64 {
	if !v.Valid {
		return nil
	}
	n := v.Int64
	return &n
}
