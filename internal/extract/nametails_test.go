package extract

import "testing"

// TestFrontedAdverbialName covers a name set off by commas after an
// opening adverbial ("After winning Ohio, John Kasich, said"): the name
// alone is the source; after "as" the phrase describes the name and
// stays.
func TestFrontedAdverbialName(t *testing.T) {
	checkQuoteMention(t, "After winning Maine, Jane Holm, said she would stay in the race.", "she would stay in the race", "Jane Holm")
	checkQuoteMention(t, "A harbor pilot for ten years, Jane Holm, said she would stay.", "she would stay", "A harbor pilot for ten years, Jane Holm")
}

// TestPartyTagComma covers a stray comma between a name's party tag and
// its verb: the tagged name is the source when it opens the sentence or
// follows an opening adverbial; after a noun phrase it is that phrase's
// apposition and no source of its own.
func TestPartyTagComma(t *testing.T) {
	checkQuoteMention(t, "After the vote in the harbor town, Sen. Jane Holm (D-MA), said, “We will win this state.”", "“We will win this state.”", "Sen. Jane Holm (D-MA)")
	checkQuoteMention(t, "Sen. Jane Holm (D-MA), said she would run.", "she would run", "Sen. Jane Holm (D-MA)")
	r := extract("The month in which the party's nominee, Sen. Jane Holm (D-MA), promised a new pier is over.", Meta{})
	for _, q := range r.Quotes {
		if q.Mention != nil && q.Mention.Text == "Sen. Jane Holm (D-MA)" {
			t.Errorf("apposition read as a source: %q", q.Text)
		}
	}
}

// TestPartyTagCoordination checks that conjuncts joined after a party
// tag make one mention.
func TestPartyTagCoordination(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"two tagged names", "Intro.\n\nFormer Gov. Ann Lee (D) and former Gov. Bo Tran (R) announced they will end their campaigns.",
			"they will end their campaigns", "Former Gov. Ann Lee (D) and former Gov. Bo Tran (R)"},
		{"tagged name and a group", "Intro.\n\nGov. Ann Lee (R) and farm groups in the state said they back the levy.",
			"they back the levy", "Gov. Ann Lee (R) and farm groups in the state"},
	})
}
