package extract

import "testing"

// TestStanceOpeners covers a sentence adverb or "whereas" opening the
// clause before its subject ("Certainly Ada Holm believed …", "…,
// whereas Holm argued …"): it is no part of the mention. A name that
// begins with such a word after the cue keeps it.
func TestStanceOpeners(t *testing.T) {
	checkMentions(t, []mentionCase{
		{
			name:    "a capitalised sentence adverb at the start",
			in:      "Certainly Ada Holm believed that the ferry toll was unfair.",
			content: "that the ferry toll was unfair",
			mention: "Ada Holm",
		},
		{
			name:    "whereas after a comma",
			in:      "The mayor praised the ferry toll, whereas Ada Holm argued that it was unfair.",
			content: "that it was unfair",
			mention: "Ada Holm",
		},
		{
			name:    "soon after a colon",
			in:      "It was no idle worry: soon the harbor guild had argued that the toll was unfair.",
			content: "that the toll was unfair",
			mention: "the harbor guild",
		},
		{
			name:    "a given name after the cue stays",
			in:      "\"The toll is unfair,\" said Soon Yi Holm.",
			content: "The toll is unfair",
			mention: "Soon Yi Holm",
		},
	})
}
