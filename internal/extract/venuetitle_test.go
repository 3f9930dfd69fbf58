package extract

import "testing"

// A short capitalised quotation that is itself the words stays.
func TestVenueTitleWords(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "that plus time word",
			in:      "The coach said “Keep Going” that evening to a crowd of tired fans.",
			notWant: []string{"that evening to a crowd of tired fans"}},
		{name: "title after a show noun",
			in:   "The senator said on the radio show “Morning Desk” that the levy would pass.",
			want: []string{"that the levy would pass"}},
		{name: "title after on",
			in:   "The governor said on KTLA's “Morning Desk” on Monday that the bridge would reopen.",
			want: []string{"that the bridge would reopen"}},
	})
}
