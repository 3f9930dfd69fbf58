package extract

import "testing"

// TestMediumCut covers a phrase naming the medium of a report between a
// subject and its cue ("Ada Holm in a blog post said …"): the mention
// ends at the name, or before a phrase the speaker owns; after a common
// noun another phrase describes the source and stays.
func TestMediumCut(t *testing.T) {
	checkMentions(t, []mentionCase{
		{
			name:    "a post after a full name",
			in:      "Mayor Ada Holm in a blog post said the ferry toll would be scrapped.",
			content: "the ferry toll would be scrapped",
			mention: "Mayor Ada Holm",
		},
		{
			name:    "an owned speech after a surname",
			in:      "Holm in her budget speech called the harbor tax a burden on fishermen.",
			content: "the harbor tax a burden on fishermen",
			mention: "Holm",
		},
		{
			name:    "an owned speech after a common noun",
			in:      "The harbor master in his annual address said the pier would close in May.",
			content: "the pier would close in May",
			mention: "The harbor master",
		},
		{
			name:    "a report describing a common noun stays",
			in:      "A footnote in the report says the pier would close in May.",
			content: "the pier would close in May",
			mention: "A footnote in the report",
		},
		{
			name:    "a phrase after a name naming no medium stays",
			in:      "Ada Holm in the harbor office said the pier would close in May.",
			content: "the pier would close in May",
			mention: "Ada Holm in the harbor office",
		},
	})
}
