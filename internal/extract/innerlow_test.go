package extract

import "testing"

// TestInnerReportInContent pins how a report inside another report's
// content is read. PolNeAR train marks an inner report under a "that"
// complement or a "what X called" relative rarely (emitting one there
// added 9 true readings for 123 predictions), so the outer content stays
// whole; an inner report after a clause break or in a subordinate clause
// of a weak cue stands on its own.
func TestInnerReportInContent(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"that complement", "Mayor Ilse Varga said that the ferry board claimed the tolls would fall.",
			[][2]string{{"that the ferry board claimed the tolls would fall", "Mayor Ilse Varga"}}},
		{"what he called", "Councilor Bram Olsen criticized what he called a reckless budget.",
			[][2]string{{"what he called a reckless budget", "Councilor Bram Olsen"}}},
		{"after a comma break", "The harbor pilots said the dredging would end in May, but the port authority rejected the schedule.",
			[][2]string{{"the dredging would end in May", "The harbor pilots"}, {"the schedule", "the port authority"}}},
		{"subordinate clause", "The orchard cooperative has pushed for a tax break after the county treasurer announced a surplus.",
			[][2]string{{"a tax break", "The orchard cooperative"}, {"a surplus", "the county treasurer"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestNestedWeakInnerCue covers nestedReports with an inner cue of low
// learned precision: after a clause break its own subject makes it a
// report, and the outer content ends at the break. A cue below that
// floor stays in the content, and so does every clause of a passage
// quoted after "wrote:".
func TestNestedWeakInnerCue(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"understood after a break", "Mayor Lund pushed for the toll, and Ola Berg understood that the cost was high.",
			[][2]string{{"the toll", "Mayor Lund"}, {"that the cost was high", "Ola Berg"}}},
		{"cue below the floor", "Mayor Lund pushed for the toll, and Ola Berg feels that the cost was high.",
			[][2]string{{"the toll, and Ola Berg feels that the cost was high", "Mayor Lund"}}},
		{"weak action verb with an object stays", "The warden said the dock was unsafe, and Ines Moll approved the repairs on Friday.",
			[][2]string{{"the dock was unsafe, and Ines Moll approved the repairs on Friday", "The warden"}}},
		{"parenthetical cue stays", "Aides said the senator, you know, might quit the race.",
			[][2]string{{"the senator, you know, might quit the race", "Aides"}}},
		{"passage after wrote:", "Tomas Ek wrote: Mayor Lund pushed for the toll, and Ola Berg understood that the cost was high.",
			[][2]string{{"Mayor Lund pushed for the toll, and Ola Berg understood that the cost was high", "Tomas Ek"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
