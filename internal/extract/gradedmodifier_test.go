package extract

import "testing"

// TestGradedModifierCue covers cue words inside a noun phrase that an
// article and a grade word open ("a large pledged lead", "the most
// telling promise"), or that a determiner which never stands alone opens
// ("Such claims spread", "No wonder …"), or a possessive determiner opens
// right before a finite verb ("Their calls intensified"): those words are
// no source, and nothing is reported. A plain subject before the same cue
// still is, and so is a possessive before a cue's object.
func TestGradedModifierCue(t *testing.T) {
	checkNoAttr(t, []string{
		`The guild heard the various accusations of graft in March.`,
		`The pilots have a larger say than they do in the harbor council.`,
		`Such claims spread quickly among the pilots.`,
		`Their calls intensified after the ferry sank.`,
		`The most telling promise the mayor made is that the pier will open.`,
		`The ferry union has the best plan to reopen the pier.`,
		`The pilots have the worst plan to reopen the pier.`,
	})
	// "No wonder" names no one; what the captain said may still be read.
	for _, q := range bodyQuotes(`No wonder the ferry captain said the pier was unsafe.`) {
		if q[1] == "No" {
			t.Errorf("No wonder: got source %q for %q", q[1], q[0])
		}
	}
	checkCueCases(t, []cueCase{
		{in: `The harbor pilots accused the mayor of graft.`, content: "the mayor of graft", source: "The harbor pilots", cue: "accused"},
		{in: `Their support for the mayor was strong.`, content: "the mayor", source: "Their", cue: "support for"},
	})
}
