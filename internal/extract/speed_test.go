package extract

import "testing"

// TestWordClassesMatchSets checks that a token's classes and cue head,
// taken once per token, answer as the word sets and cue index do.
func TestWordClassesMatchSets(t *testing.T) {
	texts := append(corpus(t),
		"He said the U.S. report, released Monday, was wrong.",
		"“We will not,” Sen. Smith told reporters at a briefing on Tuesday.",
		"SHE SAID IT; they're ALSO calling it a ‘disaster.’",
	)
	for _, text := range texts {
		d := newDoc(text)
		for k := -1; k <= len(d.toks); k++ {
			w := d.lw(k)
			for _, cs := range classSets {
				if got, want := d.in(k, cs.c), cs.set[w]; got != want {
					t.Fatalf("token %d %q class %b: in=%v, set has %v", k, w, cs.c, got, want)
				}
			}
			if k < 0 || k >= len(d.toks) {
				continue
			}
			if got, want := d.info(k).cue, cueIndex[w]; got.one != want.one || (got.next == nil) != (want.next == nil) {
				t.Fatalf("token %d %q: cue head differs from cueIndex", k, w)
			}
			if got, want := d.npPhrases(k), npCueIndex[w]; len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
				t.Fatalf("token %d %q: noun-phrase cues differ from npCueIndex", k, w)
			}
		}
	}
}
