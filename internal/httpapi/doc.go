// Package httpapi is quoted's HTTP interface: the /v1 JSON API, health
// checks, the OpenAPI document and its browser UI. Handlers parse and
// check input, call a domain service and render; nothing more.
//
//	@title						quoted API
//	@version					1.0.0
//	@description				Quote attribution for news articles: who said what, where, and who reported it.
//	@description				Every error the service answers is an RFC 9457 problem document (application/problem+json); only requests that net/http itself refuses before routing (a malformed request line, headers over 1 MB) get its plain-text 400 or 431.
//	@BasePath					/v1
//	@produce					json
//	@license.name				Proprietary
//	@tag.name					quotes
//	@tag.description			Attributed quotes with provenance
//	@tag.name					speakers
//	@tag.description			Canonical speakers and their aliases
//	@tag.name					statements
//	@tag.description			The same utterance across outlets, with its variants
//	@tag.name					articles
//	@tag.description			Ingested articles
//	@tag.name					outlets
//	@tag.description			Publishers and wire agencies
//	@tag.name					health
//	@tag.description			Liveness and readiness probes, at the root (not under /v1)
package httpapi
