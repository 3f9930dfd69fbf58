package extract

import "testing"

// TestWrongSource checks source choices for paired quotes whose speaker
// was another phrase of the sentence (lane wrongsrc).
func TestWrongSource(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a participle after the verb's object reports the subject", "Intro.\n\nOn Friday, the mayor opened a town meeting blasting the council for raising fares.",
			"the council for raising fares", "the mayor"},
		{"a participle after a written object reports the writer", "Intro.\n\nAnn Lee began writing columns defending the new levy on ferries.",
			"the new levy on ferries", "Ann Lee"},
		{"a participle after a phrase on the verb reports the subject", "Intro.\n\nAnn Lee was on the radio talking about what she does next.",
			"what she does next", "Ann Lee"},
		{"a group after to backs the candidate itself", "Intro.\n\nThe farmer gave ten dollars to a group backing Ed Moss for mayor.",
			"Ed Moss", "a group"},
		{"a party tag before an adverbial phrase stays with the name", "Intro.\n\nThe board met after Councilor Dee Ames (D-Hull) earlier in the day touted gains the crews made.",
			"gains the crews made", "Councilor Dee Ames"},
		{"a phrase opening a coordinated verb is no source", "Intro.\n\nThe manager first said he saw nothing, but in a later interview said he had shredded the files.",
			"he had shredded the files", "The manager"},
		{"an opening time with no comma runs into the subject", "Intro.\n\nOn Monday she moved the fair to Hull, Maine, citing the storm.",
			"the storm", "she"},
		{"a clause joined by and without a comma has its own subject", "Intro.\n\nOver the past two weeks, the board cut the budget and Lee fired her deputy, Ed Moss, acknowledging that the plan had failed.",
			"that the plan had failed", "Lee"},
		{"an and inside a that clause opens no new subject", "Intro.\n\nAnn Lee has said that the mayor and his aides are misreading the vote, pointing to the turnout.",
			"the turnout", "Ann Lee"},
		{"an infinitive after a copula's predicate reports its subject", "Intro.\n\nTwo aldermen from Hull were the only members to vote against the levy on ferries.",
			"the levy on ferries", "Two aldermen from Hull"},
		{"a time span before an opening participle clause is no subject", "Intro.\n\nTen years after backing the old mayor, the union is now weighing a new candidate.",
			"the old mayor", "the union"},
		{"a floating both after a dash aside takes the phrase before the aside", "Intro.\n\nParty leaders — whose party was once respected for its discipline and unity — both suggested the clerk be fired.",
			"the clerk be fired", "Party leaders"},
		{"a restrictive who before the cue is the source", "Intro.\n\nThe mayor must now win over farmers who are deeply skeptical of the new levy on ferries.",
			"the new levy on ferries", "who"},
		{"a verb joined by and shares the later clause's subject", "Intro.\n\nThe mayor signed the order, while Ed Moss, the county clerk, proposed a delay and said the pier should stay open.",
			"the pier should stay open", "Ed Moss, the county clerk"},
		{"an aside's who does not pass to a verb joined by and", "Intro.\n\nAnn Lee, who endorsed the levy and said it was fair, lost the vote.",
			"it was fair", "Ann Lee"},
	})
}

// TestWrongSourceExact checks the mention of the quote whose text is
// exactly the given content, where an earlier quote also holds it.
func TestWrongSourceExact(t *testing.T) {
	cases := []mentionCase{
		{"a participle after a subordinate clause's report takes the main subject", "Headline\n\nYears after Ann Lee claimed that the mill was safe, Ed Moss won the seat by promising its closure.",
			"its closure", "Ed Moss"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{Published: "2025-09-04"})
			for _, q := range r.Quotes {
				if q.Text != c.content {
					continue
				}
				if got := mentionText(q); got != c.mention {
					t.Errorf("mention %q, want %q", got, c.mention)
				}
				return
			}
			t.Errorf("no quote is %q", c.content)
		})
	}
}
