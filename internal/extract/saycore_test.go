package extract

import "testing"

// TestSaycoreWhenAsked: the question after "when asked" past a time
// phrase or an adverb, and up to a colon that opens the answer.
func TestSaycoreWhenAsked(t *testing.T) {
	for _, c := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "time phrase before about, colon ends the question",
			text: `The harbor master told the council when asked last week about the dredging plan: "The channel will be ready in May."`,
			want: []string{`the dredging plan`, `"The channel will be ready in May."`},
		},
		{
			name: "adverb before a wh-question after the subject",
			text: `Lena Osk, when asked specifically which piers would close, answered that the north pier “stays open.”`,
			want: []string{`which piers would close`},
		},
		{
			name: "weekday before whether",
			text: `“We will see,” the ferry captain said when asked Tuesday whether the route would reopen.`,
			want: []string{`whether the route would reopen`},
		},
		{
			name:    "an adverb with no question after it takes nothing",
			text:    `The ferry captain smiled when asked politely and walked away.`,
			notWant: []string{`politely and walked away`, `and walked away`},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
