package extract

import "testing"

// TestContentStart checks where a content starts when an adverb or a
// comma-set aside stands between the cue and it: PolNeAR starts the
// content after the adverb ("stated grimly that …") and after the aside
// ("described, in loving detail, a menu …"). Look-alikes keep their
// first words: a pronoun "that", a lone comment adverb, a subordinate
// clause, an aside before a quotation.
func TestContentStart(t *testing.T) {
	cases := []contentSourceCase{
		// An adverb before a that-clause is no part of the content.
		{"ly adverb before that",
			"The treasurer stated grimly that the fund would run dry by winter.",
			"that the fund would run dry by winter", "The treasurer"},
		{"only before that",
			"The landlord replied only that the repairs were on schedule.",
			"that the repairs were on schedule", "The landlord"},
		{"instead before that and a quotation",
			"The skipper answered instead that “the tide decides, not me.”",
			"that “the tide decides, not me.”", "The skipper"},
		{"just that is a pronoun",
			"The harbor master proposed just that in 2019.",
			"just that in 2019", "The harbor master"},
		{"an ly verb is the cue's",
			"The baker would imply that the oven was broken.",
			"that the oven was broken", "The baker"},

		// An aside set off by commas after the cue is no part of it.
		{"prepositional aside before an object",
			"The chef described, in loving detail, a menu of twelve courses.",
			"a menu of twelve courses", "The chef"},
		{"aside before an object with a relative clause",
			"The pilot recalled, for once without notes, the storm that nearly downed his plane.",
			"the storm that nearly downed his plane", "The pilot"},
		{"adverb phrase before an infinitive",
			"The tenant refused, apparently on principle, to pay the new fee.",
			"to pay the new fee", "The tenant"},
		{"lone comment adverb stays",
			"The poet said, frankly, the prize was rigged.",
			"frankly, the prize was rigged", "The poet"},
		{"subordinate clause stays",
			"The farmer said, if pressed, he would sell the land.",
			"if pressed, he would sell the land", "The farmer"},
		{"as clause stays",
			"The gardener explained, as usual, the roses needed sun.",
			"as usual, the roses needed sun", "The gardener"},
		{"aside before a later quotation",
			"The widow said, in reference to her late husband, a sailor lost at sea, “He loved this town.”",
			"“He loved this town.”", "The widow"},
	}
	checkContentSources(t, cases)
}

// TestParenQuoteStart checks that a quotation with its attribution inside
// a parenthesis in mid-sentence is the content alone, not the sentence
// up to it, and that a quotation opening a sentence keeps its reading.
func TestParenQuoteStart(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"inverted wrote inside a parenthesis", "The fare rise prompted some blowback from riders (“We pay enough already,” wrote Ed Moss, a commuter in Salem, on the forum), and the council will likely hear more.",
			[]string{"“We pay enough already,”"}, []string{"The fare rise prompted some blowback from riders (“We pay enough already,”"}},
		{"wrote inside a parenthesis", "An argument between those who fear higher fares (“This is less a fare and more a tax,” Ann Bell wrote in The Harbor Times last week) and those who fear cuts.",
			[]string{"“This is less a fare and more a tax,”"}, nil},
		// must not fire
		{"quotation opening the sentence", "“The ferry will run on time,” said Ann Bell, the harbor chief.",
			[]string{"“The ferry will run on time,”"}, nil},
		{"mixed quotation in the clause", "The mayor called the plan “a disaster for riders,” Ann Bell said.",
			[]string{"The mayor called the plan “a disaster for riders,”"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestDashQuoteStart checks that a quotation with its attribution inside
// a dash aside is the content alone, and that a quotation resumed after
// a dash aside, or a dash without a quotation, keeps the whole.
func TestDashQuoteStart(t *testing.T) {
	cases := []struct {
		name      string
		in        string
		want, not []string
	}{
		{"aside before a second predicate", "The mayor praised the crews - “They worked all night,” she said - and thanked the riders.",
			[]string{"“They worked all night,”", "the crews"}, []string{"The mayor praised the crews - “They worked all night,”"}},
		{"aside before a contrast", "The chief was not impressed by the plan - “Born in a back room,” Ed Moss said - but he did not vote against it.",
			[]string{"“Born in a back room,”"}, nil},
		// must not fire
		{"quotation resumed after the aside", "“I don't think the old view” -- that the pier is doomed -- “is going to last,” he says.",
			[]string{"“I don't think the old view” -- that the pier is doomed -- “is going to last,”"}, []string{"“is going to last,”"}},
		{"dash without a quotation", "The council voted no - a blow to the mayor, aides said.",
			[]string{"The council voted no - a blow to the mayor"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.not)
		})
	}
}

// TestEarlyStart checks openers that PolNeAR leaves outside a content
// placed before its attribution: "And," with a comma, and a leading
// concessive clause ("Though …,"); and the hearer of "asked" before a
// question or after "recently told"; and a quoted programme title naming where it was said.
func TestEarlyStart(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"and comma", "And, the bridge will stay closed until June, the clerk said.",
			"the bridge will stay closed until June"},
		{"and comma mid", "And, the clerk added, the bridge will stay closed until June.",
			"the bridge will stay closed until June"},
		{"though clause", "Though the council approved the budget, the bridge will stay closed until June, the clerk said.",
			"the bridge will stay closed until June"},
		{"asking hearer", "The chair went around the room, asking the trustees whether the school should merge.",
			"whether the school should merge"},
		{"asked hearer with phrase", "At the hearing, one trustee asked the superintendent in Fresno whether buses would run.",
			"whether buses would run"},
		{"quoted show after on", "The governor said on KTLA's “Morning Desk” on Monday that the bridge would reopen.",
			"that the bridge would reopen"},
		{"quoted show as hearer", "The governor told “Morning Desk” that the bridge would reopen.",
			"that the bridge would reopen"},
		{"adverb before told", "The mayor recently told the Gazette that the bridge would reopen.",
			"that the bridge would reopen"},
		{"adverb before told, clause without that", "The organizers recently told the Courier they hoped to reschedule the parade.",
			"they hoped to reschedule the parade"},
		{"adverb before told, pronoun clause", "The mayor later told reporters he would veto the plan.",
			"he would veto the plan"},
		{"although clause", "Although repairs began in March, the bridge will not open before June, according to the city.",
			"the bridge will not open before June"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			got := contents(r)
			if !got[c.want] {
				t.Errorf("missing %q; got %v", c.want, keys(got))
			}
		})
	}
}
