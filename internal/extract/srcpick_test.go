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
		{"a verb after a when clause shares its subject", "Intro.\n\nThe crowd cheered when Ann Lee took the stage and said that the pier would close.",
			"that the pier would close", "Ann Lee"},
		{"a participle after an as clause shares its subject", "Intro.\n\nEd Moss backed the levy even as he criticized the board, saying it was slow.",
			"it was slow", "he"},
		{"a state in a when clause is no subject", "Intro.\n\nEd Moss moved to Hull when he was young and said that the pier was unsafe.",
			"that the pier was unsafe", "Ed Moss"},
		{"a participle after a later clause of its own", "Intro.\n\nFarmers say the levy is unfair, and the Hull Farm Bureau has sued the state, saying it overreached.",
			"it overreached", "the Hull Farm Bureau"},
		{"an inner said after an auxiliary has its own subject", "Intro.\n\nThe Hull Ferry Company claimed credit for the rescue but county officials have said the crew did little.",
			"the crew did little", "county officials"},
		{"an adverbial phrase before the object cue is no source", "Intro.\n\nAnn Lee, who in the past has voiced the wish to run the port, left.",
			"the wish to run the port", "who"},
		{"earlier in the day stays out of the way", "Intro.\n\nMayor Ed Moss earlier in the day touted progress the board has made on the pier.",
			"progress the board has made on the pier", "Mayor Ed Moss"},
		{"an object inside a who clause is no source", "Intro.\n\nEven Democrats who have praised his levy warned that the pier would close.",
			"that the pier would close", "Democrats who have praised his levy"},
		{"a time span opening the sentence is no subject", "Intro.\n\nA few minutes later they closed the gate and said the ferry would not sail.",
			"the ferry would not sail", "they"},
		{"an opening phrase ends at a closing dash", "Intro.\n\nIn a speech at the port -- which reopens on Monday -- Ann Lee praised the crew and argued the levy is unfair.",
			"the levy is unfair", "Ann Lee"},
	})
}
