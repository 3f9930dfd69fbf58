package extract

// countedDescription says whether the words [a, b) are a counted
// description before an apposed name: "One Republican strategist" in
// "One Republican strategist, Ann Lee, said …", "Another veteran
// organizer". npBack does not read a capitalised "One" followed by a
// capitalised adjective as one noun phrase; the description is short,
// has no verb or stop word, and ends in a lower-case noun.
func (f *finder) countedDescription(a, b int) bool {
	d := f.d
	if b-a < 2 || b-a > 5 || !d.word(a) || !countedOpeners[d.lw(a)] {
		return false
	}
	for k := a + 1; k < b; k++ {
		t := &d.toks[k]
		if t.quote != 0 || t.kind != tkWord {
			return false
		}
		w := d.lw(k)
		if auxVerbs[w] || pronouns[w] || npStop[w] || whWords[w] || isGerund(w) || isPast(w) {
			return false
		}
	}
	return !d.toks[b-1].cap
}

// countedOpeners open a counted description.
var countedOpeners = setOf("one another some")
