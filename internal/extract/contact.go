package extract

// contactNouns head a noun phrase that a relative clause without "that"
// follows ("a comment Clinton is now wielding", "the reason President
// Obama gave", "a decision they say …"): the clause's subject, not the
// noun, is the source, as PolNeAR marks it.
var contactNouns = setOf("reason comment decision sentence interview honor primary way thing things point moment time day argument message claim idea promise question issue word words case fact kind sort story plan proposal policy remark statement more")

// contactClauseStart moves a mention starting at s past a determiner and
// a contactNoun when a name or pronoun follows them inside the mention.
// It returns the new start, or s.
func (f *finder) contactClauseStart(a *attr, s int) int {
	d := f.d
	if s < 0 || s+2 >= a.srcE || !d.word(s) || !(d.is(s, "a") || d.is(s, "an") || d.is(s, "the")) || !d.word(s+1) || d.toks[s+1].cap || !contactNouns[d.lw(s+1)] {
		return s
	}
	n := s + 2
	if !(d.capWord(n) || d.word(n) && pronouns[d.lw(n)] && d.lw(n) != "who") || n >= f.mentionCut(a) {
		return s
	}
	return n
}
