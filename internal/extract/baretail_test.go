package extract

import "testing"

// TestBareTail covers a quoted question or exclamation closed by a bare
// "Name VERB." whose verb is a weak cue elsewhere ("demanded the
// files"): the tail reports the quotation, as "asked" or "pressed" do.
func TestBareTail(t *testing.T) {
	checkCueCases(t, []cueCase{
		{`“Where did the ferry money go?” Ostrander demanded.`, `“Where did the ferry money go?”`, "Ostrander", "demanded"},
		{`“Where did the ferry money go?” Ostrander asked.`, `“Where did the ferry money go?”`, "Ostrander", "asked"},
		{`“Who would sail in this weather?” Mirela Kosk demanded.`, `“Who would sail in this weather?”`, "Mirela Kosk", "demanded"},
	})
}
