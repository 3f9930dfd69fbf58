package extract

// vehicleVerbs put a channel or an instrument between their subject and
// the report verb the channel serves: "used his speech to attack …",
// "took to Twitter to defend …", "went on ABC's This Week to defend …",
// "appeared on Sunday shows to tout …". PolNeAR's cue spans the whole
// chain and its source is the chain's subject, as for catenatives.
var vehicleVerbs = setOf("use uses used using take takes took taking go goes went going appear appears appeared appearing")

// vehicleLinks is the word each vehicle verb but "use" needs before its
// channel: "took to Twitter", "went on Fox", "appeared on CNN".
var vehicleLinks = map[string]string{
	"take": "to", "takes": "to", "took": "to", "taking": "to",
	"go": "on", "goes": "on", "went": "on", "going": "on",
	"appear": "on", "appears": "on", "appeared": "on", "appearing": "on",
}

// vehicleMax is how many tokens the channel may have.
const vehicleMax = 6

// vehiclePrec is the precision the report verb must have, alone or by
// its finite forms, for the chain to read as its cue.
const vehiclePrec = 0.5

// vehicleChain reads the vehicle verb at k, its channel, "to" and the
// report verb after it as one cue ("used his address to call"). It
// returns the chain's length in tokens and the report verb's entry, or 0.
func (d *doc) vehicleChain(k int) (int, *cueEntry) {
	t0 := &d.toks[k]
	if t0.cap || k > 0 && d.word(k-1) && (d.in(k-1, wcBeForm) || modalVerbs[d.lw(k-1)] || d.is(k-1, "to")) {
		// "should be used to describe": a passive, no agent; "should
		// use the vote to pressure …", "plans to use …": an aim, no
		// report.
		return 0, nil
	}
	w := d.lw(k)
	o := k + 1
	if l, ok := vehicleLinks[w]; ok {
		if !d.is(o, l) {
			return 0, nil
		}
		o++
	}
	t := o
	for ; t < len(d.toks) && t < o+vehicleMax && !d.is(t, "to"); t++ {
		u := &d.toks[t]
		if u.kind != tkWord && u.kind != tkPoss || u.quote != t0.quote || u.para != t0.para || d.in(t, wcAuxVerb) {
			return 0, nil
		}
	}
	if t == o || !d.is(t, "to") {
		return 0, nil // "went on to say" is a catenative; "used to" a habit
	}
	if t == o+1 && d.in(o, wcPronoun) {
		return 0, nil // "use it to comment on …": a tool, seldom a channel of record
	}
	v := t + 1
	if !d.chainWords(t, v) {
		return 0, nil
	}
	n, e := d.lexCueLookup(v)
	if n == 0 || e.Prec < vehiclePrec {
		// The bare verb is a cue less often than its finite forms
		// ("criticize" beside "criticized"): they tell how often the
		// verb reports.
		n, e = 0, nil
		for m := 2; m >= 1 && n == 0; m-- {
			if fe := d.finiteEntry(v, m); fe != nil && d.chainWords(v, v+m-1) {
				n, e = m, fe
			}
		}
	}
	if n == 0 || e.Prec < vehiclePrec || e.Type == CueReport {
		return 0, nil
	}
	if e.Type == CueWriting && o == k+1 {
		return 0, nil // "used markers to write notes": a tool of writing, no channel
	}
	return v - k + n, e
}
