package extract

import "testing"

// TestThoughtVerbObject covers a verb of thought or attitude whose
// learned precision is low: after its subject it reports the subject's
// mind with any object, an infinitive, a question word or a short noun
// phrase. Nouns of the same form, modals, negations, perception, taste
// and a verb after a report in the same sentence are left alone.
func TestThoughtVerbObject(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"infinitive", "Most orchard owners want to sell their land before the frost.",
			[][2]string{{"to sell their land before the frost", "Most orchard owners"}}},
		{"question word", "The older pilots understand how the new tide tables work.",
			[][2]string{{"how the new tide tables work", "The older pilots"}}},
		{"short object", "The valley beekeepers fear a second dry summer.",
			[][2]string{{"a second dry summer", "The valley beekeepers"}}},
		{"quantifier subject", "Some understand how the toll works.",
			[][2]string{{"how the toll works", "Some"}}},
		{"title noun subject", "Veteran diplomats understand how the toll works.",
			[][2]string{{"how the toll works", "Veteran diplomats"}}},
		{"modal", "Ferry riders would see a fare rise of ten percent.", nil},
		{"negated", "The harbor master did not want a new pier.", nil},
		{"perception", "The lock keepers saw the barge drift past the gate.", nil},
		{"taste", "Dock workers like to eat lunch by the water.", nil},
		{"noun after adjective", "The flood left real fears among the growers.", nil},
		{"noun after participle", "The mounting worries about the canal kept tourists away.", nil},
		{"after a report", "Ana Ruiz said the pier was unsafe and the crews wanted a new one.",
			[][2]string{{"the pier was unsafe and the crews wanted a new one", "Ana Ruiz"}}},
		{"contact relative", "The berths the ferry owners want to lease to tourists are empty.", nil},
		{"no thought verb", "The new permit allows tenants to park free on weekends.", nil},
		{"action verb", "He released the old pony into the field.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}

// TestWeakGerund covers a participle whose learned precision is low
// but which a "that" clause follows after a comma or a dash: gerund
// reads it with the clause's subject. Evidence participles and a
// participle with no clause are left alone.
func TestWeakGerund(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want [][2]string
	}{
		{"comma", "The mayor delayed the vote, betting that the crews would back down.",
			[][2]string{{"that the crews would back down", "The mayor"}}},
		{"dash", "The mayor cut the ribbon — proclaiming that the pier was open to all.",
			[][2]string{{"that the pier was open to all", "The mayor"}}},
		{"determiner that", "The crews rebuilt the pier, creating that sense of calm.", nil},
		{"evidence", "The rowers lost again, showing that their depth matters.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkQuotePairs(t, c.in, c.want)
		})
	}
}
