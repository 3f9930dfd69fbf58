package extract

// askedRelatives open a relative clause on the question's last noun.
var askedRelatives = setOf("who which whom whose")

// askedQuestionEnd ends the question of a leading "Asked …," at the comma
// before the main clause rather than at the first comma, when the
// question runs on through an aside: "Asked whether the firm's plan, which
// critics called reckless, hurt sales, Smith said …", "Asked why the
// agency ignored the order, issued in May, that …, Lee replied …". On
// train the gold question ends before the main clause's subject in all
// 3 such spans. A relative clause that the main clause follows directly
// ("…the senator, who has criticized her, she replied") or that a
// capitalised word follows ("…, who has insulted women, Mexicans and …,
// she replied") belongs to the question's last noun: the question ends
// at the comma before it, as for the first comma. c is the first comma.
func (f *finder) askedQuestionEnd(c int, s sent) int {
	d := f.d
	if askedRelatives[d.lw(c+1)] && f.relativeThenMain(c, s) || f.mainClauseAt(c, s) {
		return c
	}
	rel := -1 // the comma before the last relative clause seen
	for k := c + 1; k < s.te-1; k++ {
		if !d.is(k, ",") || d.toks[k].quote != 0 {
			continue
		}
		if !d.word(k + 1) {
			return c
		}
		if f.mainClauseAt(k, s) {
			if rel >= 0 {
				return c // a relative ends the question: it is on its last noun
			}
			return k
		}
		if rel >= 0 {
			if d.toks[k+1].cap {
				return c
			}
			rel = -1 // the question's predicate resumes after the relative
		}
		if askedRelatives[d.lw(k+1)] {
			rel = k
		}
	}
	return c
}

// mainClauseAt says whether the main clause's attribution starts after
// the comma at k: a subject and a cue, not a relative ("which critics
// called …").
func (f *finder) mainClauseAt(k int, s sent) bool {
	return !askedRelatives[f.d.lw(k+1)] && f.clauseAttribution(k+1, s.te, askedMainPrec)
}

// relativeThenMain says whether a relative clause after the comma at c
// runs to the main clause: "…Jones, who has insulted her, she replied".
func (f *finder) relativeThenMain(c int, s sent) bool {
	d := f.d
	for k := c + 1; k < s.te-1; k++ {
		if d.is(k, ",") && d.toks[k].quote == 0 {
			return f.mainClauseAt(k, s)
		}
	}
	return false
}

// askedMainPrec admits "responded" and "replied" as the main clause's cue.
const askedMainPrec = 0.3

// askedVenuePreps open the occasion of a question: "Asked about it after
// a Republican debate", "Asked why … during an appearance Friday on …".
var askedVenuePreps = setOf("in during at after on")

// askedVenueEnd ends the question of a leading "Asked …" before a final
// phrase naming its occasion, which PolNeAR leaves out of the question
// (train: 4 of 4 such spans). st is the question's first token, end the
// token that ends it; the phrase must hold a venue noun ("debate",
// "interview", "appearance") and no verb.
func (f *finder) askedVenueEnd(st, end int) int {
	d := f.d
	for p := end - 2; p > st+1; p-- {
		if d.toks[p].quote != 0 || !d.word(p) {
			continue
		}
		if !askedVenuePreps[d.lw(p)] {
			continue
		}
		for j := p + 1; j < end && j < p+6; j++ {
			if d.in(j, wcVenueNoun) && !f.hasVerb(p+1, end) {
				return p
			}
		}
	}
	return end
}
