package extract

import (
	"html"
	"strings"
	"testing"
)

// TestEntities checks that text pasted with HTML character
// references ("&#8217;", "&rsquo;", "&quot;", "&amp;", "&nbsp;") is read as
// the same text with the characters: the same attributions, each span
// the unescaped one's.
func TestEntities(t *testing.T) {
	for _, in := range []string{
		"The mill owner said the town&#8217;s water was safe to drink.",
		"&#8220;We&#8217;re not leaving,&#8221; said Pia Kern, a tenant.",
		"&quot;The fence stays,&quot; the warden said. &quot;It keeps the deer out.&quot;",
		"&ldquo;I don&rsquo;t regret it,&rdquo; the coach told reporters&nbsp;on Sunday.",
		"Crane &amp; Hobb said its quarterly orders had doubled.",
		"The regulator said AT&amp;T had missed the deadline, according to the agency&apos;s filing.",
		"The judge ruled the lease was void &mdash; a blow to the landlord.",
		"Officials said the road&#x2019;s surface had cracked &#8212; again.",
		"Sales rose 4% &amp; costs fell, the grocer said.",
	} {
		plain := strings.ReplaceAll(html.UnescapeString(in), "\u00a0", " ")
		got, want := bodyQuotes(in), bodyQuotes(plain)
		if len(want) == 0 || len(got) != len(want) {
			t.Errorf("%q: got %q, want the unescaped text's %q", in, got, want)
			continue
		}
		for i := range got {
			for j := 0; j < 3; j++ {
				if g := strings.ReplaceAll(html.UnescapeString(got[i][j]), "\u00a0", " "); g != want[i][j] {
					t.Errorf("%q: got %q, want the unescaped text's %q", in, got, want)
				}
			}
		}
	}
}

// TestNoEntity checks that an ampersand that starts no reference
// the tokenizer knows is an ordinary sign: unknown names, a missing
// semicolon, a reference to a letter.
func TestNoEntity(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		char rune
	}{
		{"&amp;", 5, '&'},
		{"&#8217;s", 7, '’'},
		{"&#X201D;", 8, '”'},
		{"&nbsp;", 6, '\u00a0'},
		{"&copy;", 0, 0},
		{"&#65;", 0, 0},
		{"&#;", 0, 0},
		{"&#x;", 0, 0},
		{"&amp", 0, 0},
		{"& amp;", 0, 0},
		{"&#99999999;", 0, 0},
		{"R&D;", 0, 0},
		{"&verylongname;", 0, 0},
	} {
		n, ch := htmlEntity([]rune(c.in), 0)
		if n != c.n || ch != c.char {
			t.Errorf("%q: got %d %q, want %d %q", c.in, n, ch, c.n, c.char)
		}
	}
	for _, c := range []struct{ in, content, source string }{
		{"The R&D chief said the lab would close; staff were told on Monday.", "the lab would close", "The R&D chief"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestDoubleEncoded checks that curly marks whose UTF-8 bytes
// were decoded again as Windows-1252 ("â€œ…â€", "â€™") or Latin-1 read as
// the marks: the same attributions as the clean text, each span the
// clean one's.
func TestDoubleEncoded(t *testing.T) {
	for _, clean := range []string{
		"“The bridge is safe,” the county engineer said.",
		"“We’re not leaving,” said Pia Kern, a tenant. “Not this winter.”",
		"The ferry operator said the harbour’s dredging was “long overdue.”",
		"“I don’t regret it,” the skipper told reporters.",
		"The warden said the fence would stay — and that the deer were to blame.",
	} {
		for _, enc := range []string{"windows-1252", "latin-1"} {
			in := redecode(clean, enc == "latin-1")
			got, want := bodyQuotes(in), bodyQuotes(clean)
			if len(want) == 0 || len(got) != len(want) {
				t.Errorf("%s %q: got %q, want the clean text's %q", enc, in, got, want)
				continue
			}
			for i := range got {
				for j := 0; j < 3; j++ {
					if g := cleanMoji(got[i][j]); g != want[i][j] {
						t.Errorf("%s %q: got %q, want the clean text's %q", enc, in, got, want)
					}
				}
			}
		}
	}
	// "â" in a word, or before a sign it does not make a mark with, is a
	// letter.
	for _, c := range []struct {
		in   string
		n    int
		char rune
	}{
		{"â€œ", 3, '“'},
		{"â€ he", 2, '”'},
		{"â€,", 2, '”'},
		{"â€s", 0, 0},
		{"âge", 0, 0},
		{"â", 0, 0},
	} {
		n, ch := mojiMark([]rune(c.in), 0)
		if n != c.n || ch != c.char {
			t.Errorf("%q: got %d %q, want %d %q", c.in, n, ch, c.n, c.char)
		}
	}
	got := bodyQuotes("The château’s owner said the pâté was “the best in Périgord.”")
	if len(got) != 1 || got[0][1] != "The château’s owner" || got[0][0] != "the pâté was “the best in Périgord.”" {
		t.Errorf("got %q", got)
	}
}

// redecode writes s as UTF-8 read back one byte a character, in
// Windows-1252 (whose 0x9D is no character and is dropped) or Latin-1.
func redecode(s string, latin1 bool) string {
	cp := map[byte]rune{0x80: '€', 0x93: '“', 0x94: '”', 0x98: '˜', 0x99: '™', 0x9C: 'œ'}
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case c < 0x80 || c >= 0xA0 || latin1:
			b.WriteRune(rune(c))
		case cp[c] != 0:
			b.WriteRune(cp[c])
		}
	}
	return b.String()
}

// cleanMoji undoes redecode on a span.
func cleanMoji(s string) string {
	r := []rune(s)
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		if n, c := mojiMark(r, i); n > 0 {
			b.WriteRune(c)
			i += n - 1
			continue
		}
		b.WriteRune(r[i])
	}
	return b.String()
}
