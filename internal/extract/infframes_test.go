package extract

import "testing"

// TestInfinitiveFrameFamily covers infinitive frames lexgen lends a form
// seen there only once or twice from its inflection family ("declining
// to" from "declined to"), and uses of the form that are no report.
func TestInfinitiveFrameFamily(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"progressive refusal", "The water board is declining to renew the dredging contract.", "to renew the dredging contract", "The water board", "is declining"},
		{"named subject", "Councillor Mira Sand is declining to answer questions about the ferry.", "to answer questions about the ferry", "Councillor Mira Sand", "is declining"},
	})
	for _, in := range []string{
		"Grain prices are declining to levels the valley last saw in 1998.",
		"Ferry traffic kept declining to record lows all winter.",
		"The river was declining to its summer depth by June.",
	} {
		t.Run(in, func(t *testing.T) {
			if r := extractBody(t, in); len(r.Quotes) != 0 {
				t.Errorf("unexpected attribution %q (cue %+v)", r.Quotes[0].Text, r.Quotes[0].Cue)
			}
		})
	}
}
