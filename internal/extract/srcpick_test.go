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
		{"a verb after a when clause shares its subject", "Intro.\n\nNobody clapped when Coach Diaz walked in and announced that practice was canceled.",
			"that practice was canceled", "Coach Diaz"},
		{"a participle after an as clause shares its subject", "Intro.\n\nEd Moss backed the levy even as he criticized the board, saying it was slow.",
			"it was slow", "he"},
		{"a state in a when clause is no subject", "Intro.\n\nEd Moss moved to Hull when he was young and said that the pier was unsafe.",
			"that the pier was unsafe", "Ed Moss"},
		{"a participle after a later clause of its own", "Intro.\n\nFarmers say the levy is unfair, and the Hull Farm Bureau has sued the state, saying it overreached.",
			"it overreached", "the Hull Farm Bureau"},
		{"an inner said after an auxiliary has its own subject", "Intro.\n\nThe landlord insisted the boiler worked fine but tenants have said the radiators stayed cold all winter.",
			"the radiators stayed cold all winter", "tenants"},
		{"an adverbial phrase before the object cue is no source", "Intro.\n\nRosa Vint, who during the campaign voiced support for two new bridges, stayed home.",
			"support for two new bridges", "who"},
		{"an earlier before the adverbial phrase stays out of the way", "Intro.\n\nCouncilor Dee Ames earlier at the hearing touted gains the crews made at the dock.",
			"gains the crews made at the dock", "Councilor Dee Ames"},
		{"an object inside a who clause is no source", "Intro.\n\nSeveral landlords who had criticized the rent board argued the new cap goes too far.",
			"the new cap goes too far", "Several landlords who had criticized the rent board"},
		{"a time span opening the sentence is no subject", "Intro.\n\nSeveral hours later she left the courthouse and told us the roof was unsafe.",
			"the roof was unsafe", "she"},
		{"an opening phrase ends at a closing dash", "Intro.\n\nIn a speech at the port -- which reopens on Monday -- Ann Lee praised the crew and argued the levy is unfair.",
			"the levy is unfair", "Ann Lee"},
	})
}
