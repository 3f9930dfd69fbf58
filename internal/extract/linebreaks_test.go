package extract

import (
	"strings"
	"testing"
)

// TestHardWrapped checks text wrapped at a fixed width, as
// plain-text feeds and e-mails come: its lines are no paragraphs, so it
// gives what the same text unwrapped gives.
func TestHardWrapped(t *testing.T) {
	flat := []string{
		"\u201cWe will keep the depot open whatever the council decides about the budget,\u201d said Rhiannon Pugh, who chairs the tenants\u2019 association in Swansea.",
		"The transport secretary said the line would stay shut for three more weeks because engineers had found cracks in two viaducts.",
		"Investigators said a 51-year-old pilot from Aberdeen had been questioned on Friday and was later released without charge.",
	}
	for _, width := range []int{44, 60, 72} {
		var paras []string
		for _, p := range flat {
			paras = append(paras, wrapAt(p, width))
		}
		for _, nl := range []string{"\n", "\r\n"} {
			wrapped := strings.ReplaceAll(strings.Join(paras, "\n\n"), "\n", nl)
			got, want := bodyQuotes(wrapped), bodyQuotes(strings.Join(flat, "\n\n"))
			if len(got) != len(want) || len(want) != 3 {
				t.Fatalf("width %d: got %q, want %q", width, got, want)
			}
			for i := range got {
				for j := 0; j < 3; j++ {
					if g := strings.Join(strings.Fields(got[i][j]), " "); g != want[i][j] {
						t.Errorf("width %d: got %q, want %q", width, got[i][j], want[i][j])
					}
				}
			}
		}
	}
}

// wrapAt breaks s into lines of at most width code points at spaces.
func wrapAt(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len([]rune(w)) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String()
}

// TestLineBreaks checks which single line breaks join lines: one
// before a lower-case word that goes on with the sentence does; a
// headline's or list item's, in text that is not hard-wrapped, does not.
func TestLineBreaks(t *testing.T) {
	got := bodyQuotes("The harbour master said the quay would stay closed until the\nstorm had passed.")
	if len(got) != 1 || got[0][0] != "the quay would stay closed until the\nstorm had passed" {
		t.Errorf("got %q, want one report across the break", got)
	}
	for _, c := range []struct {
		in   string
		wrap bool
	}{
		{"Ferry Strike Ends After Nine Days\nThe union said its members would return to work.", false},
		{"Key points\nFares rise 4%\nThe rail regulator said the rise was fair.", false},
		{"one two three four five six seven,\neight nine ten eleven twelve thirteen,\nfourteen fifteen.", true},
		{"Cuts Announced\nthe council said.\nMore Cuts\nthe mayor said,\nand left.\nNews\nSport\nWeather", false},
	} {
		if got := hardWrapped(c.in) > 0; got != c.wrap {
			t.Errorf("hardWrapped(%q) = %v, want %v", c.in, got, c.wrap)
		}
	}
	// In text that is not wrapped, a headline stays a paragraph of its own.
	got = bodyQuotes("Ferry Strike Ends After Nine Days\nThe union said its members would return to work on Monday.")
	if len(got) != 1 || got[0][1] != "The union" {
		t.Errorf("got %q, want source \"The union\"", got)
	}
}
