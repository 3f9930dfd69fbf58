package extract

import "testing"

// TestPossessedSpeechCut: a spoken noun under a possessor leaves the
// possessor as the mention; a document, a plan, a group noun or a
// possessor inside a longer phrase keeps the mention whole.
func TestPossessedSpeechCut(t *testing.T) {
	checkQuoteMentions(t, []quoteMentionCase{
		{"pronoun", "In his statement denouncing the strike, the mayor urged calm.", "the strike", "his"},
		{"name", "The union’s statement then declares that the dispute is settled.", "that the dispute is settled", "The union’s"},
		{"modifier", "Her written testimony suggests she never saw the contract.", "she never saw the contract", "Her"},
		// must not fire
		{"plan", "Her housing plan promises to cut rents for nurses.", "to cut rents for nurses", "Her housing plan"},
		{"spokesman", "The governor's spokesman said the bridge would reopen.", "the bridge would reopen", "The governor's spokesman"},
		{"group noun", "Lopez's campaign statement said the rally was moved indoors.", "the rally was moved indoors", "Lopez's campaign statement"},
		{"inner possessor", "A lawyer familiar with his remarks said the tone was harsh.", "the tone was harsh", "A lawyer familiar with his remarks"},
	})
}
