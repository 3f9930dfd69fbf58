// Package benchcorpus generates a large, deterministic synthetic catalog
// (outlets, speakers, articles and their quotes) for benchmarks, and loads
// it into PostgreSQL with COPY.
package benchcorpus

import (
	"io/fs"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"

	"github.com/quoted-dev/quoted/seeds"
)

// VocabularySize is the number of distinct words sentences draw from.
const VocabularySize = 4000

// Vocabulary returns the words sentences are built from, most frequent
// first: the words of the seed articles ranked by how often they occur
// there, then made-up words of English-like syllables for the long tail.
func Vocabulary() []string {
	count := map[string]int{}
	first := map[string]int{}
	n := 0
	names, _ := fs.Glob(seeds.Files, "*.txt")
	sort.Strings(names)
	for _, name := range names {
		b, _ := fs.ReadFile(seeds.Files, name)
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			w = strings.Trim(strings.ToLower(w), "'")
			if len(w) < 1 || !isASCIIWord(w) {
				continue
			}
			if _, ok := first[w]; !ok {
				first[w] = n
				n++
			}
			count[w]++
		}
	}
	words := make([]string, 0, VocabularySize)
	for w := range count {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return first[words[i]] < first[words[j]]
	})
	seen := map[string]bool{}
	for _, w := range words {
		seen[w] = true
	}
	r := rand.New(rand.NewPCG(7, 11))
	for len(words) < VocabularySize {
		w := pseudoWord(r)
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words[:VocabularySize]
}

func isASCIIWord(w string) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '\'' {
			return false
		}
	}
	return true
}

var (
	onsets  = []string{"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cl", "cr", "dr", "fl", "gr", "pl", "pr", "st", "str", "th", "tr", "sh", "ch", "sp"}
	vowels  = []string{"a", "e", "i", "o", "u", "ai", "ea", "ee", "ou", "io", "y"}
	codas   = []string{"", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "rk", "ck", "ng"}
	endings = []string{"", "", "", "", "s", "ed", "ing", "er", "tion", "ment", "ly", "ity", "al", "ous", "ive"}
)

// pseudoWord makes an English-looking word of one to three syllables.
func pseudoWord(r *rand.Rand) string {
	var b strings.Builder
	for range 1 + r.IntN(3) {
		b.WriteString(onsets[r.IntN(len(onsets))])
		b.WriteString(vowels[r.IntN(len(vowels))])
		b.WriteString(codas[r.IntN(len(codas))])
	}
	b.WriteString(endings[r.IntN(len(endings))])
	return b.String()
}

// Generator builds sentences and names with a deterministic PRNG.
type Generator struct {
	r     *rand.Rand
	words []string
	zipf  *rand.Zipf
}

// NewGenerator returns a Generator over vocab seeded with (seed1, seed2).
func NewGenerator(vocab []string, seed1, seed2 uint64) *Generator {
	r := rand.New(rand.NewPCG(seed1, seed2))
	return &Generator{r: r, words: vocab, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))}
}

// Rand is the generator's PRNG.
func (g *Generator) Rand() *rand.Rand { return g.r }

// Word returns a word drawn with Zipf-like frequencies.
func (g *Generator) Word() string { return g.words[g.zipf.Uint64()] }

// Text returns one to three sentences of minWords to maxWords words in all,
// with occasional commas and numbers.
func (g *Generator) Text(minWords, maxWords int) string {
	n := minWords + g.r.IntN(maxWords-minWords+1)
	var b strings.Builder
	start := true
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := g.Word()
		if g.r.IntN(60) == 0 {
			w = itoa(1 + g.r.IntN(500))
		}
		if start {
			w = capitalize(w)
			start = false
		}
		b.WriteString(w)
		left := n - i - 1
		switch {
		case left == 0:
			b.WriteByte('.')
		case left > 4 && i > 5 && g.r.IntN(18) == 0:
			b.WriteByte('.')
			start = true
		case left > 2 && i > 2 && g.r.IntN(9) == 0:
			b.WriteByte(',')
		}
	}
	return b.String()
}

func capitalize(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

var firstNames = []string{
	"Anna", "Bruno", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
	"Karin", "Luis", "Marta", "Nikos", "Olga", "Pavel", "Rosa", "Samir", "Tomas", "Ursula",
	"Viktor", "Wanda", "Yusuf", "Zofia", "Adele", "Boris", "Chiara", "Dmitri", "Emre", "Fatima",
	"Gustav", "Hanna", "Ivan", "Julia", "Kenji", "Lena", "Mateo", "Nadia", "Oscar", "Petra",
	"Rafael", "Sofia", "Theo", "Vera", "Walter", "Xenia", "Yara", "Zoran", "Amir", "Bianca",
	"Cyril", "Daria", "Erik", "Flavia", "Goran", "Helga", "Igor", "Jana", "Kasper", "Lucia",
	"Mikael", "Noor", "Otto", "Paola", "Quentin", "Rania", "Stefan", "Tara", "Uwe", "Valeria",
}

// Name returns a person's name: a first name and a made-up surname.
func (g *Generator) Name() string {
	last := ""
	for len(last) < 4 {
		last = pseudoWord(g.r)
	}
	return firstNames[g.r.IntN(len(firstNames))] + " " + capitalize(last)
}
