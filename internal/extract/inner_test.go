package extract

import "testing"

// TestInnerReportsStayInside pins what lane "inner" measured on PolNeAR
// train: a report nested in another's content without a clause break
// ("X said that Y warned …", "X believes Y told …") is marked as the
// outer report only; adding or preferring the inner report (any inner
// cue precision, any outer cue type) lowered F1 on train and both halves.
func TestInnerReportsStayInside(t *testing.T) {
	cases := []struct {
		name, in string
		want, no []string
	}{
		{"said that warned", "The treasurer said that the auditors warned the board about the deficit.",
			[]string{"that the auditors warned the board about the deficit"}, []string{"the board about the deficit"}},
		{"told that announced", "A spokesman told reporters that the city announced new bus routes on Monday.",
			[]string{"that the city announced new bus routes on Monday"}, []string{"new bus routes on Monday"}},
		{"when clause", "The senator said the plan failed when the governor vetoed the budget.",
			[]string{"the plan failed when the governor vetoed the budget"}, []string{"the budget"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.no)
		})
	}
}
