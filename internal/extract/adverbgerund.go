package extract

import "strings"

// gerundAdverbs may stand between a clause's comma and its participle
// report: ", also calling on attendees to …", ", often citing trust as …",
// ", later alleging that …". On train "still" and "instead" added more
// wrong sources than reports ("while, somewhat awkwardly, still standing
// by …"), and "even", "then", "again" no right ones.
var gerundAdverbs = setOf("also often later")

// adverbGerund says whether the participle at k follows a comma and one
// such adverb, as a participle right after the comma would. The cue
// lexicon still gates it: "again using an accent", "even offering a
// beer" report nothing. A content some other reading gave the very same
// span is not taken twice.
func (f *finder) adverbGerund(k int) bool {
	d := f.d
	return k >= 2 && d.is(k-2, ",") && d.toks[k-2].quote == 0 && d.word(k-1) && gerundAdverbs[d.lw(k-1)] && d.word(k) && isGerund(d.lw(k))
}

// sameContent says whether some attribution already has the span sp as
// its first fragment.
func (f *finder) sameContent(sp [2]int) bool {
	for _, a := range f.attrs {
		if len(a.frags) > 0 && a.frags[0] == sp {
			return true
		}
	}
	return false
}

// hedgeAdverbs hedge or time a participle report as an -ly adverb does
// (", perhaps recognizing that …", ", sometimes citing …"), though they
// end in -s.
var hedgeAdverbs = setOf("perhaps sometimes always")

// adverbOpenerGerund widens adverbGerund: an adverb in -ly or "only" as
// well, after a dash or a preposition that puts a report under the
// subject as well as after a comma: "- only saying that …", "while also
// saying that …", "after initially saying he would not …", ", recently
// telling one person …". The cue lexicon still gates the participle.
func (f *finder) adverbOpenerGerund(k int) bool {
	d := f.d
	if k < 2 || !d.word(k) || !isGerund(d.lw(k)) || !d.word(k-1) || d.toks[k-1].quote != 0 || d.toks[k-1].cap || d.toks[k-2].quote != 0 {
		return false
	}
	w := d.lw(k - 1)
	if !(gerundAdverbs[w] || w == "only" || hedgeAdverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]) {
		return false
	}
	return d.is(k-2, ",") || isDashTok(d, k-2) || d.word(k-2) && d.inLex(k-2, lcReportGerundPrep)
}
