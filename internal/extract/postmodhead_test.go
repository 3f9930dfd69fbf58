package extract

import "testing"

// A subject whose head carries a postmodifier keeps the head: the
// mention runs from the clause's start, not from the last noun phrase.
func TestPostmodHeadSubordinator(t *testing.T) {
	checkSrcCases(t, []srcCase{
		// "at" places the phrase; it is no "at least" share.
		{"The hall went quiet after a man at one of the town meetings called the mayor a liar.", "the mayor a liar", "a man at one of the town meetings"},
		{"The vote went ahead before a judge at one of the state courts ruled that it was void.", "that it was void", "a judge at one of the state courts"},
	})
	// "at least" still opens a share.
	checkSrcCases(t, []srcCase{
		{"At least one of the jurors said the verdict was fair.", "the verdict was fair", "At least one of the jurors"},
	})
}

// A bare plural head opens the subject before its postmodifier's link,
// though no lexicon knows it as a source: the link vouches for the noun.
func TestPostmodHeadBarePlural(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"When diners at the new restaurant complained that the food was cold, the owner apologized.", "that the food was cold", "diners at the new restaurant"},
		{"When panelists on the morning show argued that the plan would fail, he laughed.", "that the plan would fail", "panelists on the morning show"},
	})
}

// A passive participle's "being" ends the head's own phrase, and a
// capitalised "-ing" word opening the sentence may modify the plural head
// after it; both subjects run back to the sentence start.
func TestPostmodHeadParticiples(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"Several lawsuits being heard in Ohio claim that the school lied.", "that the school lied", "Several lawsuits being heard in Ohio"},
		{"Rising prices at the pump suggest that the economy is weak.", "that the economy is weak", "Rising prices at the pump"},
		{"Growing crowds at his rallies suggest that he is gaining.", "that he is gaining", "Growing crowds at his rallies"},
		// A participle clause opens the sentence: its object is no subject.
		{"Speaking to reporters in Ohio, Lee said the plan was dead.", "the plan was dead", "Lee"},
	})
}

// An infinitive postmodifies a ranked head ("the first …", "the last …",
// "the only …"), and the verb after "to" governs its object: the subject
// runs from the head, not from the object.
func TestPostmodHeadInfinitive(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"The only senator to oppose the bill said that it was flawed.", "that it was flawed", "The only senator to oppose the bill"},
		{"The last woman to lead the county board says that the budget is too small.", "that the budget is too small", "The last woman to lead the county board"},
		{"People hoping to see the candidate say that he is late.", "that he is late", "People hoping to see the candidate"},
	})
}
