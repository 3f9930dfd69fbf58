package extract

import (
	"html"
	"strings"
	"testing"
)

// TestProbe14bEntities checks that text pasted with HTML character
// references ("&#8217;", "&rsquo;", "&quot;", "&amp;", "&nbsp;") is read as
// the same text with the characters: the same attributions, each span
// the unescaped one's.
func TestProbe14bEntities(t *testing.T) {
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

// TestProbe14bNoEntity checks that an ampersand that starts no reference
// the tokenizer knows is an ordinary sign: unknown names, a missing
// semicolon, a reference to a letter.
func TestProbe14bNoEntity(t *testing.T) {
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

// TestProbe14bDoubleEncoded checks that curly marks whose UTF-8 bytes
// were decoded again as Windows-1252 ("â€œ…â€", "â€™") or Latin-1 read as
// the marks: the same attributions as the clean text, each span the
// clean one's.
func TestProbe14bDoubleEncoded(t *testing.T) {
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

// TestProbe14bSignOff checks that a short paragraph closed by a wire
// sign-off on the same line is still prose, and that a photo credit after
// a sentence still makes a caption.
func TestProbe14bSignOff(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"The ferry company said crossings would resume. (Reporting by Ivo Tan; Editing by Rhea Moss)", "crossings would resume", "The ferry company"},
		{"\u201cThe pier is closed,\u201d the harbourmaster said. (Additional reporting by Ivo Tan in Bergen)", "\u201cThe pier is closed,\u201d", "the harbourmaster"},
		{"Orders fell 3 percent, the trade body said. (Writing by Ivo Tan)", "Orders fell 3 percent", "the trade body"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	for _, in := range []string{
		"Ivo Tan, who says he will sail again, waves from the deck. (Photo by Rhea Moss/AFP)",
		"The Reporting Desk (Reporting Unit)",
		"Sailors (Reporting for duty)",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// TestProbe14bLabelExchange checks that a question and its answer under
// upper-case labels are a transcript though neither name recurs, and that
// a run of place labels without a question is not.
func TestProbe14bLabelExchange(t *testing.T) {
	got := bodyQuotes("HALVERSON: Will the levy pass this spring?\n\nOKAFOR: Only if the farmers back it.")
	if len(got) != 2 || got[0][1] != "HALVERSON" || got[1][1] != "OKAFOR" || got[1][0] != "Only if the farmers back it" {
		t.Errorf("got %q, want two turns under HALVERSON and OKAFOR", got)
	}
	for _, in := range []string{
		"LIMA: Heavy rain closed the coastal road overnight.\n\nQUITO: The airport reopened after the ash cloud passed.",
		"HALVERSON: Will the levy pass this spring?",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// TestProbe14bNoPeriod checks that "no." ends a sentence unless a number
// follows ("No. 42"), so a report ending in "vote no." keeps no stop and
// the next sentence is read on its own.
func TestProbe14bNoPeriod(t *testing.T) {
	got := bodyQuotes("The alderman told the board he would vote no. Then she said the vote was rigged.")
	if len(got) != 2 || got[0][0] != "he would vote no" || got[1][0] != "the vote was rigged" || got[1][1] != "she" {
		t.Errorf("got %q, want \"he would vote no\" and \"the vote was rigged\" under she", got)
	}
	for _, in := range []string{"The ordinance, No. 17, was repealed, the clerk said.", "The ordinance, no. 17, was repealed, the clerk said."} {
		got := bodyQuotes(in)
		if len(got) != 1 || !strings.Contains(got[0][0], "o. 17, was repealed") {
			t.Errorf("%q: got %q, want one report holding the number", in, got)
		}
	}
}

// TestProbe14bAgencyDateline checks that a dateline in ordinary case
// with its agency in parentheses and a dash ("Lyon (AFP) -") is no part
// of the first sentence's content, and that a parenthesis after a
// subject without a dash is no dateline.
func TestProbe14bAgencyDateline(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Lyon (AFP) - The bakers will strike on Monday, their union said.", "The bakers will strike on Monday", "their union"},
		{"Porto Alegre, Brazil (Reuters) \u2014 The river has crested, the mayor said.", "The river has crested", "the mayor"},
		{"Ghent (AFP) \u2013 \u201cWe are ready,\u201d the organisers said.", "\u201cWe are ready,\u201d", "the organisers"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	d := newDoc("Rain fell.\n\nThe Lyon bakers (AFP members) - all of them - will strike, the union said.")
	p := &d.paras[1]
	if k := d.agencyDateline(p, p.ts); k != p.ts {
		t.Errorf("agencyDateline took %d tokens of a subject", k-p.ts)
	}
}
