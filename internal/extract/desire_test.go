package extract

import "testing"

// TestDesireGap covers a noun phrase with a relative "want" or "would
// like" clause whose infinitive lacks its object: the noun phrase
// through the infinitive is the wish, its subject the source.
func TestDesireGap(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"wants, sentence subject", "The reforms she wants to pass would cost little.",
			[][2]string{{"The reforms she wants to pass", "she"}}},
		{"would never want", "The mayor can veto any toll Ruiz would never want to justify at the polls.",
			[][2]string{{"any toll Ruiz would never want to justify at the polls", "Ruiz"}}},
		{"did not want", "The fee Ruiz did not want to raise passed anyway.",
			[][2]string{{"The fee Ruiz did not want to raise", "Ruiz"}}},
		{"contracted has", "It is a seat he’s wanted to win since boyhood.",
			[][2]string{{"a seat he’s wanted to win", "he"}}},
		{"what", "That was what Ortega wanted to hear.",
			[][2]string{{"what Ortega wanted to hear", "Ortega"}}},
		{"anything", "Is there anything Ms. Varga would like to see repaired?",
			[][2]string{{"anything Ms. Varga would like to see repaired", "Ms. Varga"}}},
		{"we’d love", "This is the marina we’d love to rebuild.",
			[][2]string{{"the marina we’d love to rebuild", "we"}}},
		{"of before a name", "The minister of Fisheries wants to cut the tariff on cod imports.",
			[][2]string{{"to cut the tariff on cod imports", "The minister of Fisheries"}}},
		{"plain like", "Fishermen like to see calm water.", nil},
		{"inside a report", "Ortega said the reforms she wants to pass would cost little.",
			[][2]string{{"the reforms she wants to pass would cost little", "Ortega"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestWouldLike covers "would like" and "would love" before an
// infinitive: a wish of the subject, whose infinitive is the content.
func TestWouldLike(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"would like", "The harbor board would like to dredge the channel next spring.", "to dredge the channel next spring", "The harbor board", "would like"},
		{"would love", "Most growers would love to sell their orchards.", "to sell their orchards", "Most growers", "would love"},
		{"we’d like", "We’d like to reopen the ferry line.", "to reopen the ferry line", "We", "like"},
		{"like a noun", "The harbor board would like a new dredge.", "", "", "would like"},
		{"habit", "The harbor board likes to meet on Fridays.", "", "", "likes"},
		{"in a quotation", "“We would like to reopen the ferry,” the captain said.", "", "", "would like"},
	})
}

// TestRelativeThought covers a belief or fear verb after an object's
// "who" with a clause of its own: the relative pronoun holds the clause.
// A restrictive clause in the subject, the object of another cue and a
// verb with no clause are left alone.
func TestRelativeThought(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"believe", "The levy drew protests from growers who believe the quota is too low.",
			[][2]string{{"the quota is too low", "who"}}},
		{"thought that", "The council heard from pilots who thought that the canal was unsafe.",
			[][2]string{{"that the canal was unsafe", "who"}}},
		{"in the subject", "Few voters who fear the levy will pass turned out.", nil},
		{"object of a cue", "The mayor praised pilots who thought the canal was unsafe.",
			[][2]string{{"pilots who thought the canal was unsafe", "The mayor"}}},
		{"no clause", "The tour is popular with tourists who know the island well.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestViewFrame covers an opinion framed by a possessed "view" or
// "opinion": the possessor is the source, the clause the content. A
// "view of" noun phrase, an unpossessed "view" and a frame inside a
// report are left alone.
func TestViewFrame(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"opening", "In their view, the levy would ruin the harbor.",
			[][2]string{{"the levy would ruin the harbor", "their"}}},
		{"aside", "The levy, in Ruiz's view, would ruin the harbor.",
			[][2]string{{"The levy, in Ruiz's view, would ruin the harbor", "Ruiz's"}}},
		{"relative", "It was a rule which in his view failed the fishermen.",
			[][2]string{{"which in his view failed the fishermen", "his"}}},
		{"closing", "The levy is fair, in my opinion.",
			[][2]string{{"The levy is fair", "my"}}},
		{"view of", "In his view of the harbor, the boats sat idle.", nil},
		{"no possessor", "In full view of the crowd, the mayor cut the ribbon.", nil},
		{"inside a report", "Ruiz said that, in her view, the levy was fair.",
			[][2]string{{"that, in her view, the levy was fair", "Ruiz"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestStimulusRoles covers an active verb that stirs a feeling in its
// object: the object is the source, the subject that stirs it the
// content. A passive, a "that" clause and a clause after the object
// keep the subject as the one who feels.
func TestStimulusRoles(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"angered", "Ruiz's sudden reversal on the harbor fee angered the fishermen and their families.",
			[][2]string{{"Ruiz's sudden reversal on the harbor fee", "the fishermen and their families"}}},
		{"has angered", "Her decision to close the pier has angered the town's oldest fishing crews.",
			[][2]string{{"Her decision to close the pier", "the town's oldest fishing crews"}}},
		{"worried", "The remark worried several growers and bankers.",
			[][2]string{{"The remark", "several growers and bankers"}}},
		{"passive", "The fishermen were angered by the harbor fee.",
			[][2]string{{"the harbor fee", "The fishermen"}}},
		{"that clause", "The mayor worried that the levy would fail.",
			[][2]string{{"that the levy would fail", "The mayor"}}},
		{"clause after the object", "Ruiz worried voters would stay home.",
			[][2]string{{"voters would stay home", "Ruiz"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

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
