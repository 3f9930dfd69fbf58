package extract

import "testing"

// TestFrontedFeeling: a sentence opening with a feeling participle and
// its cause attributes the cause to the main clause's subject.
func TestFrontedFeeling(t *testing.T) {
	checkContentSources(t, []contentSourceCase{
		{"by, with apposition", "Alarmed by the flooding along the river, Mayor Ida Fenn, a former engineer, ordered new levees.", "the flooding along the river", "Mayor Ida Fenn, a former engineer"},
		{"by, a name", "Angered by the late ferry schedule, Tomas Reyes sold his fishing boat.", "the late ferry schedule", "Tomas Reyes"},
		{"two causes", "Dismayed by the vote and inspired by the crowd, Tomas Reyes ran for mayor.", "the vote and inspired by the crowd", ""},
		{"a cause, no feeling", "Inspired by the old mill, Tomas Reyes painted the valley.", "the old mill", ""},
	})
}
