package extract

// cueOwnedPreps are the prepositions and verb particles PolNeAR keeps in
// the cue when they follow it ("argued against | intervention", "think
// through | its earnings"): on train a gold cue ends in one of them some
// 260 times ("against" 107, "out" 94, "up" 26, "off" 19, "into" 8,
// "upon" 7, "through" 4, "along" 1) and a gold content starts with one
// twice ("against", "into").
var cueOwnedPreps = setOf("against into through off up out upon along")

// skipCuePrep moves such a word from the head of the content into the
// cue: "The senator argued | against intervention" reads as "argued
// against | intervention". A quotation mark or nothing after the word
// leaves the content as it is, and so does a plain verb of saying, whose
// clause may open with the word ("said against all odds the bridge …",
// "said up front that …"), and the quantity "up to" ("estimated up to 300
// donors would come").
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
		if d.is(k, "up") && d.is(k+1, "to") {
			continue // "up to 5 million": a quantity
		}
		a.cueE = k + 1
		a.frags[0][0] = int(d.toks[k+1].s)
	}
}
