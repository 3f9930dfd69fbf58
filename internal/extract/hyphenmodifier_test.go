package extract

import "testing"

// TestHyphenModifier covers a hyphenated past form before the noun
// ("state-owned", "city-funded"): it modifies the subject's noun and is
// no verb, so a possessor is not left alone as the source.
func TestHyphenModifier(t *testing.T) {
	checkPairCases(t, []pairCase{
		{
			name: "before a noun and a name",
			in:   `Norway's state-owned shipping giant Fjordco runs a ferry line and says it has set up a fund for new ships.`,
			want: [][2]string{{"it has set up a fund for new ships", "Norway's state-owned shipping giant Fjordco"}},
		},
		{
			name: "before a noun and a past verb",
			in:   `Acme's state-owned investment arm bought the mill last year and says it will keep the staff.`,
			want: [][2]string{{"it will keep the staff", "Acme's state-owned investment arm"}},
		},
	})
}
