package main

import (
	"context"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

const swaggerDoc = `{
  "swagger": "2.0",
  "info": {"title": "t", "version": "1"},
  "basePath": "/v1",
  "paths": {
    "/quotes": {"get": {"responses": {"200": {"description": "OK"}}}},
    "/healthz": {"get": {"x-no-base-path": true, "responses": {"200": {"description": "OK"}}}}
  }
}`

// The base path goes in front of API paths but not of root paths such as
// the health checks, and the marker does not leak into the published spec.
func TestFoldBasePathKeepsRootPaths(t *testing.T) {
	out, err := Convert(context.Background(), []byte(swaggerDoc), "1", "Problem")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := openapi3.NewLoader().LoadFromData(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/v1/quotes", "/healthz"} {
		if doc.Paths.Value(p) == nil {
			t.Errorf("path %s missing; have %v", p, doc.Paths.InMatchingOrder())
		}
	}
	if doc.Paths.Len() != 2 {
		t.Errorf("paths %v, want exactly /v1/quotes and /healthz", doc.Paths.InMatchingOrder())
	}
	if strings.Contains(string(out), NoBasePath) {
		t.Errorf("%s left in the output:\n%s", NoBasePath, out)
	}
}

func TestFoldBasePathRefusesMixedPath(t *testing.T) {
	mixed := strings.Replace(swaggerDoc, `"/healthz": {"get": {"x-no-base-path": true, "responses": {"200": {"description": "OK"}}}}`,
		`"/healthz": {"get": {"x-no-base-path": true, "responses": {"200": {"description": "OK"}}},
		              "post": {"responses": {"200": {"description": "OK"}}}}`, 1)
	if _, err := Convert(context.Background(), []byte(mixed), "1", "Problem"); err == nil || !strings.Contains(err.Error(), "mark all or none") {
		t.Fatalf("want an error for a path mixing marked and unmarked operations, got %v", err)
	}
}
