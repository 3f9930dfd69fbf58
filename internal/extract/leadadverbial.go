package extract

// leadAdverbialMax bounds a verbless phrase before a leading adverbial
// clause ("Last month,", "In Iowa on Monday,").
const leadAdverbialMax = 6

// leadAdverbial says whether the comma at c closes a short verbless
// phrase opening sentence s, so that a clause opener after it ("Last
// month, when I asked Lee if …, he …") still opens the sentence: its
// clause closes before the main clause, as without the phrase. A lone
// sentence adverb ("Also,", "Interestingly,") is left out: on train the
// clause after it more often ran on past a dash into the main clause.
func (f *finder) leadAdverbial(s sent, c int) bool {
	d := f.d
	if c < s.ts+2 || c-s.ts > leadAdverbialMax || !d.is(c, ",") || d.toks[c].quote != 0 {
		return false
	}
	for j := s.ts; j < c; j++ {
		if !d.word(j) || d.toks[j].quote != 0 {
			return false
		}
	}
	return !f.hasVerb(s.ts, c)
}
