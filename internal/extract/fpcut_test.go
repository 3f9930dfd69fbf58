package extract

import "testing"

// TestFPCut checks readings that take a clause as content where no report
// was made: a relative pronoun or a raising verb after a content's comma,
// a comma after a cue whose source sits inside a larger phrase, and a
// belief inside another report's content. Each has a look-alike that
// keeps its attribution.
func TestFPCut(t *testing.T) {
	cases := []contentSourceCase{
		// A relative pronoun after the comma belongs to the noun before it.
		{"who after a content's comma",
			"The orchard passed to the younger cousin, Dario Venn, who added a cider press.",
			"The orchard passed to the younger cousin, Dario Venn", ""},
		{"which after a content's comma",
			"Heavy rain filled the old quarry pond, which was later drained by the county.",
			"Heavy rain filled the old quarry pond", ""},
		{"a named source after a content's comma",
			"The dam will hold, the engineer said.",
			"The dam will hold", "the engineer"},

		// A raising verb takes no content before it.
		{"it seems after a clause",
			"The ferry has been late all week, it seems.",
			"The ferry has been late all week", ""},
		{"it seems inside a clause",
			"Tolls on the bridge and, it seems, the ferry will rise next year.",
			"Tolls on the bridge and, it seems, the ferry will rise next year", ""},
		{"a report verb after a clause",
			"The ferry has been late all week, the captain admits.",
			"The ferry has been late all week", "the captain"},

		// A cue inside an object relative, adverbial clause or question
		// has no object after its comma.
		{"object relative",
			"The baker still sells the rye loaves his father once praised, like the one with caraway.",
			"like the one with caraway", ""},
		{"a conjunction before the source keeps the reading",
			"My aides told me to stay home, but I said, look, the ferry needs a captain.",
			"look, the ferry needs a captain", "I"},
		{"a sequence word before the source keeps the reading",
			"Then the skipper said, the tide will turn by noon.",
			"the tide will turn by noon", "the skipper"},
		{"adverbial clause",
			"After Ms. Lund testified, Mr. Ober and his team turned to the budget.",
			"Mr. Ober and his team turned to the budget", ""},
		{"noun before the source",
			"The race was not the walkover many pundits initially forecast, and Governor Lane has the delegates.",
			"and Governor Lane has the delegates", ""},
		{"question",
			"Would you say, in plain words, the levy is dead?",
			"in plain words, the levy is dead", ""},
		{"as before the source",
			"As the minister noted, the panel moved on to the budget.",
			"the panel moved on to the budget", "the minister"},
		{"focus word before the source",
			"Even her aides say, frankly, the plan is dead.",
			"frankly, the plan is dead", "her aides"},

		// A belief inside another report's content is not reported again.
		{"belief inside a question's content",
			"Asked if he thought the toll went too far, Mr. Ober replied: \"Maybe so.\"",
			"the toll went", ""},
		{"speech inside a question's content",
			"Asked if the mayor said the toll would rise, Mr. Ober replied: \"Maybe so.\"",
			"the toll would rise", "the mayor"},
	}
	checkContentSources(t, cases)
}

// TestObjectParticiple checks that a past participle right after a
// preposition's object is no report by that object, while a subject
// before a participle, a "with" phrase and a "that" clause keep theirs.
func TestObjectParticiple(t *testing.T) {
	cases := []contentSourceCase{
		{"posted on after in",
			"In a letter posted on the town website, the mayor thanked the volunteers.",
			"the town website", ""},
		{"posted on before a clause",
			"In a clip posted on a fan forum, the crowd can be heard chanting.",
			"a fan forum", ""},
		{"billed as after at",
			"At a rally billed as a town hall, the senator spoke for an hour.",
			"a town hall", ""},
		{"featured in after in",
			"She appeared in a film featured in the spring festival.",
			"the spring festival", ""},
		{"the main clause keeps its report",
			"In a letter posted on the town website, the mayor thanked the volunteers.",
			"the volunteers", "the mayor"},
		{"a subject before the participle",
			"The mayor criticized the budget.",
			"the budget", "The mayor"},
		{"a subject with a prepositional phrase",
			"Some of the council members praised the plan.",
			"the plan", "Some of the council members"},
		{"with and a that clause",
			"With many residents worried that the bridge will close, the mayor called a meeting.",
			"that the bridge will close", "many residents"},
		{"with and a feeling",
			"With most voters alarmed by the cost, the council paused the plan.",
			"the cost", "most voters"},
		{"after opens a clause",
			"After the mayor announced the closure, residents protested.",
			"the closure", "the mayor"},
	}
	checkContentSources(t, cases)
}

// TestObjectParticipleTakesObject checks that a past form with an object
// after it is a clause's verb, not a participle modifying the object of
// a fronted preposition: its report stays (the mention still runs into
// the preposition's object: "court officials"). A naming participle
// takes its name and stays dropped.
func TestObjectParticipleTakesObject(t *testing.T) {
	checkCueContents(t, []cueContentCase{
		{"a clause after a fronted phrase",
			"At the hearing neighbors claimed the noise went on all night.",
			"claimed", "the noise went on all night"},
		{"a fronted phrase without a determiner",
			"In court officials denied the ledger was ever altered.",
			"denied", "the ledger was ever altered"},
	})
	checkContentSources(t, []contentSourceCase{
		{"a naming participle",
			"Fans were tired of their team being called the Lost Cause.",
			"the Lost Cause", ""},
	})
}
