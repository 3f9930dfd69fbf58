package extract

import "testing"

// TestByteOffsets checks that text slices by code points through the
// wide-rune table, for ASCII, accented, four-byte and invalid text.
func TestByteOffsets(t *testing.T) {
	texts := append(corpus(t),
		"Plain ASCII, he said.",
		"“Ça va,” said José — naïvely 😀 again.",
		"bad \xff byte and \xe2\x80 cut “quote” here",
		"😀",
	)
	for _, text := range texts {
		d := newDoc(text)
		for s := 0; s <= len(d.r); s += 1 + s%7 {
			for _, e := range []int{s, s + 1, s + 5, len(d.r)} {
				if e > len(d.r) {
					continue
				}
				if got, want := d.text(s, e), string(d.r[s:e]); got != want {
					t.Fatalf("text(%d, %d) = %q, want %q", s, e, got, want)
				}
			}
		}
	}
}
