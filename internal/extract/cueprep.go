package extract

// cueOwnedPreps are the prepositions PolNeAR keeps in the cue when they
// follow it ("argued against | intervention"): on train a gold cue ends
// in "against" 107 times and a gold content starts with it once.
var cueOwnedPreps = setOf("against")

// skipCuePrep moves such a preposition from the head of the content into
// the cue: "The senator argued | against intervention" reads as "argued
// against | intervention". A quotation mark or nothing after the word
// leaves the content as it is, and so does a plain verb of saying, whose
// clause may open with the word ("said against all odds the bridge …").
func (f *finder) skipCuePrep() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		k := a.cueE
		if a.cueS < 0 || k+1 >= len(d.toks) || len(a.frags) == 0 || !d.word(k) || !cueOwnedPreps[d.lw(k)] {
			continue
		}
		if a.frags[0][0] != int(d.toks[k].s) || d.toks[k].quote != 0 || !d.word(k+1) || int(d.toks[k+1].e) > a.frags[0][1] || d.in(k-1, wcSayVerb|wcPlainSay) {
			continue
		}
		a.cueE = k + 1
		a.frags[0][0] = int(d.toks[k+1].s)
	}
}
