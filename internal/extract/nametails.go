package extract

// nametails.go: what may follow a name inside its mention — a party tag,
// an age and place, a "City, State" pair.

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
	if !d.word(p) || !d.inLex(p, lcPostPrep) {
		p = b - 1
	}
	if p-2 < lim || !d.word(p) || !d.inLex(p, lcPostPrep) || !d.is(p-1, ",") || !isNumberWord(d.lw(p-2)) {
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

// stateTail extends a mention ending at token e with a city over the
// state after it: "said Ann Lee of Dayton, Ohio, who …" names Dayton,
// Ohio, as PolNeAR marks it. It returns the new end, or e.
func (f *finder) stateTail(a *attr, e int) int {
	d := f.d
	if e <= a.srcS || e+1 >= len(d.toks) || !d.is(e, ",") || d.toks[e].quote != 0 || !d.capWord(e-1) || !d.capWord(e+1) {
		return e
	}
	t := e + 1
	w := strings.TrimSuffix(d.lw(t), ".")
	switch {
	case dottedStates[w] || stateAbbrevs[w]:
	case usStates[w]:
	case d.capWord(t+1) && (usStates[d.lw(t+1)] || dottedStates[strings.TrimSuffix(d.lw(t+1), ".")]) && (w == "new" || w == "north" || w == "south" || w == "west" || w == "rhode"):
		t++ // "New Hampshire", "South Carolina"
	default:
		return e
	}
	end := t + 1
	if d.is(end, ".") && d.toks[end].kind == tkPunct && d.toks[end].s == d.toks[t].e && (dottedStates[strings.TrimSuffix(d.lw(t), ".")] || stateAbbrevs[strings.TrimSuffix(d.lw(t), ".")]) {
		end++ // "Calif."
	}
	if end < len(d.toks) && !(d.is(end, ",") || d.is(end, ".") || d.is(end, ";") || end == a.cueS) {
		return e // "Ohio, Texas and Iowa": a list, no place
	}
	if e <= a.cueS && end > a.cueS {
		return e
	}
	s0, e0 := int(d.toks[e].s), int(d.toks[end-1].e)
	for _, fr := range a.frags {
		if s0 < fr[1] && fr[0] < e0 {
			return e
		}
	}
	return end
}
