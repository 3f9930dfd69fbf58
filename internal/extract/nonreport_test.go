package extract

import (
	"strings"
	"testing"
)

// TestFollowingLead covers a lead that announces a text after a colon:
// the phrase "the following …" is no content, the text after it is,
// and it keeps the lead's source. A "following" phrase without a colon
// is left alone.
func TestFollowingLead(t *testing.T) {
	cases := []quoteCase{
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
	checkQuoteCases(t, cases)
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
			found := lastQuote(r, c.content)
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
	checkNoAttr(t, []string{
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

// TestNonReports checks that a cue word inside a noun phrase or an
// agentless passive closing its clause yields no attribution, while a
// passive opening a quoted question still does.
func TestNonReports(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want int
	}{
		{"noun cue after the", "The views of the mayor on the bridge are well known in town.", 0},
		{"participle modifier after the", "The added weight of the snow cracked two beams in the barn.", 0},
		{"participle modifier after an", "An estimated 1,200 pounds of grain spilled onto the highway.", 0},
		{"noun cue subject", "The description of his plans is based on interviews with aides.", 0},
		{"agentless passive before a comma", "No agreement between the two towns was announced, and the talks will go on next week.", 0},
		{"negated passive before a comma", "Terms of the lease were never disclosed, although the farm sits on prime land.", 0},
		{"passive in a leading clause", "A year after the plan was announced, no one had moved into the new homes.", 0},
		{"duration for an object", "At the rally Lee spoke for more than 90 minutes.", 0},
		{"time phrase for an object", "The club closed its doors, as the local paper noted the next morning.", 0},
		{"talk shows", "Both rivals spent Sunday morning on cable talk shows defending their records.", 0},
		{"possessive shows", "Their shows rose to the top of the ratings in May.", 0},
		{"inside an embedded post", "<tweet author=\"@annhale\">The mayor wants a new bridge over the river by May.</tweet>", 0},
		{"add to, growing", "Heavy rain added to the worries about the harvest.", 0},
		{"adds to, growing", "The latest delay adds to the confusion that has surrounded the bridge project.", 0},
		{"support among, standing", "Lee still has broad support among renters in the older parts of the city.", 0},
		{"support among after a title", "Ms. Lee has deep support among nurses and teachers across the county.", 0},
		{"passive still to come", "The school budget will be approved by the full board in June.", 0},
		{"you know as a filler", "Nobody on the team slept much. You know, the night before a final is like that.", 0},
		{"you know inside a quotation", "\"You know, nobody on the bus had a map,\" the driver said.", 1},
		{"passive opening a quoted question", "The governor was asked, \"Will you run again?\"", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if len(r.Quotes) != c.want {
				t.Errorf("%d attributions, want %d: %+v", len(r.Quotes), c.want, r.Quotes)
			}
		})
	}
}

// TestNonReportKeeps checks the conditions that narrow the gates of
// TestNonReports: each input here must keep its report, so loosening a
// gate ("added to" with its content before the cue, any cue before
// "among", a sourced cue after an article) fails.
func TestNonReportKeeps(t *testing.T) {
	cases := []struct {
		name, in, content string
	}{
		{"quotation before added to", "\"We will not give up,\" Lee added to the crowd.", "\"We will not give up,\""},
		{"speech verb before among", "Lee said among friends that the plan would fail.", "the plan would fail"},
		{"sourced cue after an article", "Lee, who praised the crews, had a warning: \"Do not drive on the bridge after dark.\"", "\"Do not drive on the bridge after dark.\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if strings.Contains(q.Text, c.content) && q.Mention != nil {
					return
				}
			}
			t.Errorf("no sourced content holding %q in %+v", c.content, r.Quotes)
		})
	}
}

// TestSubjectlessSources checks sentences whose first words are no
// speaker: an imperative's negated auxiliary keeps its content with no
// source ("Don't forget that …"), and the writer's "it's worth noting"
// formula reports nothing. A say verb's own content may still hold an
// imperative.
func TestSubjectlessSources(t *testing.T) {
	for _, in := range []string{
		"Don't forget that the ferry stops running in October.",
		"Don't believe that the pier is safe.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[1] != "" {
				t.Errorf("%q: got source %q for %q, want none", in, q[1], q[0])
			}
		}
	}
	checkNoAttr(t, []string{"It's worth noting that the ferry has never been late."})
	checkCueCases(t, []cueCase{
		{in: "The captain said don't forget that the ferry stops in October.", content: "don't forget that the ferry stops in October", source: "The captain", cue: "said"},
	})
}
