package httpapi

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quoted-dev/quoted/internal/catalog"
)

// ArticleList is a page of articles.
type ArticleList struct {
	Data []catalog.Article `json:"data"`
	Next *string           `json:"next" extensions:"x-nullable"`
} // @name ArticleList

// OutletList lists outlets.
type OutletList struct {
	Data []catalog.Outlet `json:"data"`
	Next *string          `json:"next" extensions:"x-nullable"`
} // @name OutletList

// listArticles godoc
//
//	@Summary		List articles
//	@Description	Ingested articles, newest first, with their outlets and quote counts.
//	@Tags			articles
//	@Produce		json
//	@Param			outlet	query		string	false	"outlet slug: publisher or agency"	example(ap)
//	@Param			from	query		string	false	"published on or after (YYYY-MM-DD)"	format(date)
//	@Param			to		query		string	false	"published on or before (YYYY-MM-DD)"	format(date)
//	@Param			limit	query		integer	false	"page size"	minimum(1)	maximum(200)	default(50)
//	@Param			cursor	query		string	false	"opaque cursor from a previous page's next link"
//	@Success		200		{object}	ArticleList
//	@Header			200		{string}	Link	"RFC 8288 link to the next page, when there is one"
//	@Failure		400		{object}	Problem	"a parameter is invalid"
//	@Failure		404		{object}	Problem	"the outlet does not exist"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/articles [get]
func (s *server) listArticles(c echo.Context) error {
	p, err := readParams(c, "outlet", "from", "to", "limit", "cursor")
	if err != nil {
		return err
	}
	var f catalog.ArticleFilter
	if f.Limit, err = p.limit(); err != nil {
		return err
	}
	if f.After, err = catalog.ParseCursor(p.vals.Get("cursor")); err != nil {
		return invalidParam("cursor", err.Error())
	}
	if f.From, f.To, err = p.dateRange(); err != nil {
		return err
	}
	if f.Outlet, err = p.str("outlet"); err != nil {
		return err
	}
	if f.Outlet != "" {
		if err := s.checkOutlet(c, "outlet", f.Outlet); err != nil {
			return err
		}
	}
	page, err := s.cat.ListArticles(c.Request().Context(), f)
	if err != nil {
		return err
	}
	return renderPage(c, page.Items, page.Next)
}

// getArticle godoc
//
//	@Summary		Get an article
//	@Description	An article with its full text and every quote in it, in reading order.
//	@Tags			articles
//	@Produce		json
//	@Param			id	path		integer	true	"article id"	minimum(1)
//	@Success		200	{object}	catalog.ArticleDetail
//	@Failure		400	{object}	Problem	"the id is not a positive integer"
//	@Failure		404	{object}	Problem	"no such article"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/articles/{id} [get]
func (s *server) getArticle(c echo.Context) error {
	if _, err := readParams(c); err != nil {
		return err
	}
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	a, err := s.cat.GetArticle(c.Request().Context(), id)
	if errors.Is(err, catalog.ErrNotFound) {
		return notFound(fmt.Sprintf("no article with id %d", id))
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, a)
}

// listOutlets godoc
//
//	@Summary		List outlets
//	@Description	Publishers and wire agencies with their article and quote counts.
//	@Tags			outlets
//	@Produce		json
//	@Success		200	{object}	OutletList
//	@Failure		400	{object}	Problem	"a parameter is invalid"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/outlets [get]
func (s *server) listOutlets(c echo.Context) error {
	if _, err := readParams(c); err != nil {
		return err
	}
	out, err := s.cat.ListOutlets(c.Request().Context())
	if err != nil {
		return err
	}
	return renderPage(c, out, "")
}
