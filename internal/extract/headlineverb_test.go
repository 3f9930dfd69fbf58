package extract

import "testing"

// TestNamePluralVerb checks that a name before "votes for", "pushes
// for" or "comments on" is the subject of a verb unless a later verb
// shows the phrase to be a noun compound heading the subject.
func TestNamePluralVerb(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"votes for",
			"Okonjo votes for the harbor levy.",
			"the harbor levy", "Okonjo"},
		{"comments on",
			"Okonjo comments on the harbor levy.",
			"the harbor levy", "Okonjo"},
		{"a noun compound before a verb",
			"Okonjo comments on the harbor levy drew a crowd.",
			"the harbor levy", ""},
	})
}
