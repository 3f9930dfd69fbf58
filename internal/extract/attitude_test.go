package extract

import "testing"

// TestRemainAttitudeSource checks that "remain" before an attitude
// adjective links the subject as "be" does: in a relative clause the
// relative pronoun is the adjective's source, and the main clause keeps
// its own cue and subject.
func TestRemainAttitudeSource(t *testing.T) {
	cases := []struct {
		name, in, content, source string
	}{
		{"relative clause, adjective", "Tenants who remain skeptical of the landlord's offer say the rent is too high.", "the landlord's offer", "who"},
		{"relative clause, main clause", "Tenants who remain skeptical of the landlord's offer say the rent is too high.", "the rent is too high", "Tenants who remain skeptical of the landlord's offer"},
		{"past form", "Pilots who remained wary of the merger say the airline lost money.", "the airline lost money", "Pilots who remained wary of the merger"},
		{"main clause subject", "Several growers remain critical of the new quota.", "the new quota", "Several growers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if !hasContentFrom(r, c.content, c.source) {
				t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
			}
		})
	}
}

// TestRemainAttitudeSourceNot checks that the linking verb is never left
// at a source's end, and that "remain" without an attitude adjective
// makes no attribution.
func TestRemainAttitudeSourceNot(t *testing.T) {
	cases := []struct {
		name, in, notSource string
	}{
		{"source never ends in remain", "Tenants who remain skeptical of the landlord's offer say the rent is too high.", "Tenants who remain"},
		{"main subject is no content", "Tenants who remain skeptical of the offer say the rent is too high.", "the offer"},
		{"no attitude", "The tenants remain in the old building.", "The tenants"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Mention != nil && q.Mention.Text == c.notSource {
					t.Errorf("unexpected quote %+v", q)
				}
			}
		})
	}
}

// TestVoteGap checks votes whose side comes after an adverb, a count of
// times, a tally or "in favor of": the verb through the preposition is
// the cue, the object the content and the subject the source.
func TestVoteGap(t *testing.T) {
	cases := []struct {
		name, in, content, source string
	}{
		{"tally", "The zoning board voted 7-2 against the marina plan.", "the marina plan", "The zoning board"},
		{"adverb", "The river towns voted narrowly for the school levy.", "the school levy", "The river towns"},
		{"count of times", "Two farm counties voted twice for the same governor.", "the same governor", "Two farm counties"},
		{"in favor of", "The guild voted in favor of the new contract.", "the new contract", "The guild"},
		{"relative pronoun", "The parish, which voted heavily for the mayor, has changed.", "the mayor", "which"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			if !hasContentFrom(r, c.content, c.source) {
				t.Errorf("no content %q with source %q in %+v", c.content, c.source, r.Quotes)
			}
		})
	}
}

// TestVoteGapNot checks what the vote frame must leave alone: a noun
// "vote", a span of time after "for", a hedging adverb, a vote with no
// side and an infinitive whose voter the frame does not name.
func TestVoteGapNot(t *testing.T) {
	cases := []struct {
		name, in, notContent string
	}{
		{"noun after a possessive", "Her vote twice for the levy angered the union.", "the levy angered the union"},
		{"span of time", "The board voted again for the third time.", "the third time"},
		{"hedging adverb", "The board voted apparently for the cheaper plan.", "the cheaper plan"},
		{"no side", "The board voted twice in March.", "March"},
		{"infinitive", "The charter obliges members to vote overwhelmingly for the chair.", "the chair"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractBody(t, c.in)
			for _, q := range r.Quotes {
				if q.Text == c.notContent {
					t.Errorf("unexpected quote %+v", q)
				}
			}
		})
	}
}

// TestAttitudeAsClause checks that an attitude or advocacy object ends
// before "as" opening a clause, and runs on through "as" before a role.
func TestAttitudeAsClause(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"as with a clause",
			"Stallholders pleaded for patience as the queue lengthened.",
			"patience", "Stallholders"},
		{"as with a pronoun",
			"Stallholders pleaded for patience as they packed up.",
			"patience", "Stallholders"},
		{"as before a role",
			"Okonjo pushed for a seat as harbor warden.",
			"a seat as harbor warden", "Okonjo"},
	})
}

// TestDocumentWith: "concerned with" and "agree with" after a
// document name its topic or what it matches, not a stance; after a
// person or a body they keep the stance.
func TestDocumentWith(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"study concerned with", "The harbor study is concerned with silt in the channel.", nil},
		{"survey agrees with", "The tide survey agrees with the forecast.", nil},
		{"board concerned with", "The board was concerned with costs.",
			[][2]string{{"costs", "The board"}}},
	})
}
