package extract

import "testing"

// TestIdioms covers reporting idioms and wire verbs of the hand table
// that the learned lexicon lacks: each opens an attribution with its
// object, that-clause or infinitive as content.
func TestIdioms(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"hit out at", "Governor Lena Marsh hit out at the utility over the blackout.", "the utility over the blackout", "Governor Lena Marsh", "hit out at"},
		{"took a swipe at", "Senator Omar Quill took a swipe at the mayor's housing plan.", "the mayor's housing plan", "Senator Omar Quill", "took a swipe at"},
		{"poured cold water on", "Treasury officials poured cold water on talk of a tariff cut.", "talk of a tariff cut", "Treasury officials", "poured cold water on"},
		{"threw his support behind", "The former rival threw his support behind Dana Pike on Sunday.", "Dana Pike", "The former rival", "threw his support behind"},
		{"voiced opposition to", "The farmers' union voiced opposition to the canal project.", "the canal project", "The farmers' union", "voiced opposition to"},
		{"went as far as to say", "Councilwoman Rita Vance went as far as to say the vote was rigged.", "the vote was rigged", "Councilwoman Rita Vance", "went as far as to say"},
		{"sounded the alarm over", "Nurses sounded the alarm over staff shortages at the clinic.", "staff shortages at the clinic", "Nurses", "sounded the alarm over"},
		{"retorted", "Mayor Ivo Brandt retorted that the audit was a stunt.", "that the audit was a stunt", "Mayor Ivo Brandt", "retorted"},
		{"griped", "Marsh griped that the referees had ignored every foul.", "that the referees had ignored every foul", "Marsh", "griped"},
		{"theorized", "The teacher theorized that the fossils were older than thought.", "that the fossils were older than thought", "The teacher", "theorized"},
		{"implores", "He implores voters to stay home.", "voters to stay home", "He", "implores"},
		{"scoffed at", "The premier scoffed at the harbor report, calling it fiction.", "the harbor report", "The premier", "scoffed at"},
		{"objected to", "Tenants objected to the new parking rules.", "the new parking rules", "Tenants", "objected to"},
		{"took a dig at", "The mayor took a dig at her predecessor's paving budget.", "her predecessor's paving budget", "The mayor", "took a dig at"},
		{"threw her weight behind", "Ortiz threw her weight behind the transit levy on Friday.", "the transit levy", "Ortiz", "threw her weight behind"},
		{"went on to add with a clause", "Ms. Pike went on to add that the levy would pass.", "that the levy would pass", "Ms. Pike", "went on to add"},
	})
}

// TestIdiomsNot checks literal readings and noun look-alikes: no
// attribution may have the idiom as its cue.
func TestIdiomsNot(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		// Physical acts: the literal-prone idioms want a named or
		// pronoun subject before they read a bare object as content.
		{"ripped into a bag", "The dog ripped into the bag of food.", "", "", "ripped into"},
		{"swiped at a toy", "The cat swiped at the toy.", "", "", "swiped at"},
		// Without "about", "over" or "on" the alarm is a bell.
		{"sounded the alarm", "The guard sounded the alarm when smoke filled the hall.", "", "", "sounded the alarm"},
		// Plural nouns and nouns after an article are no verbs.
		{"scolds as a noun", "Budget scolds in the capital want deep cuts to the program.", "", "", "scolds"},
		{"quips as a noun", "Her quips about the weather drew laughs from the crowd.", "", "", "quips"},
		{"swipe as a noun", "The speech included a veiled swipe at the governor.", "", "", "swipe at"},
		{"rebukes as a noun", "The rebukes from allies stung the prime minister.", "", "", "rebukes"},
		{"grumbling as a noun", "There was much grumbling among the staff about the new rota.", "", "", "grumbling"},
		// A walk, not a retraction.
		{"walked back", "Workers walked back to the plant after the rally ended.", "", "", "walked back"},
		// "went on to add" takes a bare object only from a subject that
		// can be a source: a bakery adding ovens reports nothing.
		{"went on to add ovens", "The bakery went on to add two ovens in the spring.", "", "", "went on to add"},
	})
}

// TestIdiomsLearnedFirst checks that an idiom the learned lexicon has
// keeps the learned figures: the hand table only fills gaps.
func TestIdiomsLearnedFirst(t *testing.T) {
	n := 0
	for k := range idiomCues {
		l, ok := learnedCues[k]
		if _, hand := handCues[k]; !ok || hand || l.Count < 2 {
			continue
		}
		h := cueIndex[k]
		if h.one == nil {
			continue // a phrase: its index entry sits under its second word
		}
		n++
		if h.one.Count != l.Count {
			t.Errorf("%q: index count %d, want the learned %d", k, h.one.Count, l.Count)
		}
	}
	if n == 0 {
		t.Skip("no single-word idiom is learned")
	}
}

// TestWireVerbs checks the report verbs of wire copy that neither
// train half teaches: "refuted", "queried", "inquired".
func TestWireVerbs(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The senator queried whether the figures were accurate.", "whether the figures were accurate", "The senator", "queried"},
		{"The committee inquired whether the funds had been spent.", "whether the funds had been spent", "The committee", "inquired"},
		{"The auditor enquired whether the ledgers had been kept.", "whether the ledgers had been kept", "The auditor", "enquired"},
		{"The minister refuted suggestions that he had lied.", "suggestions that he had lied", "The minister", "refuted"},
	})
	checkNoAttr(t, []string{
		"Police inquired at the hotel.",
		"She enquired about the cost of parking.",
	})
}
