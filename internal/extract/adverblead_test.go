package extract

import "testing"

// TestAdverbialLead covers a time clause between a verb of saying and its
// content clause: "said while touring the docks, she …". The content is
// the clause after the comma, from its own subject; the time clause and
// any noun in it stay out.
func TestAdverbialLead(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "while and a gerund",
			text:    `Ada Holm said while touring the northern docks, she counted twelve idle cranes.`,
			quote:   "she counted twelve idle cranes",
			mention: "Ada Holm",
		},
		{
			name:    "before and a gerund",
			text:    `The harbor master said before leaving the board, he would sign the mooring rules.`,
			quote:   "he would sign the mooring rules",
			mention: "The harbor master",
		},
		{
			name:    "after and a gerund with an object",
			text:    `He said after meeting the ferry captains, he felt more hopeful.`,
			quote:   "he felt more hopeful",
			mention: "He",
			notWant: []string{"captains, he felt more hopeful"},
		},
		{
			name:    "before and a noun phrase",
			text:    `Ms. Varga said before the regatta, the rowing guild would repaint its boats.`,
			quote:   "the rowing guild would repaint its boats",
			mention: "Ms. Varga",
			notWant: []string{"regatta, the rowing guild would repaint its boats"},
		},
	}
	checkQuoteCases(t, cases)
}
