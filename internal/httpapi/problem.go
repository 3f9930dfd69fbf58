package httpapi

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

// Problem is an RFC 9457 problem document.
type Problem struct {
	Type     string       `json:"type" example:"https://quoted.dev/problems/invalid-parameter"`
	Title    string       `json:"title" example:"Invalid parameter"`
	Status   int          `json:"status" example:"400"`
	Detail   string       `json:"detail" example:"limit: must be an integer from 1 to 200, got \"500\""`
	Instance string       `json:"instance,omitempty" example:"/v1/quotes?limit=500"`
	Errors   []FieldError `json:"errors,omitempty"`
} // @name Problem

// FieldError names one parameter that was wrong and why.
type FieldError struct {
	Parameter string `json:"parameter" example:"limit"`
	Detail    string `json:"detail" example:"must be an integer from 1 to 200"`
} // @name FieldError

const problemBase = "https://quoted.dev/problems/"

// Error implements error so handlers can return a Problem.
func (p *Problem) Error() string { return p.Detail }

func invalidParam(name, detail string) *Problem {
	return &Problem{
		Type: problemBase + "invalid-parameter", Title: "Invalid parameter", Status: http.StatusBadRequest,
		Detail: name + ": " + detail, Errors: []FieldError{{Parameter: name, Detail: detail}},
	}
}

// timedOut answers a request whose work ran past the timeout: the server
// is overloaded or the query too costly, not the request malformed, so it
// is a 503 the client may retry, not a 500.
func timedOut(limit time.Duration) *Problem {
	return &Problem{Type: problemBase + "timeout", Title: "Request timed out", Status: http.StatusServiceUnavailable,
		Detail: fmt.Sprintf("the request took longer than the %s this server allows; retry later or narrow the query", limit)}
}

func notFound(detail string) *Problem {
	return &Problem{Type: problemBase + "not-found", Title: "Not found", Status: http.StatusNotFound, Detail: detail}
}

// errorHandler renders every error as problem+json; internal failures are
// logged in full and answered without their details.
func errorHandler(log *slog.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		if c.Response().Committed {
			return
		}
		p := toProblem(err)
		if p.Type == problemBase+"timeout" {
			c.Response().Header().Set("Retry-After", "5")
		}
		// A *Problem with a 5xx status is a deliberate answer (readyz's 503),
		// logged where it is made; anything else is a failure to log here.
		var deliberate *Problem
		if p.Status >= 500 && !errors.As(err, &deliberate) {
			log.ErrorContext(c.Request().Context(), "request failed", "method", c.Request().Method,
				"path", c.Request().URL.Path, "err", err)
		}
		p.Instance = instance(c.Request())
		c.Response().Header().Set(echo.HeaderContentType, "application/problem+json")
		c.Response().WriteHeader(p.Status)
		if c.Request().Method == http.MethodHead {
			return
		}
		_ = jsonSerializer{}.Serialize(c, p, "")
	}
}

// maxInstanceBytes bounds the instance member: it names the request, and a
// problem about an oversized request must not carry the request back.
const maxInstanceBytes = 1024

// instance is the request's target, or its path alone when the target is
// long, or nothing when even the path is.
func instance(r *http.Request) string {
	if u := r.URL.RequestURI(); len(u) <= maxInstanceBytes {
		return u
	}
	if p := r.URL.EscapedPath(); len(p) <= maxInstanceBytes {
		return p
	}
	return ""
}

func toProblem(err error) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		cp := *p
		return &cp
	}
	var he *echo.HTTPError
	if errors.As(err, &he) {
		switch he.Code {
		case http.StatusNotFound:
			return &Problem{Type: problemBase + "not-found", Title: "Not found", Status: he.Code,
				Detail: "no such endpoint; the API lives under /v1 (see /openapi.yaml)"}
		case http.StatusMethodNotAllowed:
			return &Problem{Type: problemBase + "method-not-allowed", Title: "Method not allowed", Status: he.Code,
				Detail: "this endpoint does not accept that method; see the Allow header"}
		case http.StatusRequestEntityTooLarge:
			return &Problem{Type: problemBase + "too-large", Title: "Request too large", Status: he.Code,
				Detail: fmt.Sprintf("the request body is larger than %d MB, the most this service accepts", maxBodyBytes>>20)}
		}
		if he.Code < 500 {
			return &Problem{Type: problemBase + "bad-request", Title: http.StatusText(he.Code), Status: he.Code,
				Detail: fmt.Sprint(he.Message)}
		}
	}
	return &Problem{Type: problemBase + "internal", Title: "Internal server error", Status: http.StatusInternalServerError,
		Detail: "the server failed to answer; the failure is logged"}
}
