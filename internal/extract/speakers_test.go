package extract

import "testing"

func TestSpeakerNameParticles(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "von der keeps the name whole",
			in:      "Greta van der Molen, the harbour commissioner, toured the docks. \"The cranes are too old,\" van der Molen said.",
			content: "The cranes are too old", speaker: "Greta van der Molen"},
		{name: "a particle is no title",
			in:      "Khalid bin Rashed opened the fair in the morning. \"Trade brings friends,\" bin Rashed told guests.",
			content: "Trade brings friends", speaker: "Khalid bin Rashed", title: ""},
		{name: "pronoun after a particle name",
			in:      "Anna de Souza ran the clinic alone. \"We need nurses,\" she told the council on Friday.",
			content: "We need nurses", speaker: "Anna de Souza"},
		{name: "surname before the particle of a long name",
			in:      "Marcos Tavares Pinto da Costa arrived late in the evening. \"The road was closed,\" Pinto said.",
			content: "The road was closed", speaker: "Marcos Tavares Pinto da Costa"},
		{name: "a lower-case word after a name is no particle",
			in:      "Nora Holt drove a van to the market. \"The stalls were empty,\" Holt said.",
			content: "The stalls were empty", speaker: "Nora Holt"},
	})
}

func TestSpeakerNameSuffixes(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "surname before Jr.",
			in:      "Walter P. Grady Jr. chaired the hearing on Tuesday. \"The pumps failed twice,\" Grady said.",
			content: "The pumps failed twice", speaker: "Walter P. Grady Jr."},
		{name: "a title word before III is a surname",
			in:      "Samuel Ortiz King III spoke to the crowd at noon. \"We will keep marching,\" King said.",
			content: "We will keep marching", speaker: "Samuel Ortiz King III"},
		{name: "King before a name is still a title",
			in:      "King Harald IV opened the new bridge. \"The fjord is ours again,\" the king said. \"We built it together,\" Harald said.",
			content: "We built it together", speaker: "Harald IV"},
	})
}

func TestSpeakerApposedTitle(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "the title of an apposition outside a quote",
			in:      "Lotte Brandt, the former Danish chancellor, visited the shipyard. \"The hulls look sound,\" Brandt said. The former chancellor said \"orders will come back.\"",
			content: "orders will come back", speaker: "Lotte Brandt"},
		{name: "a country's minister",
			in:      "Tomas Ferreira, Portugal's fisheries minister, opened the port. \"Quotas stay,\" Ferreira said. The minister said \"boats may sail in May.\"",
			content: "boats may sail in May", speaker: "Tomas Ferreira"},
		{name: "a prince the title sets lack",
			in:      "Faisal bin Nasser, the crown prince, toured the stadium. The prince said \"the games will open on time.\"",
			content: "the games will open on time", speaker: "Faisal bin Nasser"},
		{name: "an age is no title",
			in:      "Ruth Okafor, 52, watched the river rise. The mayor said \"the levee will hold.\"",
			content: "the levee will hold", speaker: "mayor"},
		{name: "another head stays a role",
			in:      "Ivo Marsh, the fleet's chief engineer, checked the pumps. The captain said \"we sail at dawn.\"",
			content: "we sail at dawn", speaker: "captain"},
	})
}

func TestSpeakerUnnamedHead(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "a spokesperson for a firm is a role",
			in:      "Brightwell Foods recalled its yoghurt on Friday. A spokeswoman for Brightwell said \"no one has fallen ill.\"",
			content: "no one has fallen ill", speaker: "spokeswoman for Brightwell"},
		{name: "a state after from is no person",
			in:      "The vote on the dam was close. The senator from Idaho said \"the valley will flood.\"",
			content: "the valley will flood", speaker: "senator from Idaho"},
		{name: "a share of a group is a role",
			in:      "The survey was taken in June. A majority of Norwegians said \"the tax is fair.\"",
			content: "the tax is fair", speaker: "majority of Norwegians"},
		{name: "a government in its capital stays the place",
			in:      "The talks stalled over fishing rights. The government in Reykjavik said \"the quota stands.\"",
			content: "the quota stands", speaker: "Reykjavik"},
		{name: "a report from a body is the body's",
			in:      "Rents rose again in the spring. A report from the Halvorsen Housing Institute said \"rents rose by a tenth.\"",
			content: "rents rose by a tenth", speaker: "Halvorsen Housing Institute"},
		{name: "a name apposed after a title and of",
			in:      "The ferry strike ended at dawn. The mayor of Malmo, Petra Lindqvist, said \"the ferries will run.\"",
			content: "the ferries will run", speaker: "Petra Lindqvist"},
	})
}

func TestSpeakerTitledNames(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "a peer is named with his place",
			in:      "The Earl of Wessex opened the new library wing. The earl said \"books outlast us all.\"",
			content: "books outlast us all", speaker: "Earl of Wessex"},
		{name: "a person of a firm keeps his surname",
			in:      "Analysts were split on the merger. \"It is a bold bet,\" said Mr. Dorsey of Kettle Bank.",
			content: "It is a bold bet", speaker: "Dorsey"},
		{name: "an agency administrator is a title",
			in:      "FEMA Administrator Joan Pike flew to the coast. \"Help is coming,\" Pike said.",
			content: "Help is coming", speaker: "Joan Pike", title: "FEMA Administrator"},
		{name: "a hyphenated title before a name",
			in:      "The league met in Geneva. \"We must share the water,\" said UNEP Director-General Oskar Vilde.",
			content: "We must share the water", speaker: "Oskar Vilde"},
	})
}

func TestSpeakerAbbreviatedTitle(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{name: "Sen. is the senator",
			in:      "Sen. Rosa Klein toured the flooded farms. \"The aid is late,\" the senator said.",
			content: "The aid is late", speaker: "Rosa Klein"},
		{name: "Prof. is the professor",
			in:      "Prof. Ilse Brand measured the glacier again. \"It lost a metre,\" the professor said.",
			content: "It lost a metre", speaker: "Ilse Brand"},
		{name: "not once another person is the subject",
			in:      "Gov. Hal Dunn signed the budget in March. Marek Olsen wrote the plan for the river towns. The governor said \"the towns will get their share.\"",
			content: "the towns will get their share", speaker: "governor"},
	})
}

func TestSpeakerStatesArePlaces(t *testing.T) {
	for _, c := range []struct{ in, content, speaker string }{
		{"Dairy prices fell in March. Ranchers met in Nebraska last week. Nebraska said \"the compact stands.\"", "the compact stands", "Nebraska"},
		{"Rain closed the schools. Buses from Vermont were late. \"We will make it up,\" Vermont said.", "We will make it up", "Vermont"},
	} {
		q := quoteWhere(t, "Headline\n\n"+c.in, c.content, true)
		if q.Speaker.Name != c.speaker || q.Speaker.Kind != SpeakerOrganization {
			t.Errorf("%q: speaker %q (%s), want the organization %q", c.in, q.Speaker.Name, q.Speaker.Kind, c.speaker)
		}
	}
	checkSpeakers(t, []speakerCase{
		{name: "officials in a state are a role",
			in:      "Dairy prices fell in March. \"Our wells come first,\" officials in Nebraska said.",
			content: "Our wells come first", speaker: "officials in Nebraska"},
	})
}
