package extract

// midWords is shortWords for the words of 8 to 15 bytes in wordIndex:
// an open-addressing table keyed by packMid, at most half full, so that
// lookupWord reads one slot rather than hashing the word for a map. An
// empty slot has b 0; a key's b never is, as it holds the length.
var midWords = func() []midWord {
	n := 0
	for w := range wordIndex {
		if len(w) > 7 && len(w) <= 15 {
			n++
		}
	}
	size := 256
	for size < 2*n {
		size *= 2
	}
	t := make([]midWord, size)
	for w, wi := range wordIndex {
		if len(w) <= 7 || len(w) > 15 {
			continue
		}
		a, b := packMid(w)
		i := midSlot(a, b, size-1)
		for t[i].b != 0 {
			i = (i + 1) & (size - 1)
		}
		t[i] = midWord{a, b, wi}
	}
	return t
}()

type midWord struct {
	a, b uint64
	wi   int32
}

// packMid packs a word of 8 to 15 bytes: its first 8 bytes in a, the
// rest and its length in b.
func packMid(w string) (a, b uint64) {
	_ = w[7]
	// The compiler merges these into one 8-byte load.
	a = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	b = uint64(len(w)) << 56
	for i := 8; i < len(w); i++ {
		b |= uint64(w[i]) << (8 * (i - 8))
	}
	return a, b
}

func midSlot(a, b uint64, mask int) int {
	return int(((a^b*0xC2B2AE3D27D4EB4F)*0x9E3779B97F4A7C15)>>40) & mask
}

// lookupMid is wordIndex[w] for a word of 8 to 15 bytes.
func lookupMid(w string) int32 {
	a, b := packMid(w)
	mask := len(midWords) - 1
	for i := midSlot(a, b, mask); ; i = (i + 1) & mask {
		switch e := &midWords[i]; {
		case e.a == a && e.b == b:
			return e.wi
		case e.b == 0:
			return 0
		}
	}
}
