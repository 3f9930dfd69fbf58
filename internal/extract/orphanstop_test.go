package extract

import "testing"

// A later quote-only sentence does not join a report past another speaker.
func TestOrphanOtherSpeaker(t *testing.T) {
	checkFixrev(t, []fixrevCase{
		{name: "other speaker between",
			in:      "“We will stay in the race,” Kim said. Then Moon spoke. “It is finished for all of them.”",
			notWant: []string{"“We will stay in the race,” Kim said. Then Moon spoke. “It is finished for all of them.”"}},
		{name: "narration between",
			in:   "“We will stay in the race,” Kim said. The crowd cheered loudly. “It is finished for all of them.”",
			want: []string{"“We will stay in the race,” Kim said. The crowd cheered loudly. “It is finished for all of them.”"}},
		{name: "speech verb between",
			in:      "“We will stay in the race,” Kim said. The minister replied at once. “It is finished for all of them.”",
			notWant: []string{"“We will stay in the race,” Kim said. The minister replied at once. “It is finished for all of them.”"}},
	})
}
