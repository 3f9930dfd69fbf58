package extract

import "testing"

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

// TestExpectedSubjects checks that a passive "expected" before "to"
// reports no source: the subject is what is expected. An active
// "expected", and "expected to" before a report verb, keep theirs.
func TestExpectedSubjects(t *testing.T) {
	cases := []struct {
		name, in, content, src string
	}{
		// The subject of a coordinated passive is what is expected.
		{"coordinated passive with not",
			"Ms. Ruiz will open the fair but was not expected to cut the ribbon.",
			"to cut the ribbon", ""},
		{"coordinated passive after and",
			"The envoy arrived late and was not expected to sign anything.",
			"to sign anything", ""},
		{"participle clause with an adverb",
			"Courted by both parties and widely expected to run, the sheriff stayed silent.",
			"to run, the sheriff stayed silent", ""},

		// Must not fire: an active "expected" with the one who expects.
		{"active expected before to",
			"Ms. Orlov expected to finish the survey by June.",
			"to finish the survey by June", "Ms. Orlov"},
		{"active expected with an object",
			"The engineers expected the bridge to reopen in May.",
			"the bridge to reopen in May", "The engineers"},
		{"a report verb after a passive expected",
			"Mr. Dagan will visit the port and is expected to say that the levy is unfair.",
			"that the levy is unfair", "Mr. Dagan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			var found *Quote
			for i, q := range r.Quotes {
				if q.Text == c.content {
					found = &r.Quotes[i]
				}
			}
			switch {
			case found == nil:
				t.Errorf("no quote %q (quotes %+v)", c.content, r.Quotes)
			case c.src == "" && found.Mention != nil:
				t.Errorf("quote %q has source %q, want none", c.content, found.Mention.Text)
			case c.src != "" && (found.Mention == nil || found.Mention.Text != c.src):
				t.Errorf("quote %q has source %+v, want %q", c.content, found.Mention, c.src)
			}
		})
	}
}

// TestSaidAdjective checks that the legal adjective "the said"
// reports nothing.
func TestSaidAdjective(t *testing.T) {
	checkProbe17None(t, []string{
		"The bank sold the said building to a developer.",
		"The said property was sold at auction in 2019.",
		"That said, the plan has flaws.",
		"Said Ahmed, 40, was arrested on Monday.",
	})
}

// TestNoSpeakerForEvents: a participle after a verb that is no speaking
// gets no subject the lexicons do not know.
func TestNoSpeakerForEvents(t *testing.T) {
	for _, in := range []string{
		"The hall erupted at once, showing its anger.",
		"The storm struck on Monday, leaving the lake low.",
	} {
		for _, q := range extract(in, Meta{}).Quotes {
			if m := mentionText(q); m == "The hall" || m == "The storm" {
				t.Errorf("%q: %q speaks", in, m)
			}
		}
	}
}

// TestOrdinalTimeContent checks that a content that is only a count of
// times ("the second time") is no report.
func TestOrdinalTimeContent(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"a count of times",
			"The tenants asked for the third time in a month.",
			"the third time", ""},
	})
}
