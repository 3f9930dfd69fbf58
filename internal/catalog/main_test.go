package catalog_test

import (
	"flag"
	"os"
	"testing"

	"github.com/quoted-dev/quoted/internal/pgtest"
)

// TestMain starts PostgreSQL only when benchmarks run: the package has
// no tests that need it, so a plain `go test` stays fast.
func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f != nil && f.Value.String() != "" {
		pgtest.Main(m)
	}
	os.Exit(m.Run())
}
