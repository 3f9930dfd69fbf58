package httpapi

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quoted-dev/quoted/internal/catalog"
)

// StatementList is a page of statements.
type StatementList struct {
	Data []catalog.Statement `json:"data"`
	Next *string             `json:"next" extensions:"x-nullable"`
} // @name StatementList

// listStatements godoc
//
//	@Summary		List statements
//	@Description	Statements are utterances as reported across outlets: each groups the quotes (variants: other wordings, translations, partial quotes) that report the same words of one speaker within a few days. Newest first.
//	@Tags			statements
//	@Produce		json
//	@Param			speaker	query		string	false	"speaker id, slug or name (a name resolves to the best-matching speaker)"	example(emmanuel-macron)
//	@Param			q		query		string	false	"full-text search in the variants"
//	@Param			from	query		string	false	"first seen on or after (YYYY-MM-DD)"	format(date)
//	@Param			to		query		string	false	"first seen on or before (YYYY-MM-DD)"	format(date)
//	@Param			limit	query		integer	false	"page size"	minimum(1)	maximum(200)	default(50)
//	@Param			cursor	query		string	false	"opaque cursor from a previous page's next link"
//	@Success		200		{object}	StatementList
//	@Header			200		{string}	Link	"RFC 8288 link to the next page, when there is one"
//	@Failure		400		{object}	Problem	"a parameter is invalid"
//	@Failure		404		{object}	Problem	"the speaker does not exist"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/statements [get]
func (s *server) listStatements(c echo.Context) error {
	p, err := readParams(c, "speaker", "q", "from", "to", "limit", "cursor")
	if err != nil {
		return err
	}
	var f catalog.StatementFilter
	if f.Limit, err = p.limit(); err != nil {
		return err
	}
	if f.After, err = catalog.ParseCursor(p.vals.Get("cursor")); err != nil {
		return invalidParam("cursor", err.Error())
	}
	if f.From, f.To, err = p.dateRange(); err != nil {
		return err
	}
	if f.Query, err = p.str("q"); err != nil {
		return err
	}
	if sp, err := p.str("speaker"); err != nil {
		return err
	} else if sp != "" {
		if f.SpeakerID, err = s.resolveSpeaker(c, sp); err != nil {
			return err
		}
	}
	page, err := s.cat.ListStatements(c.Request().Context(), f)
	if err != nil {
		return err
	}
	return renderPage(c, page.Items, page.Next)
}

// getStatement godoc
//
//	@Summary		Get a statement
//	@Description	A statement with its canonical text, speaker, first appearance, every outlet that carried it and every variant with its wording and where it appeared.
//	@Tags			statements
//	@Produce		json
//	@Param			id	path		integer	true	"statement id"	minimum(1)
//	@Success		200	{object}	catalog.StatementDetail
//	@Failure		400	{object}	Problem	"the id is not a positive integer"
//	@Failure		404	{object}	Problem	"no such statement"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/statements/{id} [get]
func (s *server) getStatement(c echo.Context) error {
	if _, err := readParams(c); err != nil {
		return err
	}
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	st, err := s.cat.GetStatement(c.Request().Context(), id)
	if errors.Is(err, catalog.ErrNotFound) {
		return notFound(fmt.Sprintf("no statement with id %d", id))
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, st)
}
