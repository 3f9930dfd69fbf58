package extract

import (
	"strings"
	"testing"
)

// containsAt must agree with strings.Contains wherever the rare byte falls.
func TestContainsAt(t *testing.T) {
	texts := []string{"", "k", "shutterstock", "xshutterstock", "shutterstoc", "hutterstock k",
		"via", "vi", "avia", "a photo by", "phot photo", "kk shutterstockk", "getty", "gettygetty", "ttyget"}
	for _, w := range []string{"shutterstock", "via", "photo", "getty", "(", "k"} {
		for k := range len(w) {
			for _, s := range texts {
				if got, want := containsAt(s, w, k), strings.Contains(s, w); got != want {
					t.Errorf("containsAt(%q, %q, %d) = %v, want %v", s, w, k, got, want)
				}
			}
		}
	}
	if k := rarestByte("shutterstock"); k != 11 {
		t.Errorf("rarestByte(shutterstock) = %d, want 11", k)
	}
	if k := rarestByte("(photo"); k != 0 {
		t.Errorf("rarestByte((photo) = %d, want 0", k)
	}
}
