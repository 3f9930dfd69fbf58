package extract

import "testing"

// TestPresentedDoc covers a noun phrase set out as present or included
// ("there is …", "including …", "along with …") and followed by an
// evidence participle: the phrase is the source of what the participle
// shows, whatever its head noun. A participle that shows no evidence
// ("showing their drawings") is no report.
func TestPresentedDoc(t *testing.T) {
	cases := []quoteCase{
		{
			name:    "existential there with an adjective",
			text:    `There is scattered evidence suggesting that the ferry ran late all winter.`,
			quote:   "that the ferry ran late all winter",
			mention: "scattered evidence",
		},
		{
			name:    "existential there with also",
			text:    `There were also receipts showing that the guild paid twice for the sails.`,
			quote:   "that the guild paid twice for the sails",
			mention: "receipts",
		},
		{
			name:    "along with",
			text:    `The board printed its budget, along with charts showing that dues would rise.`,
			quote:   "that dues would rise",
			mention: "charts",
		},
		{
			name:    "a negated phrase keeps its determiner",
			text:    `There is no signed receipt showing that the mill was ever inspected.`,
			quote:   "that the mill was ever inspected",
			mention: "no signed receipt",
		},
		{
			name:    "no evidence participle",
			text:    `There were children showing their drawings to the judges.`,
			notWant: []string{"their drawings to the judges"},
		},
	}
	checkQuoteCases(t, cases)
}
