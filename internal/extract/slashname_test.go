package extract

import "testing"

// TestSlashNameModifiers covers a subject whose name joins two names with
// a slash before lower-case modifiers ("The CNN/ORC tracking poll"): the
// slash joins one name, and a name's words count as one modifier, so the
// mention runs back to its article however long the name.
func TestSlashNameModifiers(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"The Harbor Ledger/Coast Radio tracking poll showed that Ostrand leads.", "that Ostrand leads", "The Harbor Ledger/Coast Radio tracking poll"},
		{"The Norland State University/Harbor Ledger Daybreak national tracking poll showed that Ostrand leads.", "that Ostrand leads", "The Norland State University/Harbor Ledger Daybreak national tracking poll"},
		{"A Ledger/Radio poll found that Ostrand leads.", "that Ostrand leads", "A Ledger/Radio poll"},
	})
}
