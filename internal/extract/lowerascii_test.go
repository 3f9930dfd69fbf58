package extract

import (
	"bytes"
	"testing"
)

// TestLowerASCII checks the eight-bytes-at-a-time lowering against the
// byte table on every ASCII byte at every offset, and that it stops at
// the first byte that is not ASCII.
func TestLowerASCII(t *testing.T) {
	var all []byte
	for c := 0; c < 0x80; c++ {
		all = append(all, byte(c))
	}
	for off := 0; off < 16; off++ {
		in := append(bytes.Repeat([]byte("Z"), off), all...)
		want := make([]byte, len(in))
		for i, c := range in {
			want[i] = asciiLower[c]
		}
		got := bytes.Clone(in)
		if n := lowerASCII(got); n != len(in) || !bytes.Equal(got, want) {
			t.Fatalf("offset %d: lowerASCII = %d, %q; want %d, %q", off, n, got, len(in), want)
		}
		for stop := 0; stop < len(in); stop += 5 {
			got := bytes.Clone(in)
			got[stop] = 0xC3
			if n := lowerASCII(got); n != stop || !bytes.Equal(got[:stop], want[:stop]) || !bytes.Equal(got[stop+1:], in[stop+1:]) {
				t.Fatalf("offset %d, non-ASCII at %d: lowerASCII = %d", off, stop, n)
			}
		}
	}
}
