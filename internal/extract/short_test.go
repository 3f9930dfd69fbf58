package extract

import "testing"

// TestContinuedQuote checks a quotation opening in lower case after a
// parenthetical attribution: it goes on with the clause before the
// attribution, unless that piece cannot head it.
func TestContinuedQuote(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"noun phrase head, quoted predicate",
			"The town's new library, the mayor said, “is the best thing we have built in years.”",
			[]string{"The town's new library, the mayor said, “is the best thing we have built in years.”"}, nil},
		{"clause head, single marks typed twice",
			"While sales are up this year, she said, ''this has done nothing for the workers.''",
			[]string{"While sales are up this year, she said, ''this has done nothing for the workers.''"}, nil},
		{"capitalised quotation stands alone",
			"At the fair on Sunday, the mayor said, “We will rebuild the bridge.”",
			[]string{"“We will rebuild the bridge.”"}, nil},
		{"list item after including",
			"The speech was aimed at his critics, including, he said, “people who never leave the capital.”",
			[]string{"“people who never leave the capital.”"},
			[]string{"The speech was aimed at his critics, including, he said, “people who never leave the capital.”"}},
		{"borrowed phrase after as",
			"The plant has long been seen, as Mayor Ruiz put it, “the heart of the valley.”",
			[]string{"“the heart of the valley.”"},
			[]string{"The plant has long been seen, as Mayor Ruiz put it, “the heart of the valley.”"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}

// TestHyphenTitle checks that a title abbreviation after a hyphenated
// prefix ("then-Sen.") keeps its period and does not end the sentence.
func TestHyphenTitle(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want string
	}{
		{"then-Sen. inside a content", "Critics said the race against then-Sen. Jane Doe was close.",
			"the race against then-Sen. Jane Doe was close"},
		{"ex-Gov. inside a content", "The aide said ex-Gov. Ray Lee would run again.",
			"ex-Gov. Ray Lee would run again"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := contents(extractBody(t, c.in))
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
	for _, w := range []string{"sen", "then-sen", "ex-gov"} {
		if !titleAbbrev(w) {
			t.Errorf("titleAbbrev(%q) = false", w)
		}
	}
	for _, w := range []string{"then", "well-known", "-sen", "next-gen", "yes-or-no"} {
		if titleAbbrev(w) {
			t.Errorf("titleAbbrev(%q) = true", w)
		}
	}
}

// TestPassiveSubject checks that a passive cue's subject opens the
// content and no source is given, except for feelings, hearers and an
// empty "it"; an agent after "by" is the source and leaves the content.
func TestPassiveSubject(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    string
		wantSrc string // "" for no source
	}{
		{"named", "The engineer was named the new director of the port.",
			"The engineer was named the new director of the port", ""},
		{"said to", "Two of the coaches are said to be weighing a move to Denver.",
			"Two of the coaches are said to be weighing a move to Denver", ""},
		{"state of mind keeps its source", "The farmers were convinced that the dam would fail.",
			"that the dam would fail", "The farmers"},
		{"hearer keeps its source", "The farmers were told that the dam would fail.",
			"that the dam would fail", "The farmers"},
		{"agent after by", "The engineer was confirmed as the new director of the port by the mayor.",
			"The engineer was confirmed as the new director of the port", "the mayor"},
		{"a measure after by is no agent", "The engineer was named the new director of the port by a wide margin.",
			"the new director of the port by a wide margin", "The engineer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text != c.want {
					continue
				}
				src := ""
				if q.Mention != nil {
					src = q.Mention.Text
				}
				if src != c.wantSrc {
					t.Errorf("source %q, want %q", src, c.wantSrc)
				}
				return
			}
			t.Errorf("missing %q; got %v", c.want, keys(contents(r)))
		})
	}
}

// TestRaisingSubjectStart checks where the subject of a raising cue
// begins: at a relative pronoun or "what", after a subordinator.
func TestRaisingSubjectStart(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"who", "The panel picked delegates who are expected to back the mayor at the convention.",
			"who are expected to back the mayor at the convention"},
		{"which", "The bill, which the Senate is expected to pass next week, would cut taxes.",
			"which the Senate is expected to pass next week"},
		{"where", "The race moves to Ohio, where Smith is expected to win easily.",
			"Smith is expected to win easily"},
		{"what", "He was jailed for what appears to be a minor error.",
			"what appears to be a minor error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := contents(extractBody(t, c.in))
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}

// TestPassiveInsideCue checks passives whose participle stands inside
// the cue phrase, and adverbs that only look like participles.
func TestPassiveInsideCue(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"best known for", "The bakery is best known for selling rye bread at dawn.",
			"The bakery is best known for selling rye bread at dawn"},
		{"even is no participle", "Mayor Ruiz is even thinking about opening the pool in winter.",
			"opening the pool in winter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := contents(extractBody(t, c.in))
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}
