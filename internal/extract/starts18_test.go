package extract

import "testing"

// starts18Case is one sentence and the single attribution it must give:
// content, source and cue ("" cue: any).
type starts18Case struct{ in, content, source, cue string }

func checkStarts18(t *testing.T, cs []starts18Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// TestStarts18ShownNoun checks that a shown attitude noun before a
// that-clause joins the bare show verb's cue, so the content starts at
// "that", also for pairs the learned lexicon has never seen.
func TestStarts18ShownNoun(t *testing.T) {
	checkStarts18(t, []starts18Case{
		{"The governor expressed remorse that the fund had been drained.", "that the fund had been drained", "The governor", "expressed remorse"},
		{"Union leaders voiced pessimism that the talks would resume.", "that the talks would resume", "Union leaders", "voiced pessimism"},
		{"The coach expressed relief that nobody was hurt.", "that nobody was hurt", "The coach", "expressed relief"},
		// Must not fire: a relative clause, or no clause at all.
		{"Residents expressed concerns that were dismissed by the board.", "concerns that were dismissed by the board", "Residents", "expressed"},
		{"She expressed regret.", "regret", "She", "expressed"},
	})
}

// TestStarts18InfinitiveSay checks that "to V" after a cue, V a verb of
// saying, knowing or showing with a clause, goes into the cue and the
// content starts at the clause, while a plain infinitive keeps its "to".
func TestStarts18InfinitiveSay(t *testing.T) {
	checkStarts18(t, []starts18Case{
		{"The minister declined to clarify whether the border would reopen.", "whether the border would reopen", "The minister", "declined to clarify"},
		{"The firm refused to reveal how much it had paid.", "how much it had paid", "The firm", "refused to reveal"},
		{"The mayor hoped to explain why the budget had grown.", "why the budget had grown", "The mayor", "hoped to explain"},
		{"The chief declined to concede that not all of the wells were safe.", "that not all of the wells were safe", "The chief", "declined to concede"},
		// Must not fire: a plain infinitive, a reporting verb with no
		// clause after it, a verb that neither says nor knows.
		{"The council vowed to finish the bridge by May.", "to finish the bridge by May", "The council", "vowed"},
		{"The spokesman declined to comment.", "to comment", "The spokesman", "declined"},
		{"The chairman wanted to learn a little of the ledger.", "to learn a little of the ledger", "The chairman", "wanted"},
		{"The team pledged to build what the town needed.", "to build what the town needed", "The team", "pledged"},
		// A demonstrative "that" opens no clause.
		{"The clerk declined to clarify that rule for the jurors.", "to clarify that rule for the jurors", "The clerk", "declined"},
	})
}

// TestStarts18Upon checks that a learned "V on" cue also reads "V upon",
// the content starting after "upon", and that "upon" alone makes no cue.
func TestStarts18Upon(t *testing.T) {
	checkStarts18(t, []starts18Case{
		{"The mayor commented upon the ruling that closed the harbor.", "the ruling that closed the harbor", "The mayor", "commented upon"},
		{"The coach weighed in upon the dispute over the new stadium.", "the dispute over the new stadium", "The coach", "weighed in upon"},
		// Must not fire: no "on" cue behind it, or "upon" opening the sentence.
		{"Upon his return the mayor said the harbor would close.", "the harbor would close", "the mayor", "said"},
	})
	if got := bodyQuotes("The mayor relied upon the report to close the harbor."); len(got) != 0 {
		t.Errorf("relied upon: got %q, want nothing", got)
	}
}
