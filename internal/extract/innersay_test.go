package extract

import "testing"

// TestOuterConj: the outer report beside an inner one ends at the
// conjunction nearest the inner report, so a coordinated object stays
// whole; "and then" still breaks as one.
func TestOuterConj(t *testing.T) {
	checkContents(t, extract(`The guild rejected the levy and the toll hike but its treasurer said a deal was near.`, Meta{}),
		[]string{`the levy and the toll hike`, `a deal was near`}, []string{`the levy`})
	checkContents(t, extract(`The guild criticized the toll hike and then said it would pay anyway.`, Meta{}),
		[]string{`the toll hike`, `it would pay anyway`}, nil)
}
