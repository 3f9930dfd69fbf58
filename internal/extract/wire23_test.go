package extract

import "testing"

// TestWire23MiniArticles runs short stories of forms the gold never
// shows (opinion columns, press releases, interviews, editorial
// insertions and ellipses, quotations over several paragraphs, Irish,
// British, Indian, Nigerian, South African and Australian copy with
// undotted honorifics and ranks, lists, rubric headlines, obituaries,
// fact checks) and checks every attribution, whom it resolves to and
// where it was said.
func TestWire23MiniArticles(t *testing.T) {
	checkArticles(t, []articleCase{
		{"Why the Bypass Is a Mistake\n\nI have driven the old coast road for thirty years, and I do not want a bypass.\n\nThe council will say that traffic leaves it no choice. As Maeve Dolan, a planner I spoke to last week, put it, \"roads fill up as fast as you build them.\"\n\nCouncillor Peter Quinn told me the plan was \"the only game in town.\"", []articleWant{
			{"that traffic leaves it no choice", "The council", "council", ""},
			{"\"roads fill up as fast as you build them.\"", "Maeve Dolan, a planner I spoke to last week", "Maeve Dolan", ""},
			{"the plan was \"the only game in town.\"", "Councillor Peter Quinn", "Peter Quinn", ""},
		}},
		{"The Minister's Convenient Memory\n\nWhen the minister told the Dail in March that no warnings had been received, she was wrong.\n\nOfficials had written to her department twice, records released under freedom of information show.\n\nHer spokesman said on Friday that she \"stands over\" her statement.", []articleWant{
			{"that no warnings had been received", "the minister", "minister", "Dail"},
			{"that she \"stands over\" her statement", "Her spokesman", "spokesman", ""},
		}},
		{"Brightwell Names New Chief Financial Officer\n\nLONDON -- Brightwell Group plc today announced the appointment of Sarah Okafor as chief financial officer, effective 1 March.\n\n\"Sarah brings deep experience in regulated markets,\" said Tom Harding, chief executive of Brightwell. \"We are delighted she is joining us.\"\n\n\"I am excited to join such a talented team,\" said Okafor.", []articleWant{
			{"the appointment of Sarah Okafor as chief financial officer, effective 1 March", "Brightwell Group plc", "Brightwell Group plc", ""},
			{"\"Sarah brings deep experience in regulated markets,\" said Tom Harding, chief executive of Brightwell. \"We are delighted she is joining us.\"", "Tom Harding, chief executive of Brightwell", "Tom Harding", ""},
			{"\"I am excited to join such a talented team,\"", "Okafor", "Sarah Okafor", ""},
		}},
		{"City Opens New Library\n\nThe City of Ballarat today opened its new central library.\n\n\"Libraries are the heart of a community,\" said Mayor Des Hudson.\n\nThe library cost $18 million, the council said in a statement.", []articleWant{
			{"\"Libraries are the heart of a community,\"", "Mayor Des Hudson", "Des Hudson", ""},
			{"The library cost $18 million", "the council", "council", "statement"},
		}},
		{"Helix Bio Reports Positive Trial Results\n\nBOSTON -- Helix Bio Inc. reported positive results from a phase 2 trial of its experimental asthma drug.\n\n\"These data support moving to a phase 3 study,\" said Dr. Laura Kim, chief medical officer of Helix.\n\nThe company said it would present full results at a medical meeting later this year.", []articleWant{
			{"positive results from a phase 2 trial of its experimental asthma drug", "Helix Bio Inc.", "Helix Bio Inc.", ""},
			{"\"These data support moving to a phase 3 study,\"", "Dr. Laura Kim, chief medical officer of Helix", "Laura Kim", ""},
			{"it would present full results at a medical meeting later this year", "The company", "Helix Bio Inc.", ""},
		}},
		{"Northwind Airlines Adds Routes\n\nNorthwind Airlines will launch three new routes to Asia in the spring, the carrier said Monday.\n\n\"Demand for travel to the region has never been stronger,\" said Priya Nair, Northwind's chief commercial officer.", []articleWant{
			{"Northwind Airlines will launch three new routes to Asia in the spring", "the carrier", "carrier", ""},
			{"\"Demand for travel to the region has never been stronger,\"", "Priya Nair, Northwind's chief commercial officer", "Priya Nair", ""},
		}},
		{"Foundation Awards Grants\n\nThe Carver Foundation has awarded $5 million in grants to rural schools, the foundation said.\n\n\"Every child deserves a good school,\" said Ruth Carver, the foundation's president, in a statement.", []articleWant{
			{"The Carver Foundation has awarded $5 million in grants to rural schools", "the foundation", "Carver Foundation", ""},
			{"\"Every child deserves a good school,\"", "Ruth Carver, the foundation's president", "Ruth Carver", "statement"},
		}},
		{"The Author on Her New Novel\n\nIn an interview, the novelist Chiamaka Eze said the book took seven years to write.\n\n\"I threw away the first draft,\" Eze said. \"It was terrible.\"\n\nHer publisher said the first printing had sold out.", []articleWant{
			{"the book took seven years to write", "the novelist Chiamaka Eze", "Chiamaka Eze", "interview"},
			{"\"I threw away the first draft,\" Eze said. \"It was terrible.\"", "Eze", "Chiamaka Eze", "interview"},
			{"the first printing had sold out", "Her publisher", "publisher", ""},
		}},
		{"Minister Defends Closure\n\n\"The decision [to close the plant] was not taken lightly,\" Mr Singh said.\n\n\"We looked at every option … and none of them worked,\" he added.\n\nUnion leaders said they would fight the closure.", []articleWant{
			{"\"The decision [to close the plant] was not taken lightly,\"", "Mr Singh", "Singh", ""},
			{"\"We looked at every option … and none of them worked,\"", "he", "Singh", ""},
			{"they would fight the closure", "Union leaders", "Union leaders", ""},
		}},
		{"Councillor's Post Draws Criticism\n\n\"Their [sic] is no housing crisis in this town,\" Cllr Mary Doyle wrote on Facebook.\n\nThe post was later deleted.\n\nDoyle said she had been misunderstood.", []articleWant{
			{"\"Their [sic] is no housing crisis in this town,\"", "Cllr Mary Doyle", "Mary Doyle", "Facebook"},
			{"she had been misunderstood", "Doyle", "Mary Doyle", "Facebook"},
		}},
		{"Spokesman Clarifies Remarks\n\n\"He [the president] has full confidence in the minister,\" the spokesman said.\n\nThe minister said she had not offered to resign.", []articleWant{
			{"\"He [the president] has full confidence in the minister,\"", "the spokesman", "spokesman", ""},
			{"she had not offered to resign", "The minister", "minister", ""},
		}},
		{"General Warns of Escalation\n\n\"We will … defend every inch of our territory,\" Gen. Ivan Petrenko said on Tuesday.\n\nHe said the enemy had moved artillery closer to the border.", []articleWant{
			{"\"We will … defend every inch of our territory,\"", "Gen. Ivan Petrenko", "Ivan Petrenko", ""},
			{"the enemy had moved artillery closer to the border", "He", "Ivan Petrenko", ""},
		}},
		{"Council Approves Housing Plan\n\nThe council approved the plan 7-2 on Tuesday.\n\n\"We have waited a decade for this. Families have been priced out of the city.\n\n\"I did not take this decision lightly,\" Councillor Jane Roe said. \"There are trade-offs.\n\n\"But the alternative is a city only the wealthy can afford.\"\n\nCouncillor Tom Reed voted against.", []articleWant{
			{"\"We have waited a decade for this. Families have been priced out of the city.\n\n\"I did not take this decision lightly,\" Councillor Jane Roe said. \"There are trade-offs.\n\n\"But the alternative is a city only the wealthy can afford.\"", "Councillor Jane Roe", "Jane Roe", ""},
		}},
		{"Reserve Bank Holds Rate\n\nThe Reserve Bank kept its repo rate unchanged on Thursday.\n\n\"The rand has been resilient,\" said Mr Kganyago, the Reserve Bank governor.\n\nMr Kganyago said inflation expectations remained too high.", []articleWant{
			{"\"The rand has been resilient,\"", "Mr Kganyago, the Reserve Bank governor", "Kganyago", ""},
			{"inflation expectations remained too high", "Mr Kganyago", "Kganyago", ""},
		}},
		{"Taoiseach Rules Out Election\n\nThe Taoiseach, Micheal Martin, said on Tuesday there would be no election this year.\n\n\"The Government is stable,\" Mr Martin told reporters.\n\nThe Sinn Fein leader, Mary Lou McDonald, said the Government had \"run out of road\".", []articleWant{
			{"there would be no election this year", "The Taoiseach, Micheal Martin", "Micheal Martin", ""},
			{"\"The Government is stable,\"", "Mr Martin", "Micheal Martin", "reporters"},
			{"the Government had \"run out of road\"", "The Sinn Fein leader, Mary Lou McDonald", "Mary Lou McDonald", ""},
		}},
		{"Premier Defends Lockdown\n\nThe Premier, Daniel Andrews, defended the lockdown on Sunday.\n\n\"We are not for turning,\" Mr Andrews said.\n\nThe Opposition Leader, Michael O'Brien, said businesses were being destroyed.", []articleWant{
			{"the lockdown", "The Premier, Daniel Andrews", "Daniel Andrews", ""},
			{"\"We are not for turning,\"", "Mr Andrews", "Daniel Andrews", ""},
			{"businesses were being destroyed", "The Opposition Leader, Michael O'Brien", "Michael O'Brien", ""},
		}},
		{"Governor Signs Budget\n\nLagos State Governor Babajide Sanwo-Olu signed the 2025 budget on Monday.\n\n\"This budget is for every Lagosian,\" Mr Sanwo-Olu said.\n\nThe Commissioner for Finance, Mrs Abosede Adeyemi, said capital spending would rise by 30 percent.", []articleWant{
			{"the 2025 budget", "Lagos State Governor Babajide Sanwo-Olu", "Babajide Sanwo-Olu", ""},
			{"\"This budget is for every Lagosian,\"", "Mr Sanwo-Olu", "Babajide Sanwo-Olu", ""},
			{"capital spending would rise by 30 percent", "The Commissioner for Finance, Mrs Abosede Adeyemi", "Abosede Adeyemi", ""},
		}},
		{"Chief Minister Announces Relief\n\nChief Minister Siddaramaiah on Friday announced relief for flood-hit districts.\n\n\"No family will be left behind,\" he said.\n\nOpposition leader R Ashoka said the package was too little, too late.", []articleWant{
			{"relief for flood-hit districts", "Chief Minister Siddaramaiah", "Siddaramaiah", ""},
			{"\"No family will be left behind,\"", "he", "Siddaramaiah", ""},
			{"the package was too little, too late", "Opposition leader R Ashoka", "R Ashoka", ""},
		}},
		{"Hospital Overwhelmed\n\nDr Anjali Patel, the hospital's medical superintendent, said beds had run out by Tuesday evening.\n\n\"Every bed we have is full,\" Dr Patel said.\n\nThe state health minister said extra staff would be sent.", []articleWant{
			{"beds had run out by Tuesday evening", "Dr Anjali Patel, the hospital's medical superintendent", "Anjali Patel", ""},
			{"\"Every bed we have is full,\"", "Dr Patel", "Anjali Patel", ""},
			{"extra staff would be sent", "The state health minister", "state health minister", ""},
		}},
		{"Garda Appeal\n\nGardai have appealed for witnesses after a man was injured in Cork.\n\nSupt Mark Doyle said the man was in a serious condition.\n\n\"We need anyone who was in the area to come forward,\" Supt Doyle said.", []articleWant{
			{"the man was in a serious condition", "Supt Mark Doyle", "Mark Doyle", ""},
			{"\"We need anyone who was in the area to come forward,\"", "Supt Doyle", "Mark Doyle", ""},
		}},
		{"Police Arrest Suspect\n\nChief Inspector Ann Roe said officers had arrested a man in his 30s.\n\n\"This was a frightening incident,\" she said.\n\nDet Sgt Paul Hale said inquiries were continuing.", []articleWant{
			{"officers had arrested a man in his 30s", "Chief Inspector Ann Roe", "Ann Roe", ""},
			{"\"This was a frightening incident,\"", "she", "Ann Roe", ""},
			{"inquiries were continuing", "Det Sgt Paul Hale", "Paul Hale", ""},
		}},
		{"MP Calls for Inquiry\n\nThe local MP, Jane Roe, called for an independent inquiry.\n\n\"Residents deserve answers,\" Ms Roe said.\n\nThe council said it would cooperate fully.", []articleWant{
			{"an independent inquiry", "The local MP, Jane Roe", "Jane Roe", ""},
			{"\"Residents deserve answers,\"", "Ms Roe", "Jane Roe", ""},
			{"it would cooperate fully", "The council", "council", ""},
		}},
		{"MEP Criticises Deal\n\n\"This deal sells out our farmers,\" the MEP, Sean Kelly, said.\n\nThe Commission said the agreement included strong safeguards.", []articleWant{
			{"\"This deal sells out our farmers,\"", "the MEP, Sean Kelly", "Sean Kelly", ""},
			{"the agreement included strong safeguards", "The Commission", "Commission", ""},
		}},
		{"Attorney-General Rules on Bill\n\nThe Attorney-General, Rossa Fanning, said the bill was constitutional.\n\nOpposition TDs said they would seek further advice.", []articleWant{
			{"the bill was constitutional", "The Attorney-General, Rossa Fanning", "Rossa Fanning", ""},
			{"they would seek further advice", "Opposition TDs", "Opposition TDs", ""},
		}},
		{"What the Candidates Promised\n\nAt Tuesday's debate, the candidates set out their priorities:\n\n- Jane Roe said she would freeze property taxes for two years.\n- Tom Reed promised to hire 100 more police officers.\n- Ana Diaz said the city needed \"a real plan for housing.\"\n\nThe election is on Nov. 5.", []articleWant{
			{"she would freeze property taxes for two years", "Jane Roe", "Jane Roe", ""},
			{"to hire 100 more police officers", "Tom Reed", "Tom Reed", ""},
			{"the city needed \"a real plan for housing.\"", "Ana Diaz", "Ana Diaz", ""},
		}},
		{"Key Moments From the Hearing\n\n1. The chairman said the committee would issue subpoenas.\n\n2. \"I have nothing to hide,\" the witness said.\n\n3. Democrats said the hearing was a stunt.", []articleWant{
			{"the committee would issue subpoenas", "The chairman", "chairman", ""},
			{"\"I have nothing to hide,\"", "the witness", "witness", ""},
			{"the hearing was a stunt", "Democrats", "Democrats", ""},
		}},
		{"Roe: 'We Will Not Back Down'\n\nThe senator said on Monday she would keep fighting the bill.\n\n\"This is not over,\" Roe said.", []articleWant{
			{"she would keep fighting the bill", "The senator", "senator", ""},
			{"\"This is not over,\"", "Roe", "Roe", ""},
		}},
		{"Ruth Malone, Pioneering Judge, Dies at 91\n\nRuth Malone, the state's first female chief justice, died on Sunday. She was 91.\n\nHer daughter, Anne Malone, said she died peacefully at home.\n\nMalone once said that the law \"must be a shield, not a sword.\"", []articleWant{
			{"she died peacefully at home", "Her daughter, Anne Malone", "Anne Malone", ""},
			{"that the law \"must be a shield, not a sword.\"", "Malone", "Ruth Malone", ""},
		}},
		{"Jazz Pianist Leo Grant Dies\n\nLeo Grant, the pianist, died on Friday in Paris. He was 84.\n\n\"I play what I hear,\" he once told an interviewer.\n\nHis manager said the cause was heart failure.", []articleWant{
			{"\"I play what I hear,\"", "he", "Leo Grant", ""},
			{"the cause was heart failure", "His manager", "Leo Grant's manager", ""},
		}},
		{"Fact Check: Did Crime Really Double?\n\nSenator Mark Hale claimed on Facebook last week that violent crime in the state had doubled since 2019.\n\nThat is false. State police data show violent crime rose 6 percent.\n\nA spokeswoman for the state police, Lt. Karen Boyd, said the figures were published every quarter.", []articleWant{
			{"that violent crime in the state had doubled since 2019", "Senator Mark Hale", "Mark Hale", "Facebook"},
			{"violent crime rose 6 percent", "State police data", "State police data", ""},
			{"the figures were published every quarter", "A spokeswoman for the state police, Lt. Karen Boyd", "Karen Boyd", ""},
		}},
		{"No, the Bill Does Not Ban Cash\n\nA viral post claims that the bill would ban cash payments.\n\nThe bill's sponsor, Rep. Ana Ruiz, said the claim was \"completely made up.\"", []articleWant{
			{"that the bill would ban cash payments", "A viral post", "viral post", "post"},
			{"the claim was \"completely made up.\"", "The bill's sponsor, Rep. Ana Ruiz", "Ana Ruiz", ""},
		}},
	})
}

// TestWire23Speakers: undotted honorifics and ranks come off the name,
// offices of other parliaments are titles, and men's names of other
// countries give "he" its antecedent; "Gen Z", a painter named Constable
// and a plain "inspector" stay as they are.
func TestWire23Speakers(t *testing.T) {
	checkLastSpeakers(t, "Rain fell.\n\n", []lastSpeaker{
		{"\"We will not be raising taxes this year,\" said Mr Kumar, the finance minister.", "Kumar"},
		{"Dr Patel said the ward had run out of beds.", "Patel"},
		{"\"Thank you, Mr President,\" Mrs Adeyemi said.", "Adeyemi"},
		{"\"Thank you, Mr President,\" the senator said.", "senator"},
		{"Cllr Mary Doyle said the council would appeal.", "Mary Doyle"},
		{"Prof Ian Hart said the data were clear.", "Ian Hart"},
		{"Mr. Kumar said taxes would rise, and Mr Kumar added that spending would fall.", "Kumar"},
		{"\"We will fight this,\" the Taoiseach, Micheal Martin, said on Tuesday.", "Micheal Martin"},
		{"\"We will fight this,\" the Labour TD, Jane Roe, said.", "Jane Roe"},
		{"\"We will fight this,\" the local MP, Jane Roe, said.", "Jane Roe"},
		{"\"We will fight this,\" the Attorney-General, Jane Roe, said.", "Jane Roe"},
		{"Det Sgt Ann Lee said the road was closed.", "Ann Lee"},
		{"Supt Mark Doyle said the man was in a serious condition.", "Mark Doyle"},
		{"Chief Inspector Ann Roe said officers had responded within minutes.", "Ann Roe"},
		{"Niall Brady met Ines Ortega on Friday. He said the deal was near.", "Niall Brady"},
		{"Emeka Obi met Ines Ortega on Friday. He said the deal was near.", "Emeka Obi"},
		{"Gen Z said the economy mattered most.", "Gen Z"},
		{"John Constable said the painting was a fake.", "John Constable"},
		{"The inspector said the building was unsafe.", "inspector"},
		{"Conservative MPs said the vote was a disgrace.", "Conservative MPs"},
	})
}

// TestWire23Venues: the cue's own verb is no venue ("data show",
// "critics call"), a noun "show" still is.
func TestWire23Venues(t *testing.T) {
	cases := []struct{ in, venue string }{
		{"State police data show violent crime rose 6 percent.", ""},
		{"Critics call the plan a giveaway.", ""},
		{"Lee said on his radio show that the plan was a giveaway.", "radio show"},
	}
	for _, c := range cases {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 {
			t.Errorf("%q: got %d attributions, want 1", c.in, len(r.Quotes))
			continue
		}
		v := ""
		if r.Quotes[0].Venue != nil {
			v = r.Quotes[0].Venue.Text
		}
		if v != c.venue {
			t.Errorf("%q: venue %q, want %q", c.in, v, c.venue)
		}
	}
}

// TestWire23HeadlineRubrics: a rubric before a headline's colon speaks
// no words; an outlet's editorial still does.
func TestWire23HeadlineRubrics(t *testing.T) {
	cases := []struct{ in, source string }{
		{"Fact Check: Did the Levy Really Double?\n\nThe levy rose by a tenth.", ""},
		{"Analysis: Did the Levy Really Double?\n\nThe levy rose by a tenth.", ""},
		{"Globe editorial: 'Fix the Buses Now.'\n\nThe city's buses are late.", "Globe editorial"},
	}
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if c.source == "" {
			if len(r.Quotes) != 0 {
				t.Errorf("%q: got %+v, want nothing", c.in, r.Quotes)
			}
			continue
		}
		if len(r.Quotes) != 1 || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != c.source {
			t.Errorf("%q: got %+v, want source %q", c.in, r.Quotes, c.source)
		}
	}
}
