package extract

import "testing"

// TestMarkdownAttributions checks that markdown and HTML markup pasted
// from a CMS leaves the attributions the words make: a link's text is
// words and its address is not, emphasis marks and tags make no token,
// a block tag breaks the paragraph, and an image's alt text is no prose.
func TestMarkdownAttributions(t *testing.T) {
	for _, c := range []struct {
		in   string
		want [][3]string
	}{
		{"[Councillor Oda Brandt](https://news.example/oda) said the [ferry contract](https://news.example/f) had lapsed.",
			[][3]string{{"the [ferry contract](https://news.example/f) had lapsed", "Councillor Oda Brandt", "said"}}},
		{"“The pier will reopen,” said [Harbour Master Ivo Kess](https://news.example/ivo).",
			[][3]string{{"“The pier will reopen,”", "Harbour Master Ivo Kess", "said"}}},
		{"> “We kept the lights on,” she said.",
			[][3]string{{"“We kept the lights on,”", "she", "said"}}},
		{"**“Nobody told us,”** the foreman said.",
			[][3]string{{"“Nobody told us,”", "the foreman", "said"}}},
		{"_\"Nobody told us,\"_ the foreman said.",
			[][3]string{{"\"Nobody told us,\"", "the foreman", "said"}}},
		{"* “The roof leaks,” a tenant said.",
			[][3]string{{"“The roof leaks,”", "a tenant", "said"}}},
		{"“I am *deeply* sorry,” the landlord said.",
			[][3]string{{"“I am *deeply* sorry,”", "the landlord", "said"}}},
		{"![A flooded lane](https://img.example/lane.jpg) The warden said the lane was closed.",
			[][3]string{{"the lane was closed", "The warden", "said"}}},
		{"<p>“The vote is final,” <em>Brandt</em> said.</p>",
			[][3]string{{"“The vote is final,”", "Brandt", "said"}}},
		{"<p>The warden said the lane was closed.</p><p>“It floods every spring,” he added.</p>",
			[][3]string{{"the lane was closed", "The warden", "said"}, {"“It floods every spring,”", "he", "added"}}},
		{"The warden said the lane was closed.<br>“It floods every spring,” he added.",
			[][3]string{{"the lane was closed", "The warden", "said"}, {"“It floods every spring,”", "he", "added"}}},
		{"The **harbour clerk** said the ferry was late.",
			[][3]string{{"the ferry was late", "The **harbour clerk**", "said"}}},
		{"The clerk said the *ferry was late*.",
			[][3]string{{"the *ferry was late*", "The clerk", "said"}}},
		{"The ferryman said the crossing was late. Read more: Harbour board meets on fares",
			[][3]string{{"the crossing was late", "The ferryman", "said"}}},
		{"The ferryman said the crossing was late. **Related:** [Board meets](https://news.example/b)",
			[][3]string{{"the crossing was late", "The ferryman", "said"}}},
		{"The ferryman said the crossing was late. Photo: Tove Rask", nil},
		{"Harbour board meets on fares. See also the minutes", nil},
		{"**Read more:** The ferryman says the crossing is late.", nil},
		{"## Related: The ferryman said the crossing was late.", nil},
		{"> Sign up for the harbour letter, the editors said.", nil},
		// The next paragraph pasted after a linked headline is prose.
		{"Read more: Harbour board meets on fares. The ferryman said the crossing was late.",
			[][3]string{{"the crossing was late", "The ferryman", "said"}}},
		{"Related: Ferryman says crossing late. See the timetable.", nil},
		// A plural label lists headlines: none of them is prose.
		{"Related stories: Harbour floods again. Ferryman says crossing will stay shut all week.", nil},
		{"Related articles: Fares rise in June. Pilot warns the ferry fleet is too old to sail.", nil},
	} {
		got := bodyQuotes(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}

// TestMarkdownNotMarkup checks signs that look like markup but are prose:
// they stay tokens, and the attribution keeps them.
func TestMarkdownNotMarkup(t *testing.T) {
	for _, c := range []struct {
		in   string
		at   int
		line bool
	}{
		{"the snake_case name", 9, false},
		{"rose 5 * 3 times", 7, false},
		{"a f*ck word", 3, false},
		{"#Harbour trends", 0, true},
		{"costs a > b now", 8, false},
		{"costs x < y now", 8, false},
		{"I <3 it", 2, false},
		{"the mayor [of Avon] said", 10, false},
		{"the [sic] word", 4, false},
		{"the [word](not a link) here", 4, false},
		{"<tweet author=\"@oda\">text</tweet>", 0, true},
		{"<3 hearts", 0, true},
		{"a >b", 2, true},
		{"#", 0, true},
	} {
		if n, _ := markupAt([]rune(c.in), c.at, c.line); n != 0 {
			t.Errorf("%q at %d: read %d runes as markup, want none", c.in, c.at, n)
		}
	}
	for _, c := range []struct {
		in   string
		want [3]string
	}{
		{"The clerk said the snake_case fields [sic] were fine.", [3]string{"the snake_case fields [sic] were fine", "The clerk", "said"}},
		{"The clerk said 5 * 3 was 15 and that #Harbour trended.", [3]string{"5 * 3 was 15 and that #Harbour trended", "The clerk", "said"}},
		{"The clerk said a > b and x < y held.", [3]string{"a > b and x < y held", "The clerk", "said"}},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMarkdownSpeakerName checks that a speaker's name, read from the
// text, drops the link address and tags a mention holds.
func TestMarkdownSpeakerName(t *testing.T) {
	for in, want := range map[string]string{
		"The ferry was late, according to [a memo](https://news.example/m) by the harbour board.": "memo by the harbour board",
		"<p>Clerk <a href=\"https://news.example/k\">Tove Rask</a> said the ferry was late.</p>":  "Clerk Tove Rask",
	} {
		r := extract("Rain fell.\n\n"+in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != want {
			t.Errorf("%q: got %+v, want speaker %q", in, r.Quotes, want)
		}
	}
}

// TestMarkdownLineMarks checks the line-start marks read as markup.
func TestMarkdownLineMarks(t *testing.T) {
	for _, c := range []struct {
		in string
		n  int
	}{
		{"> quoted", 1},
		{">> quoted", 2},
		{">\n> more", 1},
		{"## Heading", 2},
		{"* item", 1},
	} {
		if n, _ := markupAt([]rune(c.in), 0, true); n != c.n {
			t.Errorf("%q: read %d runes as markup, want %d", c.in, n, c.n)
		}
	}
}

// TestMarkdownInvariants checks that spans over markup still point into
// the text as given, including markup cut short at the text's end.
func TestMarkdownInvariants(t *testing.T) {
	for _, s := range []string{
		"[Oda Brandt](https://news.example/oda) said the [ferry](https://news.example/f) had lapsed.",
		"**“Nobody told us,”** said **Oda Brandt**, a clerk.\n\n> “It floods,” she said.\n>\n> ## Read more",
		"<p>“The vote is final,” <em>Brandt</em> said.</p><br/>![x](https://img.example/x.jpg)",
		"Brandt said the ferry [", "Brandt said the ferry [x](", "Brandt said the ferry [x](https://", "said <a href=\"", "said *", "![", "<", "]", "#", ">",
	} {
		checkInvariants(t, s, extract(s, Meta{}))
	}
}
