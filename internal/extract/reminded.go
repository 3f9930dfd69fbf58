package extract

// hearerFirstCues name a hearer before what they report: "reminded voters of
// the six years …", "assured the crowd that …". PolNeAR leaves the hearer
// out of the content (train: after remind/assure/inform/convince/persuade
// every gold span starts after the hearer).
var hearerFirstCues = setOf("remind reminds reminded reminding assure assures assured assuring inform informs informed informing convince convinces convinced convincing persuade persuades persuaded persuading")

// hearerComps open the report after the hearer.
var hearerComps = setOf("that of to about")

// skipHearer starts such a content after a short hearer phrase.
func (f *finder) skipHearer() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || !d.inLex(a.cueE-1, lcHearerFirstCue) || len(a.frags) == 0 {
			continue
		}
		st := a.frags[0][0]
		k := d.tokFrom(st)
		if k != a.cueE || k >= len(d.toks) || hearerComps[d.lw(k)] || !d.word(k) || d.toks[k].quote != 0 {
			continue
		}
		for j := k + 1; j < k+5 && j < len(d.toks) && int(d.toks[j].e) < a.frags[0][1]; j++ {
			if !d.word(j) || d.toks[j].quote != 0 {
				break
			}
			if hearerComps[d.lw(j)] {
				a.frags[0][0] = int(d.toks[j].s)
				break
			}
		}
	}
}
