package extract

import "strings"

// partyTagBefore says whether the tokens just before the comma at k are
// a party tag set off after a name ("Graham, R-S.C.,", "Bo, D-Calif.,"):
// the tag belongs to the name, as PolNeAR marks it, and is no apposition
// of its own.
func (d *doc) partyTagBefore(k int) bool {
	t := k - 1
	if d.is(t, ".") && d.toks[t].kind == tkPunct {
		t--
	}
	if !d.word(t) || d.toks[t].quote != 0 || !d.is(t-1, ",") {
		return false
	}
	w := d.lw(t)
	if len(w) < 3 || len(w) > 12 || w[1] != '-' || !strings.ContainsRune("rdi", rune(w[0])) || !d.toks[t].cap {
		return false
	}
	for _, c := range w[2:] {
		if !(c >= 'a' && c <= 'z' || c == '.') {
			return false
		}
	}
	return true
}

// agedNameBack extends a place phrase starting at b back over the age
// and name it describes when no comma closes it before the cue: "Joy
// Lee, 50, of Hull said" is Joy Lee's report, not Hull's. It returns the
// new start, or b.
func (f *finder) agedNameBack(b, lim int) int {
	d := f.d
	p := b // the preposition opening the place
	if !d.word(p) || !postPreps[d.lw(p)] {
		p = b - 1
	}
	if p-2 < lim || !d.word(p) || !postPreps[d.lw(p)] || !d.is(p-1, ",") || !isNumberWord(d.lw(p-2)) {
		return b
	}
	if nb := f.describedNameBack(p, lim); nb < p {
		return nb
	}
	return b
}

// dottedStates are the postal forms with inner dots a place ends with:
// "Raleigh, N.C.", "Concord, N.H.".
var dottedStates = setOf("n.c n.h n.y n.j d.c n.m n.d s.c s.d r.i w.va")

// cityStateBefore says whether the tokens before the comma at k end a
// "City, State" place ("to Columbus, Ohio, on Wednesday", "of Raleigh,
// N.C., who …"): the state's comma closes no apposition.
func (d *doc) cityStateBefore(k int) bool {
	t := k - 1
	if d.is(t, ".") && d.toks[t].kind == tkPunct {
		t--
	}
	if !d.word(t) || d.toks[t].quote != 0 || !d.toks[t].cap {
		return false
	}
	w := strings.TrimSuffix(d.lw(t), ".")
	switch {
	case dottedStates[w]:
	case usStates[w]:
		if (w == "carolina" || w == "dakota" || w == "hampshire" || w == "jersey" || w == "mexico" || w == "york" || w == "virginia") && d.capWord(t-1) && !d.is(t-1, ",") {
			t-- // "South Carolina", "New York"
		}
	default:
		return false
	}
	return d.is(t-1, ",") && d.capWord(t-2)
}

// commaBetween says whether a comma outside quotations stands in a..b-1.
func (d *doc) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.is(k, ",") && d.toks[k].quote == 0 {
			return true
		}
	}
	return false
}
