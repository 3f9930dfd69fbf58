package extract

import "testing"

// TestNounFrameActs covers the nouns of a speech act a verb delivers
// ("launched a blistering attack on"): the verb through the preposition
// is the cue, the verb's subject the source and the object the content;
// an act with no one to hold it, or one made inside another report,
// is none.
func TestNounFrameActs(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"mention", "The senator makes no explicit mention of the harbor levy in her letter.", "the harbor levy", "The senator", "makes no explicit mention of"},
		{"attack", "Councilman Ruiz launched a blistering attack against the transit board on Tuesday.", "the transit board", "Councilman Ruiz", "launched a blistering attack against"},
		{"defense", "Mayor Olsen delivered a spirited defense of the ferry subsidy.", "the ferry subsidy", "Mayor Olsen", "delivered a spirited defense of"},
		{"critique", "Okafor is delivering a pointed critique of the zoning rules.", "the zoning rules", "Okafor", "delivering a pointed critique of"},
		{"references", "Senator Ruiz made repeated references to the pension shortfall.", "the pension shortfall", "Senator Ruiz", "made repeated references to"},
		{"quoted object", "Judge Amari delivered a stirring defense of “small-town values,” and left the stage.", "“small-town values,”", "Judge Amari", "delivered a stirring defense of"},
		{"no holder", "The brochure makes no mention of the harbor levy.", "", "", "makes no mention of"},
		{"shown stance", "Few senators express enthusiasm about the transit levy.", "the transit levy", "Few senators", "express enthusiasm about"},
		{"military attack", "The garrison launched an attack on the hill fort before dawn.", "", "", "launched an attack on"},
		{"raid by a bare plural", "Rebels mounted an attack on the garrison.", "", "", "mounted an attack on"},
		{"particle verb", "The rebels carried out attacks on the rail depot.", "", "", "carried out attacks on"},
		{"inside a report", "Perez said the governor launched a sharp attack on the auditors.", "", "", "launched a sharp attack on"},
	})
}

// TestNounFrameHeld covers the nouns of an attitude a form of "have"
// gives its subject ("had strong views on"), and "have" as the
// auxiliary of another verb, which gives none.
func TestNounFrameHeld(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"views", "The governor had strong views on the dredging plan.", "the dredging plan", "The governor", "had strong views on"},
		{"misgivings", "Several senators have deep misgivings about the library merger.", "the library merger", "Several senators", "have deep misgivings about"},
		{"praise", "Coach Delgado has high praise for the new goalkeeper.", "the new goalkeeper", "Coach Delgado", "has high praise for"},
		{"feelings", "Most tenants have mixed feelings toward the landlord’s offer.", "the landlord’s offer", "Most tenants", "have mixed feelings toward"},
		{"auxiliary", "The valley has seen worries about the drought grow all summer.", "", "", "has seen worries about"},
		{"opinion left out", "Most residents have a low opinion of the new parking meters.", "", "", "have a low opinion of"},
	})
}

// TestNounFramePledges covers backing a subject gives another: the
// giver, not the possessive before the noun, is the source.
func TestNounFramePledges(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"threw", "Senator Okoye threw his support behind Councilwoman Ibarra.", "Councilwoman Ibarra", "Senator Okoye", "threw his support behind"},
		{"pledged", "Both senators have quietly pledged their support to the incumbent sheriff.", "the incumbent sheriff", "Both senators", "pledged their support to"},
		{"holder unknown", "Two county chairs pledged their support to the sheriff.", "", "", "pledged their support to"},
		{"aid given", "The charity gives no support to the militia.", "", "", "gives no support to"},
	})
}

// TestNounFrameProbes: noun phrases that name no one's stance or words
// are not read as attributions.
func TestNounFrameProbes(t *testing.T) {
	for _, in := range []string{
		"The support for the bridge collapsed in the storm.",
		"Their concerns were addressed at the hearing.",
		"A call for papers went out to the faculty.",
		"He pressed his claim to the throne of the old duchy.",
		"The storm carried little debris onto the pier.",
	} {
		t.Run(in, func(t *testing.T) {
			if r := extractBody(t, in); len(r.Quotes) != 0 {
				t.Fatalf("unexpected attributions %+v", r.Quotes)
			}
		})
	}
}
