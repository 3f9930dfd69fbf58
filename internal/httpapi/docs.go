package httpapi

import (
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"
	swaggerfiles "github.com/swaggo/files/v2"

	"github.com/quoted-dev/quoted/api"
)

func (s *server) openapi(c echo.Context) error {
	return c.Blob(http.StatusOK, "application/yaml", api.Spec)
}

func (s *server) docsRedirect(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/docs/")
}

// swaggerInit points the bundled Swagger UI at our own document; the UI's
// files are served from the binary, so /docs works with no network.
const swaggerInit = `window.onload = function () {
  window.ui = SwaggerUIBundle({url: "/openapi.yaml", dom_id: "#swagger-ui", deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"});
};`

func (s *server) docs(c echo.Context) error {
	name := c.Param("*")
	switch name {
	case "", "index.html":
		name = "index.html"
	case "swagger-initializer.js":
		return c.Blob(http.StatusOK, "application/javascript", []byte(swaggerInit))
	}
	b, err := fs.ReadFile(swaggerfiles.FS, name)
	if err != nil {
		return notFound("no such documentation file: " + name)
	}
	ct := http.DetectContentType(b)
	switch {
	case len(name) > 3 && name[len(name)-3:] == ".js":
		ct = "application/javascript"
	case len(name) > 4 && name[len(name)-4:] == ".css":
		ct = "text/css"
	case len(name) > 5 && name[len(name)-5:] == ".html":
		ct = "text/html; charset=utf-8"
	}
	return c.Blob(http.StatusOK, ct, b)
}
