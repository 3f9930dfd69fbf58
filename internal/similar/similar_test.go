package similar

import (
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want Kind
	}{
		{"quote styles", `“We will build the bridge by spring,”`, `"We will build the bridge by spring."`, Exact},
		{"case and accents", "Le café est fermé", "LE CAFE EST FERME", Exact},
		{"partial", "build the bridge by spring", `"We will build the bridge by spring, whatever it costs,"`, Partial},
		{"two translations", "As a sign of support, twelve nations have pledged to send engineers to the region, where they will work on roads and bridges",
			"We have today twelve nations who have formally pledged to send engineers to the region, to work on roads, on bridges", Near},
		{"different statements", "The budget will be balanced next year", "We will send engineers to the region to rebuild the bridges", None},
		{"too short to tell", "no comment", "we have no comment today", None},
		{"empty", "", "anything", None},
	} {
		got := Compare(tc.a, tc.b)
		if got.Kind != tc.want {
			t.Errorf("%s: Compare = %+v, want %s", tc.name, got, tc.want)
		}
		if back := Compare(tc.b, tc.a); back.Kind != got.Kind {
			t.Errorf("%s: not symmetric: %v vs %v", tc.name, got, back)
		}
		if got.Score < 0 || got.Score > 1 {
			t.Errorf("%s: score %v out of range", tc.name, got.Score)
		}
	}
}

func TestShinglesContainment(t *testing.T) {
	wire := strings.Repeat("The council voted on Monday to extend the program for another three years after a long debate. ", 1) +
		"Officials said the cost would be shared between the city and the region, and that work would start in the autumn. " +
		"Critics argued the plan did too little for the northern districts, where roads have been closed since the floods. " +
		"The mayor said she would present a revised budget next month and hold hearings in every district before the vote."
	copy := "By Staff\n\n" + strings.Replace(wire, "Critics argued", "Some critics argued", 1) + " Related: other news."
	other := "A storm closed the airport on Tuesday, stranding thousands of travellers as airlines cancelled flights across the country for the second day."
	a, b, c := Shingles(wire), Shingles(copy), Shingles(other)
	if len(a) == 0 {
		t.Fatal("no shingles sampled from a paragraph-long text")
	}
	if got := Containment(a, b); got < 0.6 {
		t.Errorf("copy of the wire story: containment %.2f, want ≥ 0.6", got)
	}
	if got := Containment(a, c); got > 0.1 {
		t.Errorf("unrelated story: containment %.2f, want ≈ 0", got)
	}
	if Containment(nil, a) != 0 {
		t.Error("empty sample should contain nothing")
	}
}

func TestPairs(t *testing.T) {
	a := Pairs("As a sign of support, twelve nations have pledged to send engineers to the region")
	b := Pairs("We have today twelve nations who have formally pledged to send engineers")
	c := Pairs("The budget will be balanced next year")
	shared := func(x, y []int64) int {
		n := 0
		for _, p := range x {
			for _, q := range y {
				if p == q {
					n++
				}
			}
		}
		return n
	}
	if shared(a, b) < 2 {
		t.Errorf("two wordings share %d pairs, want ≥ 2", shared(a, b))
	}
	if shared(a, c) != 0 {
		t.Errorf("unrelated texts share %d pairs", shared(a, c))
	}
	if p := Pairs("no"); len(p) != 0 || p == nil {
		t.Errorf("Pairs of one stop word = %v, want an empty, non-nil slice", p)
	}
}
