package extract

import "testing"

// TestTrailAsideLyNoun checks that a noun in "-ly" heading an apposition
// ("assembly member", "supply manager") is no adverb aside: the mention
// keeps the title.
func TestTrailAsideLyNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title after a quote", "Intro.\n\n“The pier stays shut,” said Marta Oyelaran, supply manager.",
			"The pier stays shut", "Marta Oyelaran, supply manager"},
		{"title between commas", "Intro.\n\nThe board met. Marta Oyelaran, assembly member, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran, assembly member"},
		{"an adverb still cuts", "Intro.\n\nThe board met. Marta Oyelaran, reportedly, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran"},
	})
}

// TestTrailAsideAge checks that an adverb before a number is an age or
// an estimate in the description, as a bare number is, and that "about
// to" describes the speaker: no aside.
func TestTrailAsideAge(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"approximate age", "Intro.\n\nThe board met. Marta Oyelaran, nearly 80, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran, nearly 80"},
		{"bare age", "Intro.\n\nThe board met. Marta Oyelaran, 80, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran, 80"},
		{"about to", "Intro.\n\nThe board met. Marta Oyelaran, about to step down, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran, about to step down"},
	})
}

// TestObjectParticipleTakesObject checks that a past form with an object
// after it is a clause's verb, not a participle modifying the object of
// a fronted preposition: its report stays (the mention still runs into
// the preposition's object: "court officials"). A naming participle
// takes its name and stays dropped.
func TestObjectParticipleTakesObject(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"a clause after a fronted phrase",
			"At the hearing neighbors claimed the noise went on all night.",
			"claimed", "the noise went on all night"},
		{"a fronted phrase without a determiner",
			"In court officials denied the ledger was ever altered.",
			"denied", "the ledger was ever altered"},
	})
	checkContentSources(t, []contentSourceCase{
		{"a naming participle",
			"Fans were tired of their team being called the Lost Cause.",
			"the Lost Cause", ""},
	})
}

// TestAdvocacyForTime checks that "for" with a length or count of time
// after an advocacy verb is no content: it says how long or how often.
func TestAdvocacyForTime(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"a count of times",
			"The aldermen will vote for the fourth time on Thursday.",
			"the fourth time on Thursday", ""},
		{"months",
			"Parents have been lobbying for months without an answer.",
			"months without an answer", ""},
		{"weeks",
			"The nurses press for weeks on end.",
			"weeks on end", ""},
		{"what was asked",
			"Parents have been lobbying for a second crossing guard.",
			"a second crossing guard", "Parents"},
	})
}

// TestOrdinalTimeContent checks that a content that is only a count of
// times ("the second time") is no report.
func TestOrdinalTimeContent(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"a count of times",
			"The tenants asked for the third time in a month.",
			"the third time", ""},
	})
}

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

// TestPhotoRefSpeaker checks that a caption's pointer to a picture,
// dropped from the mention, is dropped from the speaker's name too.
func TestPhotoRefSpeaker(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"pointer before a second predicate",
			"Odile Brandt (right) cut the ribbon and said the pool would open in May.",
			"the pool would open in May", "Odile Brandt", "Odile Brandt"},
	})
}

// TestNamePluralVerb checks that a name before "votes for", "pushes
// for" or "comments on" is the subject of a verb unless a later verb
// shows the phrase to be a noun compound heading the subject.
func TestNamePluralVerb(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"votes for",
			"Okonjo votes for the harbor levy.",
			"the harbor levy", "Okonjo"},
		{"comments on",
			"Okonjo comments on the harbor levy.",
			"the harbor levy", "Okonjo"},
		{"a noun compound before a verb",
			"Okonjo comments on the harbor levy drew a crowd.",
			"the harbor levy", ""},
	})
}

// TestAttitudeAsClause checks that an attitude or advocacy object ends
// before "as" opening a clause, and runs on through "as" before a role.
func TestAttitudeAsClause(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"as with a clause",
			"Stallholders pleaded for patience as the queue lengthened.",
			"patience", "Stallholders"},
		{"as with a pronoun",
			"Stallholders pleaded for patience as they packed up.",
			"patience", "Stallholders"},
		{"as before a role",
			"Okonjo pushed for a seat as harbor warden.",
			"a seat as harbor warden", "Okonjo"},
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
