package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/quoted-dev/quoted/internal/pgtest"
	"github.com/quoted-dev/quoted/internal/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// A database that is not UTF-8 would count offsets in bytes and mangle
// text: migrating it fails and says what to do, and creates nothing.
func TestMigrateRefusesNonUTF8(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, pgtest.EncodedDSN(t, "SQL_ASCII"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if _, err := st.Migrate(ctx); err == nil || !strings.Contains(err.Error(), "SQL_ASCII") || !strings.Contains(err.Error(), "UTF8") {
		t.Fatalf("Migrate on a SQL_ASCII database: %v, want an error naming both encodings", err)
	}
	var tables int
	if err := st.Pool.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables); err != nil || tables != 0 {
		t.Errorf("%d tables (%v) after a refused migration, want none", tables, err)
	}
}
