package extract

import "testing"

// TestStimulusSubjectAdverbial covers an opening adverbial before the
// subject of a stimulus verb: it is no modifier of the subject, so the
// content starts at the subject.
func TestStimulusSubjectAdverbial(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"on a weekday", "On Tuesday the memo angered ferry captains in the port.",
			[][2]string{{"the memo", "ferry captains"}}},
		{"after a vote", "After the ballot the ruling angered several orchard owners.",
			[][2]string{{"the ruling", "several orchard owners"}}},
		{"a modifier stays", "Her plan to shut the mill has worried the valley's older weavers.",
			[][2]string{{"Her plan to shut the mill", "the valley's older weavers"}}},
	})
}

// TestViewFrameAfterConjunction covers a possessed "view" aside right
// after a conjunction or subordinator: the clause before it is not the
// opinion, only the clause after the aside.
func TestViewFrameAfterConjunction(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"and", "The ferry docked at dawn and, in her view, the crossing had gone smoothly.",
			[][2]string{{"the crossing had gone smoothly", "her"}}},
		{"because", "The mill stayed shut because, in their opinion, the looms were unsafe.",
			[][2]string{{"the looms were unsafe", "their"}}},
	})
}

// TestDashRoleAside covers an aside between dashes that opens with
// "as": a role is a description the source mention keeps, a clause ends
// the mention.
func TestDashRoleAside(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"role", "Ines Toma -- as chair of the canal board -- said the locks would stay shut.",
			[][2]string{{"the locks would stay shut", "Ines Toma -- as chair of the canal board --"}}},
		{"clause", "Ines Toma -- as the barges queued up -- said the locks would stay shut.",
			[][2]string{{"the locks would stay shut", "Ines Toma"}}},
	})
}

// TestDesireGapPreposition covers a sentence-opening noun phrase with a
// relative "want" clause whose infinitive takes a prepositional phrase:
// the phrase belongs to the wish when an auxiliary or past verb opens
// the main clause; otherwise the wish ends at its infinitive.
func TestDesireGapPreposition(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"auxiliary after", "The canal she wants to dig across the marsh will take years.",
			[][2]string{{"The canal she wants to dig across the marsh", "she"}}},
		{"present verb after", "The clinics they want to staff in the hills need nurses.",
			[][2]string{{"The clinics they want to staff", "they"}}},
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

// TestDesireGapOpeningHead covers a pronoun head such as "everything"
// or "nothing" that opens the sentence before a relative "want" or
// "would like" clause: the phrase through the infinitive is the wish,
// not the infinitive with the main verb after it.
func TestDesireGapOpeningHead(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"everything", "Everything they want to repair costs too much.",
			[][2]string{{"Everything they want to repair", "they"}}},
		{"nothing", "Nothing she wants to fix will get done.",
			[][2]string{{"Nothing she wants to fix", "she"}}},
		{"see with a participle", "Anything they’d love to see repaved is on the list.",
			[][2]string{{"Anything they’d love to see repaved", "they"}}},
	})
}

// TestPartitiveHearer covers a hearer of "told" that is a part of a
// group ("all of the crews", "one of her aides"): the determiner after
// "of" is still the hearer's, and the clause starts after the group.
func TestPartitiveHearer(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"all of the", "Ruiz told all of the crews the dock would stay shut.", "the dock would stay shut", "Ruiz", "told"},
		{"one of her", "Okafor told one of her deputies the audit was late.", "the audit was late", "Okafor", "told"},
	})
}

// TestPronounHeadSpeaker covers a speaker mention headed by "those" or
// "these" with a relative clause or a prepositional phrase after it:
// the name keeps the pronoun, and a "those" before a noun is still left
// out.
func TestPronounHeadSpeaker(t *testing.T) {
	cases := []struct{ in, speaker string }{
		{"Those who fished the bay said the catch was thin.", "Those who fished the bay"},
		{"Those with seats on the board said the vote was close.", "Those with seats on the board"},
		{"Those trawlermen said the catch was thin.", "trawlermen"},
	}
	for _, c := range cases {
		r := extract("Headline\n\n"+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != c.speaker {
			t.Errorf("%s: want one quote by %q, got %+v", c.in, c.speaker, r.Quotes)
		}
	}
}

// TestViewFrameDate covers a date in the possessive before "opinion" or
// "view": "Tuesday's opinion" is a court's ruling of that day, not
// anyone's belief; a name still reads.
func TestViewFrameDate(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"weekday", "In Tuesday's opinion, the tariff on kelp stands.", nil},
		{"name", "In Okafor's opinion, the tariff on kelp stands.",
			[][2]string{{"the tariff on kelp stands", "Okafor's"}}},
	})
}

// TestRelativeThoughtDemonstrative covers a belief verb after an
// object's "who" followed by a demonstrative "that": no clause, so no
// thought; and the speaker of a "who" source after a bare plural is
// that plural, not "who".
func TestRelativeThoughtDemonstrative(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"demonstrative", "The ferry took on hikers who knew that trail well.", nil},
		{"clause", "The ferry took on hikers who feared that the trail was closed.",
			[][2]string{{"that the trail was closed", "who"}}},
	})
	r := extract("Headline\n\nThe board heard from skippers who thought that the quay was unsafe.", Meta{Published: "2025-09-04"})
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != "skippers" {
		t.Errorf("want one quote by skippers, got %+v", r.Quotes)
	}
}

// TestGapSourceInsideContent covers a relative "want" clause after a
// noun phrase with "of": the source is the clause's subject alone, not
// the phrase before it, which the content holds.
func TestGapSourceInsideContent(t *testing.T) {
	checkQuotePairs(t, "The stretch of coast Okafor wants to protect eroded again.",
		[][2]string{{"The stretch of coast Okafor wants to protect", "Okafor"}})
}

// TestExtraposedStimulus covers a stimulus verb with "it" as the subject
// and a "that" clause after the object: the object feels, the clause is
// what it feels about. A relative "that" after the object is no such
// clause.
func TestExtraposedStimulus(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"noun object", "It alarms ferry captains that the channel keeps silting.",
			[][2]string{{"that the channel keeps silting", "ferry captains"}}},
		{"pronoun object", "It worried her that the quay had cracked.",
			[][2]string{{"that the quay had cracked", "her"}}},
	})
}

// pairCase is a sentence and the (content, source mention) pairs its
// quotes must have.
type pairCase struct {
	name string
	in   string
	want [][2]string
}

// checkPairCases runs checkQuotePairs on each case as a subtest.
func checkPairCases(t *testing.T, cases []pairCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
