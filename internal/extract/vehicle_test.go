package extract

import "testing"

// TestVehicleChain covers a report verb served by a channel or an
// instrument ("took to the radio to defend …", "used her speech to
// praise …"): the chain's subject is the source and what follows the
// report verb the content. An aim ("should use …"), a passive or a verb
// no form of which reports stays out.
func TestVehicleChain(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "took to a channel",
			text:    `The mayor took to the radio to defend the new pier toll.`,
			quote:   "the new pier toll",
			mention: "The mayor",
		},
		{
			name:    "went on a show",
			text:    `Ada Holm went on a local radio show to criticize the ferry schedule.`,
			quote:   "the ferry schedule",
			mention: "Ada Holm",
		},
		{
			name:    "used a speech",
			text:    `Ada Holm used her speech to praise the rowing club.`,
			quote:   "the rowing club",
			mention: "Ada Holm",
		},
		{
			name:    "an aim after a modal",
			text:    `Ada Holm should use her speech to praise the rowing club.`,
			notWant: []string{"the rowing club"},
		},
		{
			name:    "an instrument for no report",
			text:    `The fishermen used long nets to catch the mackerel.`,
			notWant: []string{"the mackerel"},
		},
	}
	checkQuoteCases(t, cases)
}
