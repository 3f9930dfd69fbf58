package extract

import "testing"

// TestTimedInfinitive covers a frame verb whose infinitive follows a
// time or venue phrase ("sought on Wednesday to …"): the verb frames the
// infinitive as it does right before "to"; a noun before the verb
// ("the plans Monday to …") frames nothing.
func TestTimedInfinitive(t *testing.T) {
	checkCueCases(t, []cueCase{
		{`The harbor board sought on Wednesday to calm fears about the new tolls.`, "to calm fears about the new tolls", "The harbor board", "sought"},
		{`The rowing guild decided Monday not to enter the autumn regatta.`, "not to enter the autumn regatta", "The rowing guild", "decided"},
		{`The ferry company refused at the hearing to publish its safety records.`, "to publish its safety records", "The ferry company", "refused"},
		// a venue phrase that runs on to a negated infinitive
		{`The harbor board decided after a long review not to raise the tolls.`, "not to raise the tolls", "The harbor board", "decided"},
	})
}
