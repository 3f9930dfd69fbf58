package extract

import "testing"

// TestNamingParticipleFreesVerb checks that once a participle naming or
// judging the noun before it is dropped, the clause's own verb, which its
// content had swallowed, is read with the whole phrase as source.
func TestNamingParticipleFreesVerb(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"known as a quoted name",
			"Ida Varga, the blogger known as “Marsh Hen,” wrote that the dam was unsafe.",
			"that the dam was unsafe", "Ida Varga, the blogger known as “Marsh Hen,”"},
		{"regarded as",
			"Donors regarded as loyal argued that the ban was void.",
			"that the ban was void", "Donors regarded as loyal"},
		{"the naming reading stays dropped",
			"Donors regarded as loyal argued that the ban was void.",
			"loyal argued that the ban was void", ""},
	})
}

// TestConsideredWithObject checks that "considered" after an indefinite
// subject is a finite verb when an object follows it, and a participle
// before a bare indefinite complement.
func TestConsideredWithObject(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"finite with an object",
			"One senator considered the toll a swindle.",
			"the toll a swindle", "One senator"},
		{"participle with a complement",
			"A harbor pilot considered a veteran of the strait retired in June.",
			"a veteran of the strait retired in June", ""},
	})
}

// TestParticipleBeforeVerb covers a past participle between a noun
// phrase and a prepositional phrase followed by the sentence's own
// verb: a reduced relative, no report. A finite verb with a clause
// after the phrase stays a report.
func TestParticipleBeforeVerb(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"stated in", "The claims stated in the lawsuit were baseless, the clerk found.",
			[][2]string{{"The claims stated in the lawsuit were baseless", "the clerk"}}},
		{"cited in", "The totals cited in the audit are outdated.", nil},
		{"name before the verb", "Okafor wrote in a letter that he was leaving the club.",
			[][2]string{{"that he was leaving the club", "Okafor"}}},
	})
}
