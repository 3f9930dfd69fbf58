package extract

import "testing"

func TestSpeakers22NearSubjectUnknownName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "nearer subject of an unlisted first name takes she",
			in:      "Helen Ward, who runs the depot, said the vans were late. Ottilie Brandt chairs the regional board. She said the contract would be reviewed next month.",
			content: "the contract would be reviewed next month", speaker: "Ottilie Brandt"},
		{name: "source of the previous sentence takes she",
			in:      "Margaret Lowe said the fees were fair. The rise was needed, said Marit Osei-Rand. She added that parents had been warned in spring.",
			content: "parents had been warned in spring", speaker: "Marit Osei-Rand"},
		{name: "an unlisted name only as object keeps the woman",
			in:      "Helen Ward said the vans were late. Drivers had complained to Ottilie Brandt about the routes. She said the contract would be reviewed next month.",
			content: "the contract would be reviewed next month", speaker: "Helen Ward"},
		{name: "a listed man does not take she",
			in:      "Helen Ward said the vans were late. Chris Tolland chairs the regional board. She said the contract would be reviewed next month.",
			content: "the contract would be reviewed next month", speaker: "Helen Ward"},
		{name: "an unlisted subject two sentences back keeps the nearer woman",
			in:      "Ottilie Brandt chairs the regional board. Helen Ward said the vans were late. The depot stayed shut on Friday. She said the contract would be reviewed next month.",
			content: "the contract would be reviewed next month", speaker: "Helen Ward"},
	})
}

func TestSpeakers22WomensNames(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "he skips an Irish woman's name",
			in:      "Padraig Walsh said the ferry would run. Aoife Byrne chairs the harbour board. He said the timetable was final.",
			content: "the timetable was final", speaker: "Padraig Walsh"},
		{name: "she reaches a Nigerian woman's name across sentences",
			in:      "Ngozi Eze, who runs the market traders' group, met the council on Monday. The talks lasted four hours. Stall fees were not settled. She said traders would strike.",
			content: "traders would strike", speaker: "Ngozi Eze"},
		{name: "she reaches an Indian woman's name past a man",
			in:      "Meenakshi Rao said the clinic had no beds. Doctors met Rahul Mehta on Friday. She said patients were sleeping in corridors.",
			content: "patients were sleeping in corridors", speaker: "Meenakshi Rao"},
	})
}

func TestSpeakers22Carly(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "her advisers belong to a Carly named two sentences back",
			in:      "Carly Voss believed the mill was losing money. The plant had shed orders since June. Her advisers said a sale was the only way out.",
			content: "a sale was the only way out", speaker: "Carly Voss's advisers"},
		{name: "he skips a Carly for the man just named",
			in:      "Carly Voss ran the mill for a decade. Buyers met Tobias Wren in March. He said the price was fair.",
			content: "the price was fair", speaker: "Tobias Wren"},
	})
}

func TestSpeakers22NotPronounPerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "party adjective before a title is no antecedent",
			in:      "Former Republican assemblyman Dario Pelt lost his seat on Tuesday. His daughter said the family would stay in Albany.",
			content: "the family would stay in Albany", speaker: "Dario Pelt's daughter"},
	})
}
