package extract

import "testing"

// "call" with an adverb or a quantifier after the object names nothing.
func TestNamingAdverb(t *testing.T) {
	no := []string{"called"}
	checkFixrev(t, []fixrevCase{
		{name: "twice", in: "He called Kim twice.", notWant: []string{"Kim twice"}, notCues: no},
		{name: "pronoun twice", in: "She called him twice.", notWant: []string{"him twice"}, notCues: no},
		{name: "first", in: "He called Kim first.", notWant: []string{"Kim first"}, notCues: no},
		{name: "right away", in: "He called Kim right away.", notWant: []string{"Kim right away"}, notCues: no},
		{name: "every day", in: "They called Kim every day.", notWant: []string{"Kim every day"}, notCues: no},
		{name: "both", in: "She called them both.", notWant: []string{"them both"}, notCues: no},
		{name: "noun phrase", in: "She called him a coward.", want: []string{"him a coward"}},
		{name: "adjective", in: "Critics called Kim reckless.", want: []string{"Kim reckless"}},
		{name: "negated adjective", in: "Critics called Kim unfit.", want: []string{"Kim unfit"}},
	})
}
