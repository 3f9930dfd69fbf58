package api

import _ "embed"

// Spec is the service's OpenAPI 3 document (YAML), as generated into
// openapi.yaml by `go generate ./api`. openapigen writes the same bytes to
// ../openapi.yaml at the repository root; this package keeps its own copy
// because go:embed cannot reach files outside the package directory.
//
//go:embed openapi.yaml
var Spec []byte
