package extract

import "testing"

// TestSourcePick checks which noun phrase becomes the source when the
// clause before the cue holds several (lane srcpick).
func TestSourcePick(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"names inside a who clause are no source", "Intro.\n\nAnn Lee, who lost her job at the mill in Hull, Maine, in June 2014, said that the plant was unsafe.",
			"that the plant was unsafe", "Ann Lee"},
		{"names inside a whose clause are no source", "Intro.\n\nEd Moss, whose town, Hull, in Maine, lost its ferry, said the pier would close.",
			"the pier would close", "Ed Moss"},
	})
}
