package extract

import "testing"

// TestGerundReportCut checks that a content stops at the comma before a
// gerund another attribution reads as a report of its own, and that a
// gerund clause nobody reports from stays in the content.
func TestGerundReportCut(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"object before a writing report", "The mayor defended the new budget, writing that the city could not afford more cuts.",
			"defended", "the new budget"},
		{"clause before a writing report", "The senator said the bridge would close in May, writing that repairs could not wait.",
			"said", "the bridge would close in May"},
		{"the gerund keeps its own content", "The senator said the bridge would close in May, writing that repairs could not wait.",
			"writing", "that repairs could not wait"},
		// must not fire: no report at the gerund
		{"result clause", "The mayor said the city would rebuild the harbor, creating hundreds of jobs.",
			"said", "the city would rebuild the harbor, creating hundreds of jobs"},
		{"consequence clause", "The mayor said the storm had flooded the harbor, leaving dozens of boats stranded.",
			"said", "the storm had flooded the harbor, leaving dozens of boats stranded"},
	})
}
