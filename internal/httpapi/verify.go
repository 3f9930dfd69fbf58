package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/quoted-dev/quoted/internal/catalog"
	"github.com/quoted-dev/quoted/internal/fold"
)

// VerifyRequest is a claimed quote to check.
type VerifyRequest struct {
	Text    string `json:"text" example:"26 countries have committed to deploy troops"`
	Speaker string `json:"speaker,omitempty" example:"macron"`
} // @name VerifyRequest

const maxClaimRunes = 2000

// verifyQuote godoc
//
//	@Summary		Verify a claimed quote
//	@Description	Looks for reported quotes matching the claim: exact (the same words), partial (the claim is part of a reported quote, or the reverse) or near (other wording, a paraphrase or translation). Candidates are ranked and carry the speaker, the statement with its earliest appearance and every outlet, and the context paragraph. `matched` is false, with no candidates, when nothing reported is close. `speaker` (id, slug or name) restricts the search to one speaker.
//	@Tags			quotes
//	@Accept			json
//	@Produce		json
//	@Param			claim	body		VerifyRequest	true	"the claimed quote"
//	@Success		200		{object}	catalog.Verification
//	@Failure		400		{object}	Problem	"the body is not a valid claim"
//	@Failure		404		{object}	Problem	"no speaker matches speaker"
//	@Failure		413		{object}	Problem	"the body is larger than 2 MB"
//	@Failure		415		{object}	Problem	"the body is not JSON"
//	@Failure		414		{object}	Problem	"the request URI is longer than 32 KB"
//	@Failure		503		{object}	Problem	"the request ran past the server's time limit (30 s); retry later"
//	@Router			/quotes/verify [post]
func (s *server) verifyQuote(c echo.Context) error {
	if _, err := readParams(c); err != nil {
		return err
	}
	req, err := decodeJSON[VerifyRequest](c)
	if err != nil {
		return err
	}
	req.Text = strings.TrimSpace(req.Text)
	switch n := utf8.RuneCountInString(req.Text); {
	case n == 0:
		return invalidField("text", "is required: the words to verify")
	case n > maxClaimRunes:
		return invalidField("text", fmt.Sprintf("is %d characters; the limit is %d", n, maxClaimRunes))
	}
	if strings.ContainsRune(req.Text, 0) {
		return invalidField("text", "contains a NUL character")
	}
	var speakerID int64
	if req.Speaker != "" && fold.Key(req.Speaker) == "" {
		return invalidField("speaker", "is blank")
	}
	if sp := strings.TrimSpace(req.Speaker); sp != "" {
		if strings.ContainsRune(sp, 0) || utf8.RuneCountInString(sp) > 200 {
			return invalidField("speaker", "must be an id, slug or name of at most 200 characters")
		}
		speakerID, err = s.resolveSpeaker(c, sp)
		if err != nil {
			return err
		}
	}
	v, err := s.cat.Verify(c.Request().Context(), req.Text, speakerID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

// resolveSpeaker takes an id, a slug or a name ("Macron").
func (s *server) resolveSpeaker(c echo.Context, sp string) (int64, error) {
	ctx := c.Request().Context()
	if id, err := s.cat.SpeakerID(ctx, sp); err == nil {
		return id, nil
	} else if !errors.Is(err, catalog.ErrNotFound) {
		return 0, err
	}
	if fold.Key(sp) == "" {
		return 0, invalidParam("speaker", "is blank")
	}
	found, err := s.cat.SearchSpeakers(ctx, sp, 1)
	if err != nil {
		return 0, err
	}
	if len(found) == 0 || found[0].Score == nil || *found[0].Score < 0.6 {
		p := notFound(fmt.Sprintf("no speaker matches %q (search with /v1/speakers?q=…)", sp))
		p.Errors = []FieldError{{Parameter: "speaker", Detail: "unknown speaker"}}
		return 0, p
	}
	return found[0].ID, nil
}

func invalidField(name, detail string) *Problem {
	p := invalidParam(name, detail)
	p.Type = problemBase + "invalid-body"
	p.Title = "Invalid request body"
	return p
}

// decodeJSON reads a JSON body strictly: one object, known fields only.
func decodeJSON[T any](c echo.Context) (T, error) {
	var v T
	ct := c.Request().Header.Get(echo.HeaderContentType)
	unsupported := func(detail string) (T, error) {
		return v, &Problem{Type: problemBase + "unsupported-media-type", Title: "Unsupported media type",
			Status: http.StatusUnsupportedMediaType, Detail: detail + "; send the body as application/json in UTF-8"}
	}
	if ct == "" {
		return unsupported("the request has no Content-Type")
	}
	mt, mp, err := mime.ParseMediaType(ct)
	switch {
	case err != nil:
		return unsupported(fmt.Sprintf("Content-Type %q is malformed (%v)", ct, err))
	case mt != "application/json" && !strings.HasSuffix(mt, "+json"):
		return unsupported(fmt.Sprintf("Content-Type %q is not JSON", mt))
	case mp["charset"] != "" && !strings.EqualFold(mp["charset"], "utf-8"):
		return unsupported(fmt.Sprintf("charset %q is not UTF-8", mp["charset"]))
	}
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) || errors.Is(err, echo.ErrStatusRequestEntityTooLarge) {
			return v, echo.ErrStatusRequestEntityTooLarge
		}
		return v, &Problem{Type: problemBase + "invalid-body", Title: "Invalid request body", Status: http.StatusBadRequest,
			Detail: "the body could not be read: " + err.Error()}
	}
	// encoding/json would quietly turn bad bytes into U+FFFD; a claim must
	// be checked as sent.
	if !utf8.Valid(body) {
		return v, &Problem{Type: problemBase + "invalid-body", Title: "Invalid request body", Status: http.StatusBadRequest,
			Detail: "the body is not valid UTF-8"}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return v, &Problem{Type: problemBase + "invalid-body", Title: "Invalid request body", Status: http.StatusBadRequest,
			Detail: "the body is not a valid JSON object of this endpoint: " + err.Error()}
	}
	if _, err := dec.Token(); err != io.EOF {
		return v, &Problem{Type: problemBase + "invalid-body", Title: "Invalid request body", Status: http.StatusBadRequest,
			Detail: "the body holds more than one JSON value"}
	}
	return v, nil
}
