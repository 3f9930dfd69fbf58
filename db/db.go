// Package db holds quoted's SQL: the migrations, embedded in the binary, and
// the queries that sqlc turns into typed Go code in internal/store/dbq.
package db

import "embed"

// Migrations are the goose migrations, applied in file name order.
//
//go:embed migrations/*.sql
var Migrations embed.FS
