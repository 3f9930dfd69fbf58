package extract

import (
	"fmt"
	"os"
	"testing"
)

// TestDebug prints what Extract finds in $QDEBUG; it is skipped otherwise.
func TestDebug(t *testing.T) {
	text := os.Getenv("QDEBUG")
	if text == "" {
		t.Skip("set QDEBUG to a text to inspect")
	}
	r := extract(text, Meta{Published: "2025-09-04"})
	for _, q := range r.Quotes {
		m, c := "-", "-"
		if q.Mention != nil {
			m = q.Mention.Text
		}
		if q.Cue != nil {
			c = q.Cue.Text
		}
		fmt.Printf("%s [%s] src=%q cue=%q speaker=%q/%s venue=%v frags=%v\n", q.Kind, q.Text, m, c, q.Speaker.Name, q.Speaker.Kind, q.Venue, q.Fragments)
	}
}
