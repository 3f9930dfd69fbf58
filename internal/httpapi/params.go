package httpapi

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
)

const (
	defaultLimit = 50
	maxLimit     = 200
	maxQueryLen  = 500
)

// params reads query parameters, refusing ones the endpoint does not know:
// a misspelt filter must not silently return everything.
type params struct {
	vals url.Values
}

func readParams(c echo.Context, allowed ...string) (params, error) {
	// echo drops what it cannot parse; a mangled query must not silently
	// lose a filter.
	vals, err := url.ParseQuery(c.Request().URL.RawQuery)
	if err != nil {
		return params{}, &Problem{Type: problemBase + "invalid-parameter", Title: "Invalid parameter", Status: http.StatusBadRequest,
			Detail: "the query string is malformed: " + err.Error()}
	}
	names := make([]string, 0, len(vals))
	for name := range vals {
		names = append(names, name)
	}
	sort.Strings(names) // name the same parameter every time
	for _, name := range names {
		vs := vals[name]
		known := false
		for _, a := range allowed {
			if name == a {
				known = true
				break
			}
		}
		if !known {
			detail := "is not a parameter of this endpoint"
			if len(allowed) > 0 {
				detail += " (it takes " + strings.Join(allowed, ", ") + ")"
			}
			return params{}, invalidParam(name, detail)
		}
		if len(vs) > 1 {
			return params{}, invalidParam(name, "is given more than once")
		}
		if !utf8.ValidString(vs[0]) || strings.ContainsRune(vs[0], 0) {
			return params{}, invalidParam(name, "is not valid UTF-8 text")
		}
	}
	return params{vals: vals}, nil
}

func (p params) str(name string) (string, error) {
	raw := p.vals.Get(name)
	v := strings.TrimSpace(raw)
	if raw != "" && v == "" {
		return "", invalidParam(name, "is blank")
	}
	if utf8.RuneCountInString(v) > maxQueryLen {
		return "", invalidParam(name, fmt.Sprintf("is longer than %d characters", maxQueryLen))
	}
	return v, nil
}

func (p params) limit() (int, error) {
	if !p.vals.Has("limit") {
		return defaultLimit, nil
	}
	v := p.vals.Get("limit")
	n, ok := parsePositive(v)
	if !ok || n > maxLimit {
		return 0, invalidParam("limit", fmt.Sprintf("must be an integer from 1 to %d, got %q", maxLimit, v))
	}
	return int(n), nil
}

func (p params) date(name string) (time.Time, error) {
	v := p.vals.Get(name)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, invalidParam(name, fmt.Sprintf("must be a date as YYYY-MM-DD, got %q", v))
	}
	if t.Year() < 1000 {
		return time.Time{}, invalidParam(name, fmt.Sprintf("must be a date from year 1000 on, got %q", v))
	}
	return t, nil
}

func (p params) dateRange() (from, to time.Time, err error) {
	if from, err = p.date("from"); err != nil {
		return
	}
	if to, err = p.date("to"); err != nil {
		return
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		err = invalidParam("to", "is before from")
	}
	return
}

// share reads a number from 0 to 1, such as a confidence threshold.
func (p params) share(name string) (float64, error) {
	v := p.vals.Get(name)
	if v == "" {
		return 0, nil
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || !(x >= 0 && x <= 1) { // also refuses NaN
		return 0, invalidParam(name, fmt.Sprintf("must be a number from 0 to 1, got %q", v))
	}
	return x, nil
}

// someOf reads a comma-separated list of choices, each at most once.
func (p params) someOf(name string, choices ...string) ([]string, error) {
	v := p.vals.Get(name)
	if v == "" {
		return nil, nil
	}
	var out []string
	for _, item := range strings.Split(v, ",") {
		item = strings.TrimSpace(item)
		if !slices.Contains(choices, item) {
			return nil, invalidParam(name, fmt.Sprintf("must be one or more of %s, separated by commas, got %q", strings.Join(choices, ", "), item))
		}
		if !slices.Contains(out, item) {
			out = append(out, item)
		}
	}
	return out, nil
}

func (p params) oneOf(name string, choices ...string) (string, error) {
	v := p.vals.Get(name)
	if v == "" {
		return "", nil
	}
	for _, c := range choices {
		if v == c {
			return v, nil
		}
	}
	return "", invalidParam(name, fmt.Sprintf("must be one of %s, got %q", strings.Join(choices, ", "), v))
}

func pathID(c echo.Context, name string) (int64, error) {
	v, err := pathParam(c, name)
	if err != nil {
		return 0, err
	}
	n, ok := parsePositive(v)
	if !ok {
		return 0, invalidParam(name, fmt.Sprintf("must be a positive integer, got %q", v))
	}
	return n, nil
}

// pathParam returns a path segment decoded and checked: text, one segment.
func pathParam(c echo.Context, name string) (string, error) {
	raw := c.Param(name)
	if strings.Contains(raw, "/") {
		// The router lends a parameter the rest of a path no route has.
		return "", &Problem{Type: problemBase + "not-found", Title: "Not found", Status: http.StatusNotFound,
			Detail: "no such endpoint; the API lives under /v1 (see /openapi.yaml)"}
	}
	v, err := url.PathUnescape(raw)
	switch {
	case err != nil: // net/http refuses bad escapes first; kept for safety
		return "", invalidParam(name, "is not a valid percent-encoded segment")
	case strings.ContainsRune(v, 0):
		return "", invalidParam(name, "contains a NUL character (%00)")
	case !utf8.ValidString(v):
		return "", invalidParam(name, "is not valid UTF-8 text")
	}
	if utf8.RuneCountInString(v) > 200 {
		return "", invalidParam(name, "is longer than 200 characters")
	}
	return v, nil
}

// parsePositive reads a plain positive decimal: no sign, no spaces.
func parsePositive(v string) (int64, bool) {
	if v == "" || len(v) > 18 {
		return 0, false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return n, err == nil && n > 0
}

// renderPage writes a list with its next link in the body and, as RFC 8288
// asks, in a Link header.
func renderPage[T any](c echo.Context, items []T, cursor string) error {
	body := struct {
		Data []T     `json:"data"`
		Next *string `json:"next"`
	}{Data: items}
	if items == nil {
		body.Data = []T{}
	}
	if cursor != "" {
		u := *c.Request().URL
		q := u.Query()
		q.Set("cursor", cursor)
		u.RawQuery = q.Encode()
		next := u.Path + "?" + u.RawQuery
		body.Next = &next
		c.Response().Header().Set("Link", "<"+next+`>; rel="next"`)
	}
	return c.JSON(http.StatusOK, body)
}
