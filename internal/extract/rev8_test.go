package extract

import "testing"

// TestReviewEight keeps the readings a review of this session's layouts
// found broken: each sentence yields no attribution (or none of the
// kind named) that it gave after the merge.
func TestReviewEight(t *testing.T) {
	none := []struct{ name, in, notContent string }{
		{"a fronted clause's comma closes no report", "The governor said although the state had money, lawmakers refused to spend it.", "to spend it"},
		{"a colon after a description reports nothing", "After the vote the mood was grim: \"We lost everything we had.\"", "\"We lost everything we had.\""},
		{"an attack is no voiced noun", "The army launched an attack on the city before dawn.", "the city"},
		{"a participle on a noun is no about-cue", "A book written about the war won the prize.", "the war won the prize"},
		{"plans as a verb's object are no report", "The city council approved plans to expand the airport.", "to expand the airport"},
	}
	for _, c := range none {
		t.Run(c.name, func(t *testing.T) {
			if got := contents(extractBody(t, c.in)); got[c.notContent] {
				t.Errorf("unexpected %q in %v", c.notContent, keys(got))
			}
		})
	}
	checkMentions(t, []mentionCase{
		{name: "a show before a name stays out of it", in: "On \"Fox News Sunday\" Rubio said the deal was bad.", content: "the deal was bad", mention: "Rubio"},
		{name: "a show before a role noun stays in", in: "\"Daily Show\" host Lee Park said the jokes were old.", content: "the jokes were old", mention: "\"Daily Show\" host Lee Park"},
	})
	checkMentions(t, []mentionCase{
		{name: "a received noun's holder ends before what it is for", in: "Smith has drawn criticism from environmental groups for the pipeline.", content: "Smith", mention: "environmental groups"},
	})
	t.Run("an as-clause with its own subject ends the content", func(t *testing.T) {
		checkContents(t, extractBody(t, "The senator cited the report, as he did last year."), []string{"the report"}, []string{"the report, as he did last year"})
	})
}

// TestLocativePostmodifier: a subject modified by a place ("Residents
// near the plant said") is the whole phrase, not the place.
func TestLocativePostmodifier(t *testing.T) {
	checkMentions(t, []mentionCase{
		{name: "near", in: "Residents near the quarry said the blasting cracked their walls.", content: "the blasting cracked their walls", mention: "Residents near the quarry"},
		{name: "outside", in: "Fans outside the stadium complained that the gates opened late.", content: "that the gates opened late", mention: "Fans outside the stadium"},
	})
}

// TestPossessorSpeaker: a mention cut back to its possessor ("Mayor
// Rosa Vidal's" before a noun cue's head) names the possessor.
func TestPossessorSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "possessor with a title", in: "Mayor Rosa Vidal's latest plan to widen the canal has critics.",
			content: "to widen the canal", speaker: "Rosa Vidal", title: "Mayor"},
	})
}

// TestFinalReview keeps what the session's last review found: a "said"
// content stops at ", but" when the new subject has an aside before its
// cue, and "appeared" + adjective + that leaves the that-clause to the
// attitude reading.
func TestFinalReview(t *testing.T) {
	t.Run("but with an aside before the cue", func(t *testing.T) {
		checkContents(t, extractBody(t, "The warden said the prison was calm, but the inspectors, after a long visit, warned that cells were crowded."),
			[]string{"the prison was calm"}, []string{"the prison was calm, but the inspectors"})
	})
	t.Run("appeared confident that", func(t *testing.T) {
		checkContents(t, extractBody(t, "The captain appeared confident that the ferry would sail."),
			[]string{"that the ferry would sail"}, []string{"The captain appeared confident that the ferry would sail"})
	})
	checkMentions(t, []mentionCase{
		{name: "along", in: "Growers along the canal said the harvest was thin.", content: "the harvest was thin", mention: "Growers along the canal"},
	})
}
