package extract

// cueEntry describes one learned cue phrase.
type cueEntry struct {
	Type  CueType
	Count int
	Prec  float64
}

// headEntry describes one learned source head noun.
type headEntry struct {
	Count int
	Prec  float64
}
