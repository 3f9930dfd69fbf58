package extract

import (
	"strings"
	"testing"
)

// TestTrailAside checks that an "-ly" adverb aside, or a trailing "via"
// or "about" phrase, ends the source mention, and that titles, estimates
// and relative clauses that look alike keep it whole.
func TestTrailAside(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"lone adverb aside", "Intro.\n\nThe mayor spoke. Okafor, predictably, insisted that the ferry would sail on time.",
			"that the ferry would sail on time", "Okafor"},
		{"adverb and adjective aside", "Intro.\n\nThe board met. Dana Whitlow, visibly annoyed, said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow"},
		{"adverb before a preposition", "Intro.\n\nThe board met. Whitlow, mostly in jest, said the audit was a waste of money.",
			"the audit was a waste of money", "Whitlow"},
		{"via after an apposition", "Intro.\n\n“The dam will hold,” said Priya Nandakumar, an engineer at the county, via email.",
			"The dam will hold", "Priya Nandakumar, an engineer at the county"},
		{"about after an apposition", "Intro.\n\n“The dam will hold,” said Priya Nandakumar, an engineer at the county, about the spring floods.",
			"The dam will hold", "Priya Nandakumar, an engineer at the county"},
		// Must not fire: an adverb opening a title, "about" before a
		// number, an adverb inside a relative clause.
		{"adverb opening a title", "Intro.\n\nThe board met. Dana Whitlow, newly elected treasurer of the county, said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow, newly elected treasurer of the county"},
		{"adverb dating a role", "Intro.\n\nThe board met. Dana Whitlow, formerly at the county treasury, said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow, formerly at the county treasury"},
		{"about before a number", "Intro.\n\n“The dam will hold,” said Priya Nandakumar, who farms about 40 acres near the river.",
			"The dam will hold", "Priya Nandakumar, who farms about 40 acres near the river"},
	})
}

// TestPhotoRefCut checks that a caption's pointer to a picture ends the
// mention, and that a party tag in parentheses stays.
func TestPhotoRefCut(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"pointer after a name", "Intro.\n\nDana Whitlow (left) said the audit was a waste of money.",
			"the audit was a waste of money", "Dana Whitlow"},
		{"pointer after a noun", "Intro.\n\nThe board met. A 2019 video (above) shows that the audit was rushed.",
			"that the audit was rushed", "A 2019 video"},
		{"party tag stays", "Intro.\n\nRep. Dana Whitlow (D-Ore.) said the audit was a waste of money.",
			"the audit was a waste of money", "Rep. Dana Whitlow (D-Ore.)"},
	})
}

// TestBareObjectSource checks that the object of a verb taking a bare
// infinitive ("let me say", "hearing him say", "make me wary of") is the
// source of the report after it, and that a relative clause holding such
// a verb before a finite cue leaves the subject whole.
func TestBareObjectSource(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"let opens the sentence", "Let me just say that the ferry was late.",
			"the ferry was late", "me"},
		{"hearing opens the subject", "But hearing him say it twice gave the words weight.",
			"it", "him"},
		{"help after a conjunct", "A loss could hurt Bell and help Ann Moss cast the race as a duel.",
			"the race as a duel", "Ann Moss"},
		{"pronoun object after a long subject", "The delays in the past make me wary of this ferry.",
			"this ferry", "me"},
		// must not fire
		{"relative clause before a finite cue", "Voters who saw the ad say the ferry is late.",
			"the ferry is late", "Voters who saw the ad"},
		{"object relative before a finite cue", "Riders who heard the captain said the ferry was late.",
			"the ferry was late", "Riders who heard the captain"},
		{"verb with an object before a finite cue", "The people we watch say the ferry is late.",
			"the ferry is late", "The people we watch"},
	})
}

// TestVerbTailCut checks that a catenative, linking or light verb left
// at the end of a subject before its complement cue leaves the mention,
// and that a verb followed by more of its clause stays.
func TestVerbTailCut(t *testing.T) {
	checkMentionsAfter(t, "", []mentionCase{
		{"confess to being", "Both Ann Bell and Ed Moss confess to being nervous about the ferry vote.",
			"the ferry vote", "Both Ann Bell and Ed Moss"},
		{"negated linking verb", "Ed Moss didn’t seem particularly impressed with the ferry plan.",
			"the ferry plan", "Ed Moss"},
		{"linking verb", "Many riders remain skeptical of the ferry plan.",
			"the ferry plan", "Many riders"},
		// must not fire
		{"relative clause before a finite cue", "Riders who remain in town say the ferry is late.",
			"the ferry is late", "Riders who remain in town"},
		{"verb with an object before the cue", "Riders made the point that the ferry was late.",
			"the ferry was late", "Riders"},
	})
}

// TestDatedTailSource checks a closing source whose document a
// participle and a time phrase date ("a survey released Monday found"):
// the whole phrase is the source, even after a weak cue.
func TestDatedTailSource(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Most renters expect rents to rise, a survey released Monday found.", "Most renters expect rents to rise", "a survey released Monday"},
		{"Most renters expect rents to rise, a survey published last week found.", "Most renters expect rents to rise", "a survey published last week"},
		{"Most renters expect rents to rise, a survey released on Tuesday found.", "Most renters expect rents to rise", "a survey released on Tuesday"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	if got := bodyQuotes("The rent rose after the building was sold Monday."); len(got) != 0 {
		t.Errorf("no report: got %q", got)
	}
}

// TestPossessiveDay checks a day word that takes a possessive
// after the cue ("said Tuesday’s vote …"): it opens the content's noun
// phrase, so the cue ends before it and the content keeps it. A bare day
// word is still the cue's adjunct.
func TestPossessiveDay(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"The harbour master said Friday\u2019s regatta would go ahead.", "Friday\u2019s regatta would go ahead", "The harbour master"},
		{"Organisers said Sunday's parade had drawn record crowds.", "Sunday's parade had drawn record crowds", "Organisers"},
		{"The ferry company said yesterday\u2019s sailings were cancelled.", "yesterday\u2019s sailings were cancelled", "The ferry company"},
		{"The harbour master said Friday the regatta would go ahead.", "the regatta would go ahead", "The harbour master"},
		{"The harbour master said Friday that the regatta would go ahead.", "that the regatta would go ahead", "The harbour master"},
		{"The harbour master said Friday night\u2019s regatta had been a success.", "Friday night\u2019s regatta had been a success", "The harbour master"},
		// A venue phrase with a possessive runs to its noun.
		{"The skipper said on Sunday\u2019s broadcast that the crew were safe.", "that the crew were safe", "The skipper"},
		{"The skipper said on the club\u2019s website the crew were safe.", "the crew were safe", "The skipper"},
		{"The bosun said in Monday night\u2019s briefing that two boats had capsized.", "that two boats had capsized", "The bosun"},
		// A contraction after a time word is a clause's verb.
		{"The skipper says tonight he\u2019s ready to sail.", "he\u2019s ready to sail", "The skipper"},
	})
	// The venue phrase ends at the possessed noun only before a new
	// clause: in "the skipper’s evident worry that …" it does not.
	for _, q := range bodyQuotes("The mate wanted to address the skipper\u2019s evident worry that the hull was weak.") {
		if strings.HasPrefix(q[0], "evident worry") || strings.HasPrefix(q[0], "worry") {
			t.Errorf("got content %q, cut inside the object", q[0])
		}
	}
	if got := bodyQuotes("The harbour master said Friday\u2019s regatta would go ahead."); len(got) == 1 && got[0][2] != "said" {
		t.Errorf("got cue %q, want \"said\"", got[0][2])
	}
}

// TestInfinitiveAdverbInSource checks that an "-ly" adverb closing an
// infinitive inside a preposed source ("not authorized to speak
// publicly") stays in the source and out of the cue.
func TestInfinitiveAdverbInSource(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"A clerk who had no clearance to talk openly said the files were lost.", "the files were lost", "A clerk who had no clearance to talk openly", "said"},
		{"Two staffers who lacked permission to brief reporters openly said the pier would close.", "the pier would close", "Two staffers who lacked permission to brief reporters openly", "said"},
		// Must not fire: the adverb modifies the cue.
		{"The mayor quickly said the water was safe.", "the water was safe", "The mayor", "quickly said"},
		{"Aides close to the mayor privately said the plan was dead.", "the plan was dead", "Aides close to the mayor", ""},
	})
}

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

// TestPhotoRefSpeaker checks that a caption's pointer to a picture,
// dropped from the mention, is dropped from the speaker's name too.
func TestPhotoRefSpeaker(t *testing.T) {
	checkFixCases(t, []fixCase{
		{"pointer before a second predicate",
			"Odile Brandt (right) cut the ribbon and said the pool would open in May.",
			"the pool would open in May", "Odile Brandt", "Odile Brandt"},
	})
}

// TestContractedExpletiveIt: "it's" before a copula phrase or "been"
// fills the subject as "it is" does, so the report has no source; a
// contraction elsewhere in the sentence leaves the speaker alone.
func TestContractedExpletiveIt(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"it's been suggested", "It's been suggested that the ferry will stop running.", "that the ferry will stop running", ""},
		{"it's vital to", "The levy is unpopular, yet it's vital to recall that the roads need repair.", "that the roads need repair", ""},
		{"it's safe to", "Turnout was low, and it's safe to conclude that voters were tired.", "that voters were tired", ""},
		// Must not fire: "it's" inside the content, the speaker named after it.
		{"contraction in the content", "It's a sound plan, the treasurer said.", "It's a sound plan", "the treasurer"},
		{"he's keeps the pronoun", "He's argued that the ferry must keep running.", "that the ferry must keep running", "He"},
	})
}
