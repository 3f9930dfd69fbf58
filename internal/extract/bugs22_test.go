package extract

import "testing"

// TestPercentShareBack covers a share read back from "percent" when a
// lexicon learned "percent" as a head noun: the number and the quantity
// words before it stay in the phrase.
func TestPercentShareBack(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"About 9 percent said they would stay home.", "About 9 percent"},
		{"Some 30 percent said no.", "Some 30 percent"},
		{"Only 12 percent said yes.", "Only 12 percent"},
		{"But 15 percent said so.", "15 percent"},
	}
	for _, c := range cases {
		for _, learned := range []bool{true} {
			d := newDoc(c.text)
			j := -1
			for k := range d.toks {
				if d.lw(k) == "percent" {
					j = k
				}
			}
			if learned {
				d.toks[j].cls |= wcHeadNoun
			}
			b := d.npBack(j, 0)
			if b < 0 {
				t.Errorf("%q (learned %v): no phrase", c.text, learned)
				continue
			}
			if got := string(d.r[d.toks[b].s:d.toks[j].e]); got != c.want {
				t.Errorf("%q (learned %v): got %q, want %q", c.text, learned, got, c.want)
			}
		}
	}
}

// TestFollowingLead covers a lead that announces a text after a colon:
// the phrase "the following …" is no content, the text after it is,
// and it keeps the lead's source. A "following" phrase without a colon
// is left alone.
func TestFollowingLead(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
		notWant                    []string
	}{
		{
			name:    "describes itself in the following way",
			text:    "The guild describes itself in the following way:\n\n“We train ferry pilots for the whole coast.”",
			quote:   "“We train ferry pilots for the whole coast.”",
			mention: "The guild",
			notWant: []string{"itself in the following way", "the following way"},
		},
		{
			name:    "issued the following statement",
			text:    "The harbor board issued the following statement:\n\n“The pier will reopen in May.”",
			quote:   "“The pier will reopen in May.”",
			mention: "The harbor board",
			notWant: []string{"the", "the following statement"},
		},
		{
			name:    "the following day is a time, not a lead",
			text:    "The mayor said the following day that she would run.",
			quote:   "that she would run",
			mention: "The mayor",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuoteMention(t, c.text, c.quote, c.mention)
			checkContents(t, extract(c.text, Meta{}), nil, c.notWant)
		})
	}
}

// TestOneSingularSubject covers "one" with a singular noun the lexicon
// may not know as a head, as the subject of a report; a time phrase
// ("one day") is no source.
func TestOneSingularSubject(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
	}{
		{name: "as one pilot told reporters", text: `As one pilot told reporters, "The ferry is late every day."`, quote: `"The ferry is late every day."`, mention: "one pilot"},
		{name: "as one deckhand said", text: `As one deckhand said, "The pier is too short."`, quote: `"The pier is too short."`, mention: "one deckhand"},
		{name: "one with a modifier", text: `One sweeping inquiry asked whether the board would resign.`, quote: "whether the board would resign", mention: "One sweeping inquiry"},
		{name: "one day is a time", text: `One day, the mayor said the pier would open.`, quote: "the pier would open", mention: "the mayor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuoteMention(t, c.text, c.quote, c.mention)
		})
	}
}

// TestDemonstrativeSubject covers "That"/"This" with a lower-case noun
// opening a clause as its subject ("That person said …"); before a name
// or lower in the sentence "that" stays a complementizer.
func TestDemonstrativeSubject(t *testing.T) {
	cases := []struct {
		name, text, quote, mention string
	}{
		{"that person after a named source", "The ferry will stop, a source close to the board said. That person said the vote was set.", "the vote was set", "That person"},
		{"this official", "This official said the pier would close.", "the pier would close", "This official"},
		{"complementizer after the verb", "He said that person was wrong.", "that person was wrong", "He"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuoteMention(t, c.text, c.quote, c.mention)
		})
	}
	r := extract("That Holm said so is telling.", Meta{})
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text == "That Holm" {
			t.Errorf("complementizer read as a determiner: %q", q.Mention.Text)
		}
	}
}

// TestRelativeThatSource covers a say verb after a relative "that" whose
// clause has no subject reading of its own: the pronoun is the source,
// not the whole clause before it; a complementizer "that" after the cue
// is left alone.
func TestRelativeThatSource(t *testing.T) {
	checkQuoteMention(t, "Pilots penned letters that said he was a fraud.", "he was a fraud", "that")
	checkQuoteMention(t, "Officials said that they were done.", "that they were done", "Officials")
}

// TestElidedYear covers a single mark eliding a year's century ("in
// ‘08"): it is no opening quotation mark, so the clause after it is read;
// a quotation that opens with two digits and closes later keeps its
// marks.
func TestElidedYear(t *testing.T) {
	for _, mark := range []string{"‘", "'", "’"} {
		text := "Rep. Jane Holm (D-Ga.) said in " + mark + "08 that the early support of white voters threw old assumptions into doubt. “It ends the ‘blame game’ for good,” she said."
		checkQuoteMention(t, text, "that the early support of white voters threw old assumptions into doubt", "Rep. Jane Holm (D-Ga.)")
	}
	d := newDoc("‘20 years is enough,’ the mayor said.")
	if d.toks[0].kind == tkWord {
		t.Errorf("opening mark of a quotation dropped: first token %q", d.lw(0))
	}
	if elidedYear([]rune("the 1908 pier"), 4) {
		t.Errorf("a digit is no mark")
	}
}

// TestFrontedAdverbialName covers a name set off by commas after an
// opening adverbial ("After winning Ohio, John Kasich, said"): the name
// alone is the source; after "as" the phrase describes the name and
// stays.
func TestFrontedAdverbialName(t *testing.T) {
	checkQuoteMention(t, "After winning Maine, Jane Holm, said she would stay in the race.", "she would stay in the race", "Jane Holm")
	checkQuoteMention(t, "A harbor pilot for ten years, Jane Holm, said she would stay.", "she would stay", "A harbor pilot for ten years, Jane Holm")
}

// TestPartyTagComma covers a stray comma between a name's party tag and
// its verb: the tagged name is the source when it opens the sentence or
// follows an opening adverbial; after a noun phrase it is that phrase's
// apposition and no source of its own.
func TestPartyTagComma(t *testing.T) {
	checkQuoteMention(t, "After the vote in the harbor town, Sen. Jane Holm (D-MA), said, “We will win this state.”", "“We will win this state.”", "Sen. Jane Holm (D-MA)")
	checkQuoteMention(t, "Sen. Jane Holm (D-MA), said she would run.", "she would run", "Sen. Jane Holm (D-MA)")
	r := extract("The month in which the party's nominee, Sen. Jane Holm (D-MA), promised a new pier is over.", Meta{})
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text == "Sen. Jane Holm (D-MA)" {
			t.Errorf("apposition read as a source: %q", q.Text)
		}
	}
}
