package extract

import "testing"

// TestGradedModifierCue covers cue words inside a noun phrase that an
// article and a grade word open ("a large pledged lead", "the most
// telling promise"): the article and the grade word are no source, and
// nothing is reported. A plain subject before the same cue still is.
func TestGradedModifierCue(t *testing.T) {
	checkNoAttr(t, []string{
		`The guild heard the various accusations of graft in March.`,
		`The pilots have a larger say than they do in the harbor council.`,
		`The most telling promise the mayor made is that the pier will open.`,
	})
	checkCueCases(t, []cueCase{
		{in: `The harbor pilots accused the mayor of graft.`, content: "the mayor of graft", source: "The harbor pilots", cue: "accused"},
	})
}
