package extract

import "testing"

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
		{"participle modifier after the", "The added security at the stadium drew complaints from fans.", 0},
		{"participle modifier after an", "An estimated 300 volunteers were assigned to the polling stations.", 0},
		{"noun cue subject", "The description of his plans is based on interviews with aides.", 0},
		{"agentless passive before a comma", "No agreement between the two towns was announced, and the talks will go on next week.", 0},
		{"negated passive before a comma", "The sale price was not disclosed, though the land is worth millions.", 0},
		{"passive in a leading clause", "A year after the plan was announced, no one had moved into the new homes.", 0},
		{"duration for an object", "The mayor, who spoke for more than 40 minutes, did not mention the bridge.", 0},
		{"time phrase for an object", "The plan had failed, as the Herald reported a few days later.", 0},
		{"talk shows", "The mayor went on the talk shows to defend the budget.", 0},
		{"possessive shows", "Their shows rose to the top of the ratings in May.", 0},
		{"inside an embedded post", "<tweet author=\"@annhale\">The mayor wants a new bridge over the river by May.</tweet>", 0},
		{"add to, growing", "The odd timing of the vote added to the uncertainty about the budget.", 0},
		{"adds to, growing", "The latest delay adds to the confusion that has surrounded the bridge project.", 0},
		{"support among, standing", "Hale has strong support among black voters in Ohio.", 0},
		{"draw support among", "Senator Ann Hale continues to draw support among union members in the state.", 0},
		{"passive still to come", "The race for mayor will be decided by a runoff between two candidates.", 0},
		{"you know as a filler", "The mayor spoke for an hour. You know, the ones who went to college always win.", 0},
		{"you know inside a quotation", "\"You know, I got in trouble for that,\" the mayor said.", 1},
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

// TestHeadlineLabelGate checks that a headline label opening with "The" or
// holding a verb is a topic, not a speaker, while a name still speaks.
func TestHeadlineLabelGate(t *testing.T) {
	cases := []struct {
		name, in, content string
		want              bool
	}{
		{"name speaks", "Hale: Farms Will Survive the Drought.\n\nThe drought ended in May.", "Farms Will Survive the Drought", true},
		{"column name", "The Night Watch: Farms Will Survive the Drought.\n\nThe drought ended in May.", "Farms Will Survive the Drought", false},
		{"label with a verb", "Spring is back: Farms Will Survive the Drought.\n\nThe drought ended in May.", "Farms Will Survive the Drought", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{})
			checkInvariants(t, c.in, r)
			if got := contents(r)[c.content]; got != c.want {
				t.Errorf("content %q found %v, want %v: %v", c.content, got, c.want, keys(contents(r)))
			}
		})
	}
}
