// Command openapigen turns the Swagger 2.0 document that swag v1 generates
// from the handler annotations in internal/httpapi into the OpenAPI 3 document
// the service publishes (openapi.yaml). It is run by `go generate ./...`
// through the directives in api/generate.go; see there for the whole chain.
//
//	go run ../internal/openapigen -in swagger.json -out ../openapi.yaml -out openapi.yaml
//
// Steps:
//  1. load the Swagger 2.0 JSON with kin-openapi's openapi2 package;
//  2. convert it with openapi2conv.ToV3;
//  3. fold the Swagger basePath into every path, except operations marked
//     x-no-base-path (health checks at the root), and use a single relative
//     server "/" (see foldBasePath for why);
//  4. give RFC 9457 problem responses the media type application/problem+json
//     (see fixProblemMediaTypes);
//  5. fill info.version if swag left it empty;
//  6. validate, write deterministic YAML (sorted keys, two-space indent) to
//     every -out path, and load+validate the written bytes once more.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	yaml "github.com/oasdiff/yaml3"
)

// ProblemMediaType is the media type of RFC 9457 problem details.
const ProblemMediaType = "application/problem+json"

// NoBasePath is the operation extension (swag: `@x-no-base-path true`) that
// keeps a path as written, outside the base path: Swagger 2.0 has one
// basePath for the whole document, and /healthz and /readyz live at the root.
const NoBasePath = "x-no-base-path"

type outputs []string

func (o *outputs) String() string     { return strings.Join(*o, ",") }
func (o *outputs) Set(s string) error { *o = append(*o, s); return nil }

func main() {
	var (
		in      = flag.String("in", "swagger.json", "Swagger 2.0 JSON document written by swag")
		version = flag.String("version", "0.1.0", "info.version to use when the annotations set none")
		problem = flag.String("problem-schema", "Problem", "responses whose schema is a $ref to a component schema with this name, or ending in \"."+"<name>\", are problem details")
		outs    outputs
	)
	flag.Var(&outs, "out", "OpenAPI 3 YAML file to write (repeatable)")
	flag.Parse()
	if len(outs) == 0 {
		outs = outputs{"openapi.yaml"}
	}
	if err := run(*in, outs, *version, *problem); err != nil {
		fmt.Fprintln(os.Stderr, "openapigen:", err)
		os.Exit(1)
	}
}

func run(in string, outs []string, version, problemSchema string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	out, err := Convert(context.Background(), raw, version, problemSchema)
	if err != nil {
		return err
	}
	for _, path := range outs {
		if err := writeFileAtomic(path, out); err != nil {
			return err
		}
	}
	return nil
}

// Convert turns a Swagger 2.0 JSON document into validated, deterministic
// OpenAPI 3 YAML.
func Convert(ctx context.Context, swaggerJSON []byte, version, problemSchema string) ([]byte, error) {
	var doc2 openapi2.T
	if err := json.Unmarshal(swaggerJSON, &doc2); err != nil {
		return nil, fmt.Errorf("parse swagger 2.0 document: %w", err)
	}
	doc, err := openapi2conv.ToV3(&doc2)
	if err != nil {
		return nil, fmt.Errorf("convert to OpenAPI 3: %w", err)
	}
	if doc.Info == nil {
		doc.Info = &openapi3.Info{}
	}
	if doc.Info.Title == "" {
		doc.Info.Title = "quoted"
	}
	if doc.Info.Version == "" {
		doc.Info.Version = version
	}
	if c := doc.Info.Contact; c != nil && c.Name == "" && c.URL == "" && c.Email == "" && len(c.Extensions) == 0 {
		doc.Info.Contact = nil // swag always emits an empty contact object
	}
	if err := foldBasePath(doc, doc2.BasePath); err != nil {
		return nil, err
	}
	fixProblemMediaTypes(doc, problemSchema)
	markNullable(doc)

	if err := doc.Validate(ctx); err != nil {
		return nil, fmt.Errorf("generated OpenAPI 3 document is invalid: %w", err)
	}
	out, err := marshalYAML(doc)
	if err != nil {
		return nil, err
	}
	// What we write must load and validate on its own, exactly as the server
	// and the contract tests will load it.
	loader := openapi3.NewLoader()
	again, err := loader.LoadFromData(out)
	if err != nil {
		return nil, fmt.Errorf("reload written YAML: %w", err)
	}
	if err := again.Validate(ctx); err != nil {
		return nil, fmt.Errorf("written YAML does not validate: %w", err)
	}
	return out, nil
}

// foldBasePath moves the Swagger basePath (swag's @BasePath, "/v1") from the
// server URL into every path, and replaces the servers with the single
// relative server "/".
//
// openapi2conv would otherwise emit `servers: [{url: /v1}]` and paths such as
// `/quotes`. We want the paths in openapi.yaml to read exactly like the request
// URLs (`/v1/quotes`): readers and diff tools see the real URL, and
// openapi3filter's routers need no base-path arithmetic. A relative server
// URL "/" means "the host serving this document", so the routers match
// requests to any host, e.g. the test server at http://127.0.0.1:PORT.
//
// Paths whose operations carry the NoBasePath extension are kept as written
// (`/healthz`), and the extension is dropped from the output: it only steers
// this conversion. A path must not mix marked and unmarked operations, since
// it is one URL.
func foldBasePath(doc *openapi3.T, basePath string) error {
	base := "/" + strings.Trim(basePath, "/")
	if base == "/" {
		base = ""
	}
	doc.Servers = openapi3.Servers{{URL: "/", Description: "the host serving this document"}}
	if doc.Paths == nil {
		doc.Paths = openapi3.NewPaths()
		return nil
	}
	old := doc.Paths.Map()
	keys := make([]string, 0, len(old))
	for k := range old {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	paths := openapi3.NewPathsWithCapacity(len(old))
	for _, k := range keys {
		root, err := outsideBasePath(k, old[k])
		if err != nil {
			return err
		}
		p := base + "/" + strings.TrimPrefix(k, "/")
		switch {
		case root:
			p = "/" + strings.TrimPrefix(k, "/")
		case base != "" && k == "/":
			p = base
		}
		if paths.Value(p) != nil {
			return fmt.Errorf("path %q collides after prefixing base path %q", p, base)
		}
		paths.Set(p, old[k])
	}
	paths.Extensions = doc.Paths.Extensions
	doc.Paths = paths
	return nil
}

// outsideBasePath reports whether the operations of item are marked with
// NoBasePath, and removes the mark.
func outsideBasePath(path string, item *openapi3.PathItem) (bool, error) {
	marked, unmarked := 0, 0
	for _, op := range item.Operations() {
		v, ok := op.Extensions[NoBasePath]
		if !ok {
			unmarked++
			continue
		}
		if v != true {
			return false, fmt.Errorf("path %q: %s must be true, got %v", path, NoBasePath, v)
		}
		marked++
		delete(op.Extensions, NoBasePath)
		if len(op.Extensions) == 0 {
			op.Extensions = nil
		}
	}
	if marked > 0 && unmarked > 0 {
		return false, fmt.Errorf("path %q: %d operations are marked %s and %d are not; mark all or none", path, marked, NoBasePath, unmarked)
	}
	return marked > 0, nil
}

// fixProblemMediaTypes repairs a Swagger 2.0 limitation: there, produces is
// per operation, so openapi2conv gives every response of an operation the same
// media types. Error responses (4xx, 5xx, default) whose schema refers to the
// problem schema get exactly application/problem+json; every other response
// loses application/problem+json if it also has another media type.
func fixProblemMediaTypes(doc *openapi3.T, problemSchema string) {
	isProblem := func(ref string) bool {
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		return name != ref && (name == problemSchema || strings.HasSuffix(name, "."+problemSchema))
	}
	fix := func(status string, rr *openapi3.ResponseRef) {
		if rr == nil || rr.Value == nil || len(rr.Value.Content) == 0 {
			return
		}
		content := rr.Value.Content
		if isErrorStatus(status) {
			for _, mt := range content {
				if mt != nil && mt.Schema != nil && isProblem(mt.Schema.Ref) {
					rr.Value.Content = openapi3.Content{ProblemMediaType: mt}
					return
				}
			}
			return
		}
		if _, ok := content[ProblemMediaType]; ok && len(content) > 1 {
			delete(content, ProblemMediaType)
		}
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.Responses == nil {
				continue
			}
			for status, rr := range op.Responses.Map() {
				fix(status, rr)
			}
		}
	}
	if doc.Components != nil {
		for name, rr := range doc.Components.Responses {
			fix(name, rr) // named responses: only error-looking names are touched
		}
	}
}

func isErrorStatus(status string) bool {
	if status == "default" {
		return true
	}
	if len(status) == 3 && (status[0] == '4' || status[0] == '5') {
		if status[1:] == "XX" {
			return true
		}
		_, err := strconv.Atoi(status)
		return err == nil
	}
	return false
}

// marshalYAML renders doc as YAML with sorted mapping keys: the document goes
// through encoding/json (kin-openapi's MarshalJSON honours extensions and
// $refs) into generic maps, which the YAML encoder emits in key order.
func marshalYAML(doc *openapi3.T) ([]byte, error) {
	j, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("marshal JSON: %w", err)
	}
	var v any
	if err := yaml.Unmarshal(j, &v); err != nil {
		return nil, fmt.Errorf("re-read JSON: %w", err)
	}
	var buf bytes.Buffer
	buf.WriteString("# Code generated by internal/openapigen from api/swagger.json; DO NOT EDIT.\n")
	buf.WriteString("# Regenerate with: go generate ./api\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("marshal YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".openapigen-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// markNullable turns swag's `extensions:"x-nullable"` struct tags into
// OpenAPI 3 `nullable: true`. A $ref cannot carry siblings in OpenAPI 3.0,
// so a nullable reference becomes `allOf: [$ref]` with nullable set.
func markNullable(doc *openapi3.T) {
	for _, sr := range doc.Components.Schemas {
		if sr.Value == nil {
			continue
		}
		for name, prop := range sr.Value.Properties {
			if prop == nil {
				continue
			}
			ext := prop.Extensions
			if prop.Value != nil && prop.Ref == "" {
				ext = prop.Value.Extensions
			}
			// openapi2conv already maps x-nullable to nullable on some shapes.
			if v, ok := ext["x-nullable"]; (!ok || v != true) && (prop.Value == nil || !prop.Value.Nullable) {
				continue
			}
			if prop.Ref != "" {
				prop = &openapi3.SchemaRef{Value: &openapi3.Schema{AllOf: openapi3.SchemaRefs{&openapi3.SchemaRef{Ref: prop.Ref}}}}
				sr.Value.Properties[name] = prop
			}
			prop.Value.Nullable = true
			delete(prop.Value.Extensions, "x-nullable")
			// OAS 3.0.3 ignores nullable on a schema without a type, so an
			// allOf wrapper states the referenced schema's type too.
			if v := prop.Value; v.Type == nil && len(v.AllOf) == 1 {
				name := strings.TrimPrefix(v.AllOf[0].Ref, "#/components/schemas/")
				if target := doc.Components.Schemas[name]; target != nil && target.Value != nil {
					v.Type = target.Value.Type
				}
			}
		}
	}
}
