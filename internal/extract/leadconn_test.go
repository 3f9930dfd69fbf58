package extract

import "testing"

// TestLeadConnective checks that a sentence-opening connective stays out of
// a content placed before its attribution, and that others stay in; and
// that a pronoun's attitude after "say" is part of what was said.
func TestLeadConnective(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"still", "Still, most voters now view the mayor favorably, according to a new poll.",
			"most voters now view the mayor favorably"},
		{"in fact", "In fact, neither tax plan would change what the middle class pays, analysts say.",
			"neither tax plan would change what the middle class pays"},
		{"as a result", "As a result, the bridge will stay closed until June, the mayor said.",
			"the bridge will stay closed until June"},
		{"but stays", "But the plan has no money behind it, the senator said.",
			"But the plan has no money behind it"},
		{"attitude said", "Majorities in all five say they want immigrants to be allowed a chance to stay.",
			"they want immigrants to be allowed a chance to stay"},
		{"attitude saying", "Clinton is more conservative, saying she favors raising the minimum wage to $12.",
			"she favors raising the minimum wage to $12"},
		{"naming cue object", "The mayor criticized the plan on Tuesday, calling it “reckless and unfair.”",
			"it “reckless and unfair.”"},
		{"asked by", "Asked by a reporter whether the plan would pass, the mayor shrugged.",
			"whether the plan would pass"},
		{"asked on", "Asked on Monday whether he would run again, the governor said no.",
			"whether he would run again"},
		{"topic passive", "Shortly after the polls closed, Smith was declared the winner in Ohio.",
			"Smith was declared the winner in Ohio"},
		{"inner say", "Kasich jokingly offered the man a job as his defense secretary, then says he will welcome advice from anyone.",
			"he will welcome advice from anyone"},
		{"complement keeps its report", "The mayor noted that experts say the bridge is unsafe.",
			"that experts say the bridge is unsafe"},
		{"hearer before report", "In Nevada, he constantly reminded voters of the six years his family had lived in Las Vegas.",
			"of the six years his family had lived in Las Vegas"},
		{"still before a mid attribution", "Still, the clerk said, the council will vote in May.",
			"the council will vote in May"},
		{"bare and", "And the bridge will close in May, the clerk said.",
			"the bridge will close in May"},
		{"despite phrase", "Despite the storm, the bridge will open in May, the clerk said.",
			"the bridge will open in May"},
		{"instead stays", "Instead, the council will vote in May, the clerk said.",
			"Instead, the council will vote in May"},
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
