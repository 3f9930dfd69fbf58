package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/quoted-dev/quoted/internal/catalog"
	"github.com/quoted-dev/quoted/internal/store"
)

// Checker reports whether the service can answer: database reachable and
// migrated.
type Checker interface {
	Ready(ctx context.Context) error
}

// Config wires the handlers to their services.
type Config struct {
	Catalog *catalog.Service
	Health  Checker
	Log     *slog.Logger
	Version string
	// RequestTimeout bounds the work of one request; past it the request
	// is answered 503. Zero means DefaultRequestTimeout.
	RequestTimeout time.Duration
}

// DefaultRequestTimeout is the request timeout when Config sets none.
const DefaultRequestTimeout = 30 * time.Second

type server struct {
	cat     *catalog.Service
	health  Checker
	log     *slog.Logger
	version string
}

// New returns the HTTP handler for the whole service.
func New(cfg Config) *echo.Echo {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	s := &server{cat: cfg.Catalog, health: cfg.Health, log: cfg.Log, version: cfg.Version}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = errorHandler(cfg.Log)
	e.JSONSerializer = jsonSerializer{}
	// Pre-routing, so that what is refused before a route is chosen (an
	// absurd URI) still gets a request id, an access log line and
	// problem+json.
	e.Pre(middleware.RecoverWithConfig(middleware.RecoverConfig{DisableStackAll: true, LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
		cfg.Log.ErrorContext(c.Request().Context(), "panic", "err", err, "stack", string(stack))
		return err
	}}))
	e.Pre(middleware.RequestID())
	e.Pre(accessLog(cfg.Log))
	e.Pre(limitURI)
	e.Use(middleware.BodyLimit(strconv.Itoa(maxBodyBytes)))
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	e.Use(middleware.ContextTimeoutWithConfig(middleware.ContextTimeoutConfig{
		Timeout: cfg.RequestTimeout,
		ErrorHandler: func(err error, c echo.Context) error {
			if errors.Is(err, context.DeadlineExceeded) {
				return timedOut(cfg.RequestTimeout)
			}
			return err
		},
	}))

	// GET routes answer HEAD too (RFC 9110 §9.1); net/http drops the body.
	get := func(g interface {
		GET(string, echo.HandlerFunc, ...echo.MiddlewareFunc) *echo.Route
		HEAD(string, echo.HandlerFunc, ...echo.MiddlewareFunc) *echo.Route
	}, path string, h echo.HandlerFunc) {
		g.GET(path, h)
		g.HEAD(path, h)
	}
	get(e, "/healthz", s.healthz)
	get(e, "/readyz", s.readyz)
	get(e, "/openapi.yaml", s.openapi)
	get(e, "/docs", s.docsRedirect)
	get(e, "/docs/*", s.docs)

	v1 := e.Group("/v1")
	get(v1, "/quotes", s.listQuotes)
	get(v1, "/quotes/:id", s.getQuote)
	v1.POST("/quotes/verify", s.verifyQuote)
	get(v1, "/statements", s.listStatements)
	get(v1, "/statements/:id", s.getStatement)
	get(v1, "/speakers", s.listSpeakers)
	get(v1, "/speakers/:idOrSlug", s.getSpeaker)
	get(v1, "/speakers/:idOrSlug/quotes", s.speakerQuotes)
	get(v1, "/articles", s.listArticles)
	get(v1, "/articles/:id", s.getArticle)
	get(v1, "/outlets", s.listOutlets)
	return e
}

const (
	// maxBodyBytes bounds every request body; a claim to verify is at most
	// 2,000 characters, so this only stops abuse.
	maxBodyBytes = 2 << 20
	// maxURIBytes bounds the request target. The longest query the
	// parameters allow (five text parameters of 500 characters, each up to
	// 12 bytes percent-encoded, plus the short ones) is about 30 KB; past
	// that a query can only be refused, and echoing it into logs and
	// problem documents serves nobody. net/http's own limit, MaxHeaderBytes
	// (1 MB by default), is far above and answers in text/plain.
	maxURIBytes = 32 << 10
)

// limitURI refuses request targets longer than maxURIBytes with 414.
func limitURI(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if n := len(c.Request().RequestURI); n > maxURIBytes {
			return &Problem{Type: problemBase + "uri-too-long", Title: "URI too long", Status: http.StatusRequestURITooLong,
				Detail: fmt.Sprintf("the request URI is %d bytes; the limit is %d", n, maxURIBytes)}
		}
		return next(c)
	}
}

func accessLog(log *slog.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			if err != nil {
				c.Error(err)
			}
			req, res := c.Request(), c.Response()
			log.LogAttrs(req.Context(), slog.LevelInfo, "request",
				slog.String("method", req.Method), slog.String("path", req.URL.Path),
				slog.Int("status", res.Status), slog.Duration("took", time.Since(start)),
				slog.String("request_id", res.Header().Get(echo.HeaderXRequestID)))
			return nil
		}
	}
}

// Health is the body of /healthz, and of /readyz when the service is ready.
type Health struct {
	Status  string `json:"status" example:"ok" enums:"ok" validate:"required"`
	Version string `json:"version" example:"1.0.0" validate:"required"`
} // @name Health

// healthz godoc
//
//	@Summary		Liveness
//	@Description	Answers 200 while the process serves HTTP. It does not touch the database, so a restart is never triggered by a database outage; see /readyz for that.
//	@Tags			health
//	@Produce		json
//	@Success		200		{object}	Health
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Router			/healthz [get]
//	@x-no-base-path	true
func (s *server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, Health{Status: "ok", Version: s.version})
}

// readyz godoc
//
//	@Summary		Readiness
//	@Description	Answers 200 when the database answers and its schema is fully migrated, else 503 with a problem document saying which.
//	@Tags			health
//	@Produce		json
//	@Success		200		{object}	Health
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the database does not answer or is not migrated"
//	@Router			/readyz [get]
//	@x-no-base-path	true
func (s *server) readyz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 3*time.Second)
	defer cancel()
	if err := s.health.Ready(ctx); err != nil {
		s.log.WarnContext(ctx, "not ready", "err", err)
		// The cause stays in the log: a probe is public, a DSN or server
		// message is not for it.
		detail := "the database does not answer; the cause is logged"
		if errors.Is(err, store.ErrNotMigrated) {
			detail = "the database answers but its schema is not migrated; run `quoted migrate`"
		}
		return &Problem{Type: problemBase + "not-ready", Title: "Not ready", Status: http.StatusServiceUnavailable, Detail: detail}
	}
	return c.JSON(http.StatusOK, Health{Status: "ok", Version: s.version})
}
