package extract

import "testing"

// TestCueNameEnd checks that a capitalised cue word ending a name in
// running text is the surname, however often train marks the word as a
// cue, while a title-case headline keeps its capitalised verb.
func TestCueNameEnd(t *testing.T) {
	for _, in := range []string{
		"The gala featured Stevie Wonder, and the mayor spoke.",
		"Guests included Ann Wonder and Bo Lee.",
	} {
		for _, q := range probe13Quotes(in) {
			if q[2] == "Wonder" {
				t.Errorf("%q: %q read as a cue", in, q)
			}
		}
	}
	d := newDoc("Harbour Deal Collapses, Ortiz Warns\n\nThe talks ended late on Friday after the unions walked out.")
	var k int
	for i := range d.toks {
		if d.is(i, "warns") {
			k = i
		}
	}
	if !d.titleCasePara(k) {
		t.Errorf("title-case headline not recognised")
	}
	if d.cueNameEnd(k, &cueEntry{CueSpeech, 30, 0.5}) {
		t.Errorf("a headline's closing verb read as a surname")
	}
}
