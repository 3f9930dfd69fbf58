package main

import "testing"

// TestNameWords: a word only ever capitalised inside a sentence is a name;
// one also written in lower case, or capitalised only at a sentence start
// or among other capitals (a Title Case headline), is not.
func TestNameWords(t *testing.T) {
	arts := []article{
		{Text: "Officials met Tuesday, said Orla Vance, a spokeswoman. Later Vance left."},
		{Text: "Mayor Rejects Budget Plan\n\nRejects came early. The council rejects it, Quill said."},
		{Text: "Quill is a common word: a quill pen."},
	}
	got := nameWords(arts)
	for _, w := range []string{"vance", "tuesday"} {
		if !got[w] {
			t.Errorf("%q is a name here; nameWords gave %v", w, got)
		}
	}
	for _, w := range []string{"rejects", "quill", "officials", "later", "budget"} {
		if got[w] {
			t.Errorf("%q is no name here; nameWords gave %v", w, got)
		}
	}
}
