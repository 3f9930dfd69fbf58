package extract

// NPStage selects how the noun-phrase object layout (layouts_np.go) runs.
// Its lexicon, npcues_gen.go, is learned by internal/npgen from what the
// layout adds and changes over PolNeAR train, which takes the layout off
// and every phrase on; Extract always runs NPOn.
type NPStage int

const (
	NPOn    NPStage = iota // as learned: phrases fire and trim where train says so
	NPOff                  // the layout does not run
	NPLearn                // every phrase of the lexicon fires and trims
)

// ExtractNP is Extract with the noun-phrase object layout run as np. It is
// for the lexicon generator: a panic is not recovered.
func ExtractNP(text string, meta Meta, np NPStage) Result {
	return extractNP(text, meta, np)
}
