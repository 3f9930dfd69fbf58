package extract

import (
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "“", "\"\"\"", "''", "“a,” b said. “c", "X said: “", "according to",
		"“We will build the bridge,” Jane Doe said.",
		"The road would not be rebuilt “before the spring”, the Dutch minister said.",
		"Speaking Tuesday in Lisbon, Victor Hale met the press, adding that more work was needed.",
		"KYIV, Ukraine (AP) — Lee said “x\n\n“y” z.",
		"\xff\xfe“said\xc3", "U.S. said. Mr. said “ ’s ‘ ’",
	} {
		f.Add(s)
	}
	for _, s := range corpus(f)[:3] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := extract(text, Meta{Published: "2025-09-04", URL: "https://example.com/a"})
		if !utf8.ValidString(text) {
			// Offsets still count code points of []rune(text).
			text = string([]rune(text))
		}
		checkInvariants(t, text, r)
	})
}

func TestCorpusInvariants(t *testing.T) {
	total := 0
	for _, s := range corpus(t) {
		r := extract(s, Meta{})
		checkInvariants(t, s, r)
		total += len(r.Quotes)
	}
	if total < 100 {
		t.Errorf("only %d quotes in the corpus", total)
	}
}

func TestDeterministic(t *testing.T) {
	for _, s := range corpus(t)[:5] {
		a, b := extract(s, Meta{}), extract(s, Meta{})
		if len(a.Quotes) != len(b.Quotes) || a.Outlet != b.Outlet {
			t.Fatal("two runs differ")
		}
		for i := range a.Quotes {
			if a.Quotes[i].Text != b.Quotes[i].Text || a.Quotes[i].Speaker != b.Quotes[i].Speaker {
				t.Fatal("two runs differ")
			}
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	docs := corpus(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		Extract(docs[n%len(docs)], Meta{Published: "2016-01-01"})
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
