package extract

import "testing"

// TestOtherSpelling: -ize and -yze forms gain their British spelling;
// short words and -ise words with no -ize form are left alone.
func TestOtherSpelling(t *testing.T) {
	for in, want := range map[string]string{
		"apologized for":   "apologised for",
		"criticizing":      "criticising",
		"has emphasized":   "has emphasised",
		"analyzed":         "analysed",
		"size":             "size",
		"sizing":           "sizing",
		"seized on":        "seized on",
		"outsize":          "outsize",
		"downsized":        "downsized",
		"synthesized":      "synthesised",
		"praised":          "praised",
		"favored":          "favoured",
		"favor":            "favour",
		"rumored to be":    "rumoured to be",
		"said in a letter": "said in a letter",
	} {
		if got := otherSpelling(in); got != want {
			t.Errorf("otherSpelling(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBritishSpellingCue: a cue the lexicon knows in American spelling is
// read in British spelling too.
func TestBritishSpellingCue(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"british -ised",
			"The harbour master apologised for the delays at the lock.",
			"the delays at the lock", "The harbour master"},
	})
}

// TestBritishStanceVerb: a stance verb in British spelling after a
// restrictive "who" holds the clause's attitude, as its American form does.
func TestBritishStanceVerb(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"who favour", "The mayor met growers who favour the levy.", "the levy", "who"},
	})
}

// TestWhoAfterVerbObject: the speaker of a "who" source that follows a
// verb's object is that object, not the clause before it.
func TestWhoAfterVerbObject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "object of met", in: "The mayor met growers who favour the levy.", content: "the levy", speaker: "growers"},
		{name: "participle after a determiner stays", in: "The elected wardens who backed the levy were thanked.", content: "the levy", speaker: "elected wardens"},
	})
}

// TestWhoAfterVerbObjectModifier: a past participle between the verb and
// the "who" modifies the object and stays in the speaker; a verb after
// "and" opens the object.
func TestWhoAfterVerbObjectModifier(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "participle before the object", in: "The bishop met retired nurses who said the scheme was fair.", content: "the scheme was fair", speaker: "retired nurses"},
		{name: "second verb after and", in: "The bishop blessed the choir and met farmers who said the road was long.", content: "the road was long", speaker: "farmers"},
	})
}
