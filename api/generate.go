package api

// The OpenAPI pipeline, run from this directory by `go generate`:
//
//  1. swag v1 (pinned in ../tools.mod) reads the general API info in
//     ../internal/httpapi/doc.go and the operation annotations on the handlers
//     in ../internal/httpapi, and writes the Swagger 2.0 swagger.json and
//     swagger.yaml here. No docs.go: the server serves openapi.yaml instead.
//     --parseDependencyLevel 1 (models only, resolved through `go list`, about
//     a second) together with --parseInternal lets annotations name types from
//     other packages of this module, e.g. {object} store.Quote; operations are
//     only read from internal/httpapi. The output is deterministic (sorted
//     maps, no timestamp: no Go file is written).
//  2. internal/openapigen converts swagger.json to OpenAPI 3, folds the base
//     path /v1 into every path except those whose operations say
//     `@x-no-base-path true` (/healthz, /readyz), uses server "/", marks problem responses
//     application/problem+json, validates, and writes identical sorted YAML to
//     ../openapi.yaml and ./openapi.yaml (the copy spec.go embeds).

//go:generate go tool -modfile=../tools.mod swag init --quiet --dir ../internal/httpapi --generalInfo doc.go --output . --outputTypes json,yaml --parseInternal --parseDependencyLevel 1
//go:generate go run ../internal/openapigen -in swagger.json -out ../openapi.yaml -out openapi.yaml
