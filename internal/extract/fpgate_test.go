package extract

import (
	"strings"
	"testing"
)

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

// TestHeadlineLabelGate checks that a headline label opening with "The" or
// holding a verb is a topic, not a speaker, while a name still speaks.
func TestHeadlineLabelGate(t *testing.T) {
	cases := []struct {
		name, in, content string
		want              bool
	}{
		{"name speaks", "Hale: Farms Will Survive the Drought.\n\nThe drought ended in May.", "Farms Will Survive the Drought", true},
		{"column name", "The Back Porch: Farms Will Survive the Drought.\n\nThe drought ended in May.", "Farms Will Survive the Drought", false},
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
