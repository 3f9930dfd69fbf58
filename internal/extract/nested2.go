package extract

// relMentionOpeners open a non-restrictive clause about a thing or a
// group inside a source mention: "Ann Lee of the union, which backed the
// strike, said …". "who" is read by innerWhoReports and trimWhoMentions.
var relMentionOpeners = setOf("which whose")

// trimRelMentions: "said Jo Ray, head of the guild, which filed the
// suit". When a "which" or "whose" clause inside a source mention holds
// a cue, PolNeAR reads it as a report of its own nested in the mention
// and ends the mention before the clause's comma; a clause without a cue
// ("which has 300 members") stays. On train the cut mention is gold
// twice as often as the whole one.
func (f *finder) trimRelMentions() {
	d := f.d
	for i := range f.attrs {
		o := &f.attrs[i]
		if o.srcS < 0 {
			continue
		}
		for k := o.srcS + 2; k < o.srcE-1; k++ {
			if !d.is(k-1, ",") || !d.word(k) || d.toks[k].quote != 0 || !relMentionOpeners[d.lw(k)] {
				continue
			}
			if f.clauseCue(k+1, o.srcE) {
				o.srcE = k - 1
				o.coreE = min(o.coreE, o.srcE)
				break
			}
		}
	}
}

// clauseCue says whether tokens [i, e) hold a lower-case cue outside
// quotations; a cue PolNeAR marks under one time in ten is no report.
// A passive counts too: "the complaint, which was filed in court, says
// …" and "the statement, which was attributed to Lee, said …" end the
// mention before the clause in PolNeAR.
func (f *finder) clauseCue(i, e int) bool {
	d := f.d
	for ; i < e; i++ {
		if !d.word(i) || d.toks[i].cap || d.toks[i].quote != 0 {
			continue
		}
		if n, c := d.cueMatch(i); n > 0 && i+n <= e && c.Prec >= 0.1 {
			return true
		}
	}
	return false
}
