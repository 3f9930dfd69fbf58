package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInfinitiveFrameBackoff covers the frame entries writeInfinitiveCues
// writes: forms marked three times stand alone, a form seen fewer times
// takes its family's pooled count and precision when that is reliable,
// and no form the frame never shows is written.
func TestInfinitiveFrameBackoff(t *testing.T) {
	fc := map[string]*frameCount{
		"swore":    {occ: 5, cue: 4},  // not an inflection family verbForms knows
		"pledged":  {occ: 10, cue: 8}, // marked often: its own entry
		"pledges":  {occ: 2, cue: 1},  // family 9 of 12: lent
		"pledging": {occ: 1, cue: 0},  // shown unmarked: lent too
		"hinted":   {occ: 20, cue: 3}, // 0.15: kept, its own figures
		"hints":    {occ: 2, cue: 1},  // family 4 of 22: below frameBackoffMin
		"pondered": {occ: 2, cue: 2},  // family marked twice: too few
	}
	known := func(w string) bool { return fc[w] != nil || w == "pledge" || w == "hint" || w == "ponder" }
	path := filepath.Join(t.TempDir(), "frames_gen.go")
	if err := writeInfinitiveCues(path, fc, known); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	for _, want := range []string{
		`"swore":`, `"pledged":  {CueSpeech, 8, 0.800}`, `"pledges":  {CueSpeech, 9, 0.692}`,
		`"pledging": {CueSpeech, 9, 0.692}`, `"hinted":`,
	} {
		if !strings.Contains(src, want) {
			t.Errorf("missing %s in\n%s", want, src)
		}
	}
	for _, not := range []string{`"pledge":`, `"hints":`, `"pondered":`, `"ponder":`, `"hint":`} {
		if strings.Contains(src, not) {
			t.Errorf("unexpected %s in\n%s", not, src)
		}
	}
}
