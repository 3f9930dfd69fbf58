package httpapi

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quoted-dev/quoted/internal/catalog"
)

// SpeakerList is a page of speakers.
type SpeakerList struct {
	Data []catalog.Speaker `json:"data"`
	Next *string           `json:"next" extensions:"x-nullable"`
} // @name SpeakerList

var speakerKinds = []string{"person", "office", "organization", "role"}

// listSpeakers godoc
//
//	@Summary		List or search speakers
//	@Description	Without `q`: speakers, most quoted first. With `q`: speakers whose name or an alias matches, ignoring case and accents and tolerating misspellings, best match first (with a `score`).
//	@Tags			speakers
//	@Produce		json
//	@Param			q		query		string	false	"name, alias or description to search for"	example(macron)
//	@Param			kind	query		string	false	"speaker kind"	Enums(person, office, organization, role)
//	@Param			limit	query		integer	false	"page size"	minimum(1)	maximum(200)	default(50)
//	@Param			cursor	query		string	false	"opaque cursor from a previous page's next link"
//	@Success		200		{object}	SpeakerList
//	@Header			200		{string}	Link	"RFC 8288 link to the next page, when there is one"
//	@Failure		400		{object}	Problem	"a parameter is invalid"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/speakers [get]
func (s *server) listSpeakers(c echo.Context) error {
	p, err := readParams(c, "q", "kind", "limit", "cursor")
	if err != nil {
		return err
	}
	limit, err := p.limit()
	if err != nil {
		return err
	}
	kind, err := p.oneOf("kind", speakerKinds...)
	if err != nil {
		return err
	}
	q, err := p.str("q")
	if err != nil {
		return err
	}
	if q != "" {
		if p.vals.Get("cursor") != "" {
			return invalidParam("cursor", "search results come in one page; raise limit instead")
		}
		found, err := s.cat.SearchSpeakers(c.Request().Context(), q, limit)
		if err != nil {
			return err
		}
		if kind != "" {
			kept := found[:0]
			for _, sp := range found {
				if sp.Kind == kind {
					kept = append(kept, sp)
				}
			}
			found = kept
		}
		return renderPage(c, found, "")
	}
	offset, err := catalog.ParseOffsetCursor(p.vals.Get("cursor"))
	if err != nil {
		return invalidParam("cursor", err.Error())
	}
	page, err := s.cat.ListSpeakers(c.Request().Context(), kind, offset, limit)
	if err != nil {
		return err
	}
	return renderPage(c, page.Items, page.Next)
}

// getSpeaker godoc
//
//	@Summary		Get a speaker
//	@Description	A speaker by numeric id or slug, with aliases and quote count.
//	@Tags			speakers
//	@Produce		json
//	@Param			idOrSlug	path		string	true	"speaker id or slug"	example(emmanuel-macron)
//	@Success		200			{object}	catalog.Speaker
//	@Failure		400			{object}	Problem	"the id or slug is not valid text"
//	@Failure		404			{object}	Problem	"no such speaker"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/speakers/{idOrSlug} [get]
func (s *server) getSpeaker(c echo.Context) error {
	if _, err := readParams(c); err != nil {
		return err
	}
	key, err := pathParam(c, "idOrSlug")
	if err != nil {
		return err
	}
	sp, err := s.cat.GetSpeaker(c.Request().Context(), key)
	if errors.Is(err, catalog.ErrNotFound) {
		return notFound(fmt.Sprintf("no speaker with id or slug %q", key))
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sp)
}

// speakerQuotes godoc
//
//	@Summary		List a speaker's quotes
//	@Description	The speaker's quotes, newest first; takes the same filters as /quotes.
//	@Tags			speakers
//	@Produce		json
//	@Param			idOrSlug	path		string	true	"speaker id or slug"	example(emmanuel-macron)
//	@Param			q			query		string	false	"full-text search in the quote"
//	@Param			outlet		query		string	false	"outlet slug: publisher or agency"
//	@Param			publisher	query		string	false	"publisher slug"
//	@Param			agency		query		string	false	"wire agency slug"
//	@Param			kind		query		string	false	"quote kind"	Enums(direct, mixed, indirect)
//	@Param			cue_type	query		string	false	"cue types, comma-separated: speech, writing, thought, report (default all)"
//	@Param			min_confidence	query	number	false	"keep quotes whose confidence is at least this"	minimum(0)	maximum(1)
//	@Param			min_speaker_confidence	query	number	false	"keep quotes whose speaker confidence is at least this (above 0, quotes with no speaker are dropped)"	minimum(0)	maximum(1)
//	@Param			from		query		string	false	"published on or after (YYYY-MM-DD)"	format(date)
//	@Param			to			query		string	false	"published on or before (YYYY-MM-DD)"	format(date)
//	@Param			limit		query		integer	false	"page size"	minimum(1)	maximum(200)	default(50)
//	@Param			cursor		query		string	false	"opaque cursor from a previous page's next link"
//	@Success		200			{object}	QuoteList
//	@Header			200			{string}	Link	"RFC 8288 link to the next page, when there is one"
//	@Failure		400			{object}	Problem	"a parameter is invalid"
//	@Failure		404			{object}	Problem	"no such speaker or outlet"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/speakers/{idOrSlug}/quotes [get]
func (s *server) speakerQuotes(c echo.Context) error {
	p, err := readParams(c, quoteFilterParams...)
	if err != nil {
		return err
	}
	key, err := pathParam(c, "idOrSlug")
	if err != nil {
		return err
	}
	id, err := s.speakerID(c, key, "")
	if err != nil {
		return err
	}
	f, err := s.quoteFilter(c, p)
	if err != nil {
		return err
	}
	f.SpeakerID = id
	page, err := s.cat.ListQuotes(c.Request().Context(), f)
	if err != nil {
		return err
	}
	return renderPage(c, page.Items, page.Next)
}
