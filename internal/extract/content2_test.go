package extract

import "testing"

// TestContent2 checks content boundaries of the content2 lane: where a
// reported clause ends before the narrator's comment on it.
func TestContent2(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"result participle ends the content", "The mayor said the harbor would close for the winter, drawing angry shouts from the fishermen.",
			[]string{"the harbor would close for the winter"}, []string{"the harbor would close for the winter, drawing angry shouts from the fishermen"}},
		{"putting after a clause", "Councilwoman Ada Brenner said she would vote against the ferry budget, putting the plan in doubt for another year.",
			[]string{"she would vote against the ferry budget"}, nil},
		{"other participles stay in the content", "The inspector said the crew had worked through the night, making the bridge safe by dawn.",
			[]string{"the crew had worked through the night, making the bridge safe by dawn"}, nil},
		{"venue after quoted words ends the content", "The harbor master called the new toll “a quiet robbery” in a radio interview on Monday.",
			[]string{"the new toll “a quiet robbery”"}, []string{"the new toll “a quiet robbery” in a radio interview on Monday"}},
		{"a place after quoted words stays", "The harbor master said the new toll was “a quiet robbery” in a town of fishermen.",
			[]string{"the new toll was “a quiet robbery” in a town of fishermen"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
