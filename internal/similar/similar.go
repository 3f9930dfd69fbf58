// Package similar compares quote texts and article bodies: the same words
// in another outlet's quote marks, a translation with other wording, a part
// of a longer quote, or a wire story carried by another site. It is pure
// and allocation-light; the database narrows candidates, this decides.
package similar

import (
	"hash/fnv"
	"sort"
	"strings"
	"unicode"

	"github.com/quoted-dev/quoted/internal/fold"
)

// Kind says how two quotes relate.
type Kind string

const (
	None    Kind = "none"
	Exact   Kind = "exact"   // the same words after normalization
	Partial Kind = "partial" // one holds the other
	Near    Kind = "near"    // mostly the same words: another wording or translation
)

// Match is the relation between two texts and its strength in [0,1].
type Match struct {
	Kind  Kind
	Score float64
}

// Normalize lowers case, removes accents, quotation marks and punctuation,
// and collapses spaces, so that quote styles and typography don't matter.
func Normalize(s string) string {
	return strings.Join(tokens(s), " ")
}

func tokens(s string) []string {
	return strings.FieldsFunc(fold.Key(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Compare relates a and b.
func Compare(a, b string) Match {
	return Prepare(a).Compare(Prepare(b))
}

// Prepared is a text made ready for comparing, so that one text compared
// with many others is read only once.
type Prepared struct {
	tokens  []string
	joined  string
	content map[string]bool
}

// Prepare reads s for Compare.
func Prepare(s string) *Prepared {
	ts := tokens(s)
	return &Prepared{tokens: ts, joined: strings.Join(ts, " "), content: contentWords(ts)}
}

// Compare relates a and b, as Compare does their texts.
func (a *Prepared) Compare(b *Prepared) Match {
	ta, tb := a.tokens, b.tokens
	if len(ta) == 0 || len(tb) == 0 {
		return Match{None, 0}
	}
	if a.joined == b.joined {
		return Match{Exact, 1}
	}
	short, long := a, b
	if len(ta) > len(tb) {
		short, long = b, a
	}
	// A partial quote of four words or more inside a fuller one.
	if len(short.tokens) >= 4 && strings.Contains(" "+long.joined+" ", " "+short.joined+" ") {
		return Match{Partial, 0.5 + 0.5*float64(len(short.tokens))/float64(len(long.tokens))}
	}
	ca, cb := a.content, b.content
	inter := 0
	for w := range ca {
		if cb[w] {
			inter++
		}
	}
	small := min(len(ca), len(cb))
	if small < 3 {
		return Match{None, 0}
	}
	overlap := float64(inter) / float64(small)
	dice := 2 * float64(inter) / float64(len(ca)+len(cb))
	// Overlap alone would let a short quote match any long one that shares
	// its words; weigh it with Dice so both lengths count.
	score := 0.6*overlap + 0.4*dice
	if overlap >= 0.6 && dice >= 0.35 && inter >= 3 {
		return Match{Near, score}
	}
	return Match{None, score}
}

// contentWords is the set of stemmed words that carry meaning.
func contentWords(ts []string) map[string]bool {
	set := make(map[string]bool, len(ts))
	for _, t := range ts {
		if stop[t] {
			continue
		}
		set[stem(t)] = true
	}
	return set
}

// stem strips the commonest English inflections: enough to meet
// "deploying"/"deploy" and "countries"/"country" in two translations.
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "es"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then than so as of in on at to for from by with without
	about into onto over under between through after before during while since until up down out off
	is are was were be been being am do does did done have has had having will would shall should can could
	may might must not no nor only also very just too more most some any all each every both either neither
	i me my we us our you your he him his she her it its they them their this that these those there here
	what which who whom whose when where why how s t don t isn t aren t won t can t said says say`) {
		m[w] = true
	}
	return m
}()

// Shingles samples the hashes of a text's five-word shingles: every article
// keeps the same subset of hashes (those divisible by 8), so two articles
// that share text share samples, and the share estimates how much text.
func Shingles(body string) []int64 {
	ts := tokens(body)
	const n = 5
	seen := map[int64]bool{}
	var out []int64
	h := fnv.New64a()
	for i := 0; i+n <= len(ts); i++ {
		h.Reset()
		for _, t := range ts[i : i+n] {
			h.Write([]byte(t))
			h.Write([]byte{' '})
		}
		v := int64(h.Sum64() >> 1)
		if v%8 != 0 || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	if len(out) > 1000 {
		out = out[:1000]
	}
	return out
}

// Containment is the share of the smaller sample found in the other:
// near 1 when one article's text is inside the other's.
func Containment(a, b []int64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(min(len(a), len(b)))
}

// Pairs hashes each pair of consecutive content words (stemmed, stop words
// left out) of a text. Two reports of one utterance share pairs even when
// translated differently ("countries committed", "deploy troops"), and an
// index over them narrows millions of quotes to a few candidates.
func Pairs(s string) []int64 {
	var words []string
	for _, t := range tokens(s) {
		if !stop[t] {
			words = append(words, stem(t))
		}
	}
	out := []int64{}
	seen := map[int64]bool{}
	h := fnv.New64a()
	for i := 0; i+1 < len(words); i++ {
		h.Reset()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		v := int64(h.Sum64() >> 1)
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
