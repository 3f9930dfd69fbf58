package httpapi

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quoted-dev/quoted/internal/catalog"
)

// QuoteList is a page of quotes.
type QuoteList struct {
	Data []catalog.Quote `json:"data"`
	Next *string         `json:"next" example:"/v1/quotes?cursor=aWQ6NDI&limit=50" extensions:"x-nullable"`
} // @name QuoteList

var (
	quoteKinds = []string{"direct", "mixed", "indirect"}
	cueTypes   = []string{"speech", "writing", "thought", "report"}
)

// quoteFilterParams are the query parameters quoteFilter reads.
var quoteFilterParams = []string{"q", "outlet", "publisher", "agency", "kind", "cue_type", "min_confidence", "min_speaker_confidence", "from", "to", "limit", "cursor"}

// listQuotes godoc
//
//	@Summary		List quotes
//	@Description	Quotes newest first, filtered by speaker, full-text query, outlet, kind, cue type, confidence, article and publication dates. Cursor pagination: follow `next` (also sent as a `Link` header).
//	@Tags			quotes
//	@Produce		json
//	@Param			speaker	query		string	false	"speaker id, slug or name (a name resolves to the best-matching speaker)"	example(emmanuel-macron)
//	@Param			q		query		string	false	"full-text search in the quote (web search syntax: words, quoted phrases, -exclusions, or)"
//	@Param			outlet	query		string	false	"outlet slug: publisher or agency"	example(afp)
//	@Param			publisher	query	string	false	"publisher slug"	example(the-moscow-times)
//	@Param			agency	query		string	false	"wire agency slug"	example(reuters)
//	@Param			kind	query		string	false	"quote kind"	Enums(direct, mixed, indirect)
//	@Param			cue_type	query	string	false	"cue types, comma-separated: speech, writing, thought, report (default all; speech,writing for what was said)"	example(speech,writing)
//	@Param			min_confidence	query	number	false	"keep quotes whose confidence is at least this"	minimum(0)	maximum(1)	example(0.8)
//	@Param			min_speaker_confidence	query	number	false	"keep quotes whose speaker confidence is at least this (above 0, quotes with no speaker are dropped)"	minimum(0)	maximum(1)
//	@Param			article	query		integer	false	"article id"	minimum(1)
//	@Param			from	query		string	false	"published on or after (YYYY-MM-DD)"	format(date)
//	@Param			to		query		string	false	"published on or before (YYYY-MM-DD)"	format(date)
//	@Param			limit	query		integer	false	"page size"	minimum(1)	maximum(200)	default(50)
//	@Param			cursor	query		string	false	"opaque cursor from a previous page's next link"
//	@Success		200		{object}	QuoteList
//	@Header			200		{string}	Link	"RFC 8288 link to the next page, when there is one"
//	@Failure		400		{object}	Problem	"a parameter is invalid"
//	@Failure		404		{object}	Problem	"the speaker or outlet does not exist"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/quotes [get]
func (s *server) listQuotes(c echo.Context) error {
	p, err := readParams(c, append([]string{"speaker", "article"}, quoteFilterParams...)...)
	if err != nil {
		return err
	}
	f, err := s.quoteFilter(c, p)
	if err != nil {
		return err
	}
	if sp, err := p.str("speaker"); err != nil {
		return err
	} else if sp != "" {
		if f.SpeakerID, err = s.resolveSpeaker(c, sp); err != nil {
			return err
		}
	}
	if v := p.vals.Get("article"); v != "" {
		n, ok := parsePositive(v)
		if !ok {
			return invalidParam("article", fmt.Sprintf("must be a positive integer, got %q", v))
		}
		f.ArticleID = n
	}
	page, err := s.cat.ListQuotes(c.Request().Context(), f)
	if err != nil {
		return err
	}
	return renderPage(c, page.Items, page.Next)
}

// quoteFilter reads the filters shared by the quote lists.
func (s *server) quoteFilter(c echo.Context, p params) (catalog.QuoteFilter, error) {
	var f catalog.QuoteFilter
	var err error
	if f.Limit, err = p.limit(); err != nil {
		return f, err
	}
	if f.After, err = catalog.ParseCursor(p.vals.Get("cursor")); err != nil {
		return f, invalidParam("cursor", err.Error())
	}
	if f.Kind, err = p.oneOf("kind", quoteKinds...); err != nil {
		return f, err
	}
	if f.CueTypes, err = p.someOf("cue_type", cueTypes...); err != nil {
		return f, err
	}
	if f.MinConfidence, err = p.share("min_confidence"); err != nil {
		return f, err
	}
	if f.MinSpeakerConfidence, err = p.share("min_speaker_confidence"); err != nil {
		return f, err
	}
	if f.From, f.To, err = p.dateRange(); err != nil {
		return f, err
	}
	if f.Query, err = p.str("q"); err != nil {
		return f, err
	}
	for _, o := range []struct {
		param string
		dst   *string
	}{{"outlet", &f.Outlet}, {"publisher", &f.Publisher}, {"agency", &f.Agency}} {
		if *o.dst, err = p.str(o.param); err != nil {
			return f, err
		}
		if *o.dst == "" {
			continue
		}
		if err := s.checkOutlet(c, o.param, *o.dst); err != nil {
			return f, err
		}
	}
	return f, nil
}

// checkOutlet answers 404 for a filter naming an outlet that does not
// exist: an empty list would wrongly say it published nothing.
func (s *server) checkOutlet(c echo.Context, param, slug string) error {
	ok, err := s.cat.OutletExists(c.Request().Context(), slug)
	if err != nil {
		return err
	}
	if !ok {
		p := notFound(fmt.Sprintf("no outlet with slug %q (see /v1/outlets)", slug))
		p.Errors = []FieldError{{Parameter: param, Detail: "unknown outlet"}}
		return p
	}
	return nil
}

func (s *server) speakerID(c echo.Context, idOrSlug, param string) (int64, error) {
	id, err := s.cat.SpeakerID(c.Request().Context(), idOrSlug)
	if errors.Is(err, catalog.ErrNotFound) {
		p := notFound(fmt.Sprintf("no speaker with id or slug %q (search with /v1/speakers?q=…)", idOrSlug))
		if param != "" {
			p.Errors = []FieldError{{Parameter: param, Detail: "unknown speaker"}}
		}
		return 0, p
	}
	return id, err
}

// getQuote godoc
//
//	@Summary		Get a quote
//	@Description	One quote with its speaker, article, outlets, offsets, cue, venue and the paragraph around it.
//	@Tags			quotes
//	@Produce		json
//	@Param			id	path		integer	true	"quote id"	minimum(1)
//	@Success		200	{object}	catalog.Quote
//	@Failure		400	{object}	Problem	"the id is not a positive integer"
//	@Failure		404	{object}	Problem	"no such quote"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/quotes/{id} [get]
func (s *server) getQuote(c echo.Context) error {
	if _, err := readParams(c); err != nil {
		return err
	}
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	q, err := s.cat.GetQuote(c.Request().Context(), id)
	if errors.Is(err, catalog.ErrNotFound) {
		return notFound(fmt.Sprintf("no quote with id %d", id))
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, q)
}
