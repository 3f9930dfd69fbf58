package extract

// topicPassives are participles whose agentless passive makes its subject
// part of what is reported: in "Sanders was declared the winner" or
// "Twitter is increasingly seen as a news source" nobody named speaks, and
// PolNeAR's content runs from the subject on (27 spans on train, none
// starting after the verb). Experiencer participles ("was worried",
// "is convinced") keep their subject as the source and are not listed;
// "asked" reports a question after it.
var topicPassives = setOf("seen known declared announced considered expected offered shown permitted criticized described designated listed favored favoured promised accused deemed regarded viewed projected charged")

// topicPassive starts such a content at the passive's subject.
func (f *finder) topicPassive() {
	d := f.d
	for i := range f.attrs {
		a := &f.attrs[i]
		if a.cueS < 0 || a.srcS < 0 || a.srcS >= a.cueS || len(a.frags) == 0 || d.is(a.cueE, "by") {
			continue
		}
		if a.frags[0][0] < int(d.toks[a.cueE-1].e) || !f.topicPassiveCue(a.cueS, a.cueE) {
			continue
		}
		if st := int(d.toks[a.srcS].s); st < a.frags[0][0] {
			a.frags[0][0] = st
		}
	}
}

// topicPassiveCue says whether cue tokens [s, e) are a form of "be", optional
// adverbs, and a topic participle.
func (f *finder) topicPassiveCue(s, e int) bool {
	d := f.d
	be := false
	for k := s; k < e; k++ {
		w := d.lw(k)
		switch {
		case d.inLex(k, lcBeWord):
			be = true
		case be && topicPassives[w]:
			return true
		case be && len(w) > 4 && w[len(w)-2:] == "ly":
		default:
			be = false
		}
	}
	return false
}
