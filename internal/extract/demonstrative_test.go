package extract

import "testing"

// TestDemonstrativeUnknownHead covers a clause-opening "That" before a
// noun the lexicons do not know as a source head: "That bakery said …"
// is read as "This bakery said …" is, the phrase whole as the source
// (TestDemonstrativeSubject has the known heads and the complementizer).
func TestDemonstrativeUnknownHead(t *testing.T) {
	checkCueCases(t, []cueCase{
		{`That bakery said the new tolls would ruin the harbor trade.`, "the new tolls would ruin the harbor trade", "That bakery", "said"},
		{`This bakery said the new tolls would ruin the harbor trade.`, "the new tolls would ruin the harbor trade", "This bakery", "said"},
		{`That ferryman told reporters that the crossing was unsafe.`, "that the crossing was unsafe", "That ferryman", "told reporters"},
	})
}
