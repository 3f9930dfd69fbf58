package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Helpers shared by the test files of several mechanisms: case types and
// the checks that run them. Helpers one file uses stay in that file.

// fixrevCase is one sentence checked for the contents it must and must
// not give, and for source mentions and cues it must not give.
type fixrevCase struct {
	name        string
	in          string
	want        []string // contents that must appear
	notWant     []string // contents that must not appear
	notMentions []string // source mentions that must not appear
	notCues     []string // cue texts that must not appear
}

func checkFixrev(t *testing.T, cases []fixrevCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			checkContents(t, r, c.want, c.notWant)
			for _, q := range r.Quotes {
				for _, m := range c.notMentions {
					if q.Mention != nil && q.Mention.Text == m {
						t.Errorf("unexpected source %q for %q", m, q.Text)
					}
				}
				for _, cue := range c.notCues {
					if q.Cue != nil && q.Cue.Text == cue {
						t.Errorf("unexpected cue %q for %q", cue, q.Text)
					}
				}
			}
		})
	}
}

// speakerCase names the speaker (and optionally title) expected for the
// quote whose text holds content.
type speakerCase struct {
	name, in, content, speaker, title string
	kind                              SpeakerKind // checked when set
}

func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, true)
			if q.Speaker.Name != c.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker.Name, c.speaker)
			}
			if c.title != "" && q.Speaker.Title != c.title {
				t.Errorf("title %q, want %q", q.Speaker.Title, c.title)
			}
			if c.kind != "" && q.Speaker.Kind != c.kind {
				t.Errorf("kind %q, want %q", q.Speaker.Kind, c.kind)
			}
		})
	}
}

// pairCase is a sentence and the (content, source mention) pairs its
// quotes must have.
type pairCase struct {
	name string
	in   string
	want [][2]string
}

// checkPairCases runs checkQuotePairs on each case as a subtest.
func checkPairCases(t *testing.T, cases []pairCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// srcCase is one sentence and the single attribution it must give:
// content and source.
type srcCase struct{ in, content, source string }

// checkSrcCases checks each srcCase.
func checkSrcCases(t *testing.T, cs []srcCase) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// checkNoAttr checks that nothing is attributed in each sentence.
func checkNoAttr(t *testing.T, ins []string) {
	t.Helper()
	for _, in := range ins {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// cueCase is one sentence and the single attribution it must give:
// content, source ("" for none) and cue ("" for any).
type cueCase struct{ in, content, source, cue string }

// checkCueCases checks each cueCase.
func checkCueCases(t *testing.T, cs []cueCase) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// resolvedCase is one sentence and the single attribution it must give:
// content, source and resolved speaker.
type resolvedCase struct{ in, content, source, speaker string }

// checkResolvedCases checks each resolvedCase.
func checkResolvedCases(t *testing.T, cs []resolvedCase) {
	t.Helper()
	for _, c := range cs {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 {
			t.Errorf("%q: got %d attributions, want 1", c.in, len(r.Quotes))
			continue
		}
		q, m := r.Quotes[0], ""
		if q.Mention != nil {
			m = q.Mention.Text
		}
		if q.Text != c.content || m != c.source || q.Speaker.Name != c.speaker {
			t.Errorf("%q: got %q / %q / %q, want %q / %q / %q", c.in, q.Text, m, q.Speaker.Name, c.content, c.source, c.speaker)
		}
	}
}

// extractBody extracts in as the body of an article, after a headline and
// an intro paragraph (so that no rule for first lines applies), and checks
// the invariants.
func extractBody(t *testing.T, in string) Result {
	t.Helper()
	text := "Headline\n\nIntro.\n\n" + in
	r := extract(text, Meta{Published: "2025-09-04"})
	checkInvariants(t, text, r)
	return r
}

// bodyQuotes extracts text after a title paragraph (a lone sentence
// is read as a headline) and returns its attributions' content, source
// and cue texts.
func bodyQuotes(text string) [][3]string {
	r := extract("Rain fell.\n\n"+text, Meta{Published: "2025-09-04"})
	var out [][3]string
	for _, q := range r.Quotes {
		m, c := "", ""
		if q.Mention != nil {
			m = q.Mention.Text
		}
		if q.Cue != nil {
			c = q.Cue.Text
		}
		out = append(out, [3]string{q.Text, m, c})
	}
	return out
}

// quoteWhere extracts text, checks the invariants and returns the first
// quote whose text is content, or holds it when holds is set; the test
// stops when there is none.
func quoteWhere(t *testing.T, text, content string, holds bool) Quote {
	t.Helper()
	r := extract(text, Meta{Published: "2025-09-04"})
	checkInvariants(t, text, r)
	for _, q := range r.Quotes {
		if q.Text == content || holds && strings.Contains(q.Text, content) {
			return q
		}
	}
	t.Fatalf("no quote is or holds %q: %+v", content, r.Quotes)
	return Quote{}
}

// mentionText is q's source mention, or "" when it has none.
func mentionText(q Quote) string {
	if q.Mention == nil {
		return ""
	}
	return q.Mention.Text
}

func quoteSummary(r Result) [][2]string {
	var out [][2]string
	for _, q := range r.Quotes {
		src := ""
		if q.Mention != nil {
			src = q.Mention.Text
		}
		out = append(out, [2]string{q.Text, src})
	}
	return out
}

// checkInvariants verifies what every caller relies on: spans index the
// text in code points and their texts match.
func checkInvariants(t *testing.T, text string, r Result) {
	t.Helper()
	rs := []rune(text)
	span := func(what string, s, e int, got string) {
		if s < 0 || e > len(rs) || s > e {
			t.Fatalf("%s span [%d,%d) outside text of %d code points", what, s, e, len(rs))
		}
		if string(rs[s:e]) != got {
			t.Fatalf("%s text %q != span %q", what, got, string(rs[s:e]))
		}
	}
	for _, q := range r.Quotes {
		span("quote", q.Start, q.End, q.Text)
		for _, f := range q.Fragments {
			if f[0] < q.Start || f[1] > q.End || f[0] > f[1] {
				t.Fatalf("fragment %v outside quote [%d,%d)", f, q.Start, q.End)
			}
		}
		if q.Mention != nil {
			span("mention", q.Mention.Start, q.Mention.End, q.Mention.Text)
			if strings.HasSuffix(q.Mention.Text, ",") {
				t.Errorf("mention %q ends in a comma", q.Mention.Text)
			}
		}
		if q.Cue != nil {
			span("cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
	}
}

// corpus loads the fixed benchmark articles (PolNeAR train texts).
func corpus(tb testing.TB) []string {
	tb.Helper()
	names, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no corpus: %v", err)
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// contents is the set of content texts in r.
func contents(r Result) map[string]bool {
	got := map[string]bool{}
	for _, q := range r.Quotes {
		got[q.Text] = true
	}
	return got
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// checkContents reports the contents of want that r lacks and those of
// notWant that it has.
func checkContents(t *testing.T, r Result, want, notWant []string) {
	t.Helper()
	got := contents(r)
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, keys(got))
		}
	}
	for _, w := range notWant {
		if got[w] {
			t.Errorf("unexpected %q", w)
		}
	}
}

// contentsCase is one sentence with the contents it must and must not
// yield.
type contentsCase struct {
	name, text    string
	want, notWant []string
}

// checkContentCases runs checkContents on each case as a subtest.
func checkContentCases(t *testing.T, cases []contentsCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}

// cueContentCase: the quote whose cue is cue must have this content.
type cueContentCase struct {
	name, in, cue, content string
}

func checkCueContents(t *testing.T, cases []cueContentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					if q.Text != c.content {
						t.Errorf("content %q, want %q", q.Text, c.content)
					}
					return
				}
			}
			t.Errorf("no quote with cue %q: %+v", c.cue, r.Quotes)
		})
	}
}

// noContentCase names a sentence and a content no quote may have.
type noContentCase struct{ name, in, content string }

// checkNoContents fails when a quote of c.in has the text c.content.
func checkNoContents(t *testing.T, cases []noContentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "Headline\n\n" + c.in
			r := extract(text, Meta{Published: "2025-09-04"})
			checkInvariants(t, text, r)
			for _, q := range r.Quotes {
				if q.Text == c.content {
					t.Errorf("unwanted quote %+v", q)
				}
			}
		})
	}
}

// contentSourceCase: a quote with this content must exist with source src,
// or, where src is empty, must not exist at all.
type contentSourceCase struct {
	name, in string
	content  string
	src      string
}

// lastQuote returns the last quote of r whose text is text, or nil.
func lastQuote(r Result, text string) *Quote {
	var found *Quote
	for i, q := range r.Quotes {
		if q.Text == text {
			found = &r.Quotes[i]
		}
	}
	return found
}

func checkContentSources(t *testing.T, cases []contentSourceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			found := lastQuote(r, c.content)
			switch {
			case c.src == "" && found != nil:
				t.Errorf("unwanted quote %q (quotes %+v)", c.content, r.Quotes)
			case c.src != "" && found == nil:
				t.Errorf("no quote %q (quotes %+v)", c.content, r.Quotes)
			case c.src != "" && (found.Mention == nil || found.Mention.Text != c.src):
				t.Errorf("quote %q has source %+v, want %q", c.content, found.Mention, c.src)
			}
		})
	}
}

// cuePresenceCase is a sentence, a cue text and whether some quote of
// the sentence must carry that cue.
type cuePresenceCase struct {
	name, in, cue string
	want          bool
}

// checkCuePresence checks each case's cue is there or not, as wanted.
func checkCuePresence(t *testing.T, cases []cuePresenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			got := false
			for _, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("cue %q found %v, want %v: %+v", c.cue, got, c.want, r.Quotes)
			}
		})
	}
}

// hasContentFrom says whether r holds a quote whose text is content and
// whose source mention is source.
func hasContentFrom(r Result, content, source string) bool {
	for _, q := range r.Quotes {
		if q.Text == content && q.Mention != nil && q.Mention.Text == source {
			return true
		}
	}
	return false
}

// mentionCase is a sentence, a substring of the quote it holds and the
// source mention that quote should carry ("" for none).
type mentionCase struct {
	name    string
	in      string
	content string // a substring of the quote the mention belongs to
	mention string
}

// checkMentions extracts each case under a headline and checks the
// mention of the first quote holding its content.
func checkMentions(t *testing.T, cases []mentionCase) {
	t.Helper()
	checkMentionsAfter(t, "Headline\n\n", cases)
}

// checkMentionsAfter is checkMentions with each case's text after prefix
// ("" makes its first paragraph the headline).
func checkMentionsAfter(t *testing.T, prefix string, cases []mentionCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := mentionText(quoteWhere(t, prefix+c.in, c.content, true)); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
		})
	}
}

// fixCase is a report whose mention and resolved speaker name are
// checked together: the name must come from the mention's words.
type fixCase struct {
	name    string
	in      string
	content string // a substring of the quote to check
	mention string
	speaker string
}

func checkFixCases(t *testing.T, cases []fixCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, true)
			if got := mentionText(q); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
			if q.Speaker.Name != c.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker.Name, c.speaker)
			}
		})
	}
}

// checkNotMentions checks that the mention of the quote holding content
// is not the fragment bad.
func checkNotMentions(t *testing.T, cases []mentionCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, true)
			if got := mentionText(q); got == c.mention {
				t.Errorf("mention %q, want another", got)
			}
			if q.Speaker.Name == c.mention {
				t.Errorf("speaker %q, want another", q.Speaker.Name)
			}
		})
	}
}

// checkQuoteMention checks that text yields a quote whose text is quote,
// and that each such quote has the source mention.
func checkQuoteMention(t *testing.T, text, quote, mention string) {
	t.Helper()
	found := false
	for _, q := range extract(text, Meta{}).Quotes {
		if q.Text != quote {
			continue
		}
		found = true
		if q.Mention == nil || q.Mention.Text != mention {
			t.Errorf("%q: source %+v, want %q", quote, q.Mention, mention)
		}
	}
	if !found {
		t.Errorf("no quote %q in %q", quote, text)
	}
}

// quoteCase is a sentence, a content one of its quotes must have with
// that quote's source mention (no check when quote is ""), and contents
// no quote may have.
type quoteCase struct {
	name, text, quote, mention string
	notWant                    []string
}

// checkQuoteCases checks each quoteCase as a subtest.
func checkQuoteCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.quote != "" {
				checkQuoteMention(t, c.text, c.quote, c.mention)
			}
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// quoteMentionCase names a sentence, a content one of its quotes must
// have, and that quote's mention ("" for none).
type quoteMentionCase struct{ name, in, content, mention string }

// checkQuoteMentions checks each case's quote and its mention.
func checkQuoteMentions(t *testing.T, cases []quoteMentionCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, false)
			if got := mentionText(q); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
		})
	}
}

// checkNoWhoSource says that no quote of any of texts, each after a
// headline, has "who" as its source mention, and that every result
// keeps the invariants.
func checkNoWhoSource(t *testing.T, texts ...string) {
	t.Helper()
	for _, in := range texts {
		full := "Headline\n\n" + in
		r := extract(full, Meta{Published: "2025-09-04"})
		checkInvariants(t, full, r)
		for _, q := range r.Quotes {
			if q.Mention != nil && q.Mention.Text == "who" {
				t.Errorf("%q: quote %q has source \"who\"", in, q.Text)
			}
		}
	}
}

// checkUnsourced wants quote found in text with no source mention.
func checkUnsourced(t *testing.T, text, quote string) {
	t.Helper()
	for _, q := range extract(text, Meta{}).Quotes {
		if q.Text == quote {
			if q.Mention != nil {
				t.Errorf("%q: source %q, want none", quote, q.Mention.Text)
			}
			return
		}
	}
	t.Errorf("no quote %q in %q", quote, text)
}

// checkQuotePairs extracts the article body in and checks that its
// quotes are exactly want, in order: content text and mention text, ""
// for a quote without a mention.
func checkQuotePairs(t *testing.T, in string, want [][2]string) {
	t.Helper()
	r := extractBody(t, in)
	if len(r.Quotes) != len(want) {
		t.Fatalf("got %d quotes, want %d: %+v", len(r.Quotes), len(want), r.Quotes)
	}
	for i, w := range want {
		q := r.Quotes[i]
		if q.Text != w[0] {
			t.Errorf("text %q, want %q", q.Text, w[0])
		}
		if m := mentionText(q); m != w[1] || w[1] != "" && q.Mention == nil {
			t.Errorf("mention %+v, want %q", q.Mention, w[1])
		}
	}
}

// cueObjectCase: in, as an article's body, yields content from mention
// with cue; "" content: no attribution with this cue; "" mention: none.
type cueObjectCase struct {
	name, in         string
	content, mention string
	cue              string
}

// checkCueObjects checks the attribution each case's cue makes.
func checkCueObjects(t *testing.T, cases []cueObjectCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			var got *Quote
			for i, q := range r.Quotes {
				if q.Cue != nil && q.Cue.Text == c.cue {
					got = &r.Quotes[i]
				}
			}
			if c.content == "" {
				if got != nil {
					t.Fatalf("unexpected attribution %q (cue %q)", got.Text, c.cue)
				}
				return
			}
			if got == nil {
				t.Fatalf("no attribution with cue %q in %+v", c.cue, r.Quotes)
			}
			if got.Text != c.content {
				t.Errorf("content %q, want %q", got.Text, c.content)
			}
			switch {
			case c.mention == "" && got.Mention != nil:
				t.Errorf("mention %q, want none", got.Mention.Text)
			case c.mention != "" && (got.Mention == nil || got.Mention.Text != c.mention):
				t.Errorf("mention %+v, want %q", got.Mention, c.mention)
			}
		})
	}
}

// relCase is one sentence with attributions it must give (content and
// source mention) and ones it must not.
type relCase struct {
	name, in string
	want     [][2]string // content, source mention
	notWant  [][2]string // content or source ("" matches any)
}

func runRelCases(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			full := "Headline\n\n" + c.in
			r := extract(full, Meta{Published: "2025-09-04"})
			checkInvariants(t, full, r)
			has := func(p [2]string) bool {
				for _, q := range r.Quotes {
					src := ""
					if q.Mention != nil {
						src = q.Mention.Text
					}
					if (p[0] == "" || q.Text == p[0]) && (p[1] == "" || src == p[1]) {
						return true
					}
				}
				return false
			}
			for _, p := range c.want {
				if !has(p) {
					t.Errorf("missing content %q source %q in %+v", p[0], p[1], quoteSummary(r))
				}
			}
			for _, p := range c.notWant {
				if has(p) {
					t.Errorf("unwanted content %q source %q in %+v", p[0], p[1], quoteSummary(r))
				}
			}
		})
	}
}

// lastSpeaker is a text and the speaker its last attribution must name.
type lastSpeaker struct{ in, speaker string }

// checkLastSpeakers extracts lead+in for each case and checks the
// speaker of its last attribution.
func checkLastSpeakers(t *testing.T, lead string, cases []lastSpeaker) {
	t.Helper()
	for _, c := range cases {
		r := extract(lead+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) == 0 || r.Quotes[len(r.Quotes)-1].Speaker.Name != c.speaker {
			t.Errorf("%q: got %+v, want last speaker %q", c.in, r.Quotes, c.speaker)
		}
	}
}
