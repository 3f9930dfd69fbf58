package extract

import "testing"

// articleWant is one attribution a mini-article must give: content,
// source mention, resolved speaker and venue ("" for none).
type articleWant struct{ content, source, speaker, venue string }

// articleCase is a mini-article and every attribution it must give, in
// order.
type articleCase struct {
	in   string
	want []articleWant
}

// checkArticles extracts each mini-article and checks every attribution,
// whom it resolves to and where it was said.
func checkArticles(t *testing.T, cases []articleCase) {
	t.Helper()
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != len(c.want) {
			t.Errorf("%q: got %d attributions, want %d", c.in, len(r.Quotes), len(c.want))
			continue
		}
		for i, w := range c.want {
			q := r.Quotes[i]
			m, v := "", ""
			if q.Mention != nil {
				m = q.Mention.Text
			}
			if q.Venue != nil {
				v = q.Venue.Text
			}
			if q.Text != w.content || m != w.source || q.Speaker.Name != w.speaker || v != w.venue {
				t.Errorf("%q: attribution %d: got %q / %q / %q / %q, want %q / %q / %q / %q", c.in, i, q.Text, m, q.Speaker.Name, v, w.content, w.source, w.speaker, w.venue)
			}
		}
	}
}

// shortArticleWant is one attribution a mini-article must give: content,
// source and the resolved speaker's name.
type shortArticleWant struct{ content, source, speaker string }

// TestShortArticles runs whole short articles (headline, dateline,
// byline, quotes across paragraphs, pronouns back to names) and checks
// each attribution and whom it resolves to.
func TestShortArticles(t *testing.T) {
	cases := []struct {
		in   string
		want []shortArticleWant
	}{
		{"Council Delays Vote on Bus Depot\n\nMILLBROOK — The town council on Tuesday put off a vote on the depot.\n\n\"We owe people a real hearing,\" Mayor Dana Whitfield said after the meeting.\n\nCouncilman Ray Ortega disagreed. He said the delay would cost the town its state grant.\n\n\"Every week we wait is money we lose,\" Ortega told reporters.", []shortArticleWant{
			{`"We owe people a real hearing,"`, "Mayor Dana Whitfield", "Dana Whitfield"},
			{"the delay would cost the town its state grant", "He", "Ray Ortega"},
			{`"Every week we wait is money we lose,"`, "Ortega", "Ray Ortega"},
		}},
		{"Storm Leaves Thousands Without Power\n\nPORT ELLIS — \"Crews are working around the clock,\" utility spokeswoman Jen Park said. She said most customers would have power back by Friday.\n\n\"We will get through this together,\" Gov. Sam Irwin said.", []shortArticleWant{
			{`"Crews are working around the clock,"`, "utility spokeswoman Jen Park", "Jen Park"},
			{"most customers would have power back by Friday", "She", "Jen Park"},
			{`"We will get through this together,"`, "Gov. Sam Irwin", "Sam Irwin"},
		}},
		{"Harlow Foods Profit Slips\n\nBy Nia Grove\n\nChief executive Maria Voss told analysts the company expected margins to recover by spring. \"The worst is behind us,\" she said.", []shortArticleWant{
			{"the company expected margins to recover by spring", "Chief executive Maria Voss", "Maria Voss"},
			{`"The worst is behind us,"`, "she", "Maria Voss"},
		}},
		{"Jury Convicts Former Treasurer\n\nThe lawyer for the former treasurer, Ron Shaw, said his client would appeal.\n\n\"We believe the verdict is wrong,\" Shaw said outside the courthouse.", []shortArticleWant{
			{"his client would appeal", "The lawyer for the former treasurer, Ron Shaw", "Ron Shaw"},
			{`"We believe the verdict is wrong,"`, "Shaw", "Ron Shaw"},
		}},
		{"Ministers Trade Barbs\n\nOSLO — His Danish counterpart, Ida Holm, said Copenhagen would ask for talks.\n\nThe Swedish envoy, Nils Berg, said the claims were \"baseless.\"", []shortArticleWant{
			{"Copenhagen would ask for talks", "His Danish counterpart, Ida Holm", "Ida Holm"},
			{`the claims were "baseless."`, "The Swedish envoy, Nils Berg", "Nils Berg"},
		}},
		{"Keeper Signs On\n\n\"This club is my home,\" Sam Okafor said. His agent, Jo Banks, said the deal was \"fair to all.\"\n\nCurator Lena Fox said the idea came to her on a ferry.", []shortArticleWant{
			{`"This club is my home,"`, "Sam Okafor", "Sam Okafor"},
			{`the deal was "fair to all."`, "His agent, Jo Banks", "Jo Banks"},
			{"the idea came to her on a ferry", "Curator Lena Fox", "Lena Fox"},
		}},
	}
	for _, c := range cases {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != len(c.want) {
			t.Errorf("%q: got %d attributions, want %d", c.in, len(r.Quotes), len(c.want))
			continue
		}
		for i, w := range c.want {
			q := r.Quotes[i]
			m := ""
			if q.Mention != nil {
				m = q.Mention.Text
			}
			if q.Text != w.content || m != w.source || q.Speaker.Name != w.speaker {
				t.Errorf("%q: attribution %d: got %q / %q / %q, want %q / %q / %q", c.in, i, q.Text, m, q.Speaker.Name, w.content, w.source, w.speaker)
			}
		}
	}
}

// TestWireArticles runs short international wire stories (datelines,
// names with particles and non-English shapes, translated quotes,
// possessed institutions, bodies named with "for … and …") and checks
// every attribution, whom it resolves to and where it was said.
func TestWireArticles(t *testing.T) {
	checkArticles(t, []articleCase{
		{"Erdogan Offers to Host New Round of Talks\n\nANKARA, Turkey (AP) — Turkey's President Recep Tayyip Erdogan stated Tuesday that his country was ready to host another round of negotiations.\n\n\"Istanbul remains open to both sides,\" Erdogan told reporters after Friday prayers.\n\nThe Turkish president added that a ceasefire was \"within reach\" if both parties showed goodwill.", []articleWant{
			{"that his country was ready to host another round of negotiations", "Turkey's President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", ""},
			{"\"Istanbul remains open to both sides,\"", "Erdogan", "Recep Tayyip Erdogan", "reporters"},
			{"that a ceasefire was \"within reach\" if both parties showed goodwill", "The Turkish president", "Recep Tayyip Erdogan", "reporters"},
		}},
		{"Kremlin Says No Date Set for Summit\n\nMOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said on Wednesday that no date had been set for a meeting between the two leaders.\n\n\"There is nothing concrete yet,\" Peskov told reporters on a conference call.\n\nHe said contacts were continuing at the level of experts.", []articleWant{
			{"that no date had been set for a meeting between the two leaders", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", ""},
			{"\"There is nothing concrete yet,\"", "Peskov", "Dmitry Peskov", "reporters, conference call"},
			{"contacts were continuing at the level of experts", "He", "Dmitry Peskov", "reporters, conference call"},
		}},
		{"Zelensky Urges Allies to Speed Up Air Defence Deliveries\n\nKYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelensky said in a video address on Sunday that Russia had launched more than 300 drones overnight.\n\n\"Every day of delay costs lives,\" Zelensky said.\n\nHe called on partners to deliver the promised Patriot systems before winter.", []articleWant{
			{"that Russia had launched more than 300 drones overnight", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "video address"},
			{"\"Every day of delay costs lives,\"", "Zelensky", "Volodymyr Zelensky", "video address"},
			{"partners to deliver the promised Patriot systems before winter", "He", "Volodymyr Zelensky", "video address"},
		}},
		{"Von der Leyen Unveils Defence Package\n\nBRUSSELS (Reuters) - European Commission President Ursula von der Leyen said on Thursday the bloc would raise up to 150 billion euros for joint weapons purchases.\n\n\"Europe has to be ready to defend itself,\" von der Leyen told a news conference.\n\nShe said the money would be lent to member states at favourable rates.", []articleWant{
			{"the bloc would raise up to 150 billion euros for joint weapons purchases", "European Commission President Ursula von der Leyen", "Ursula von der Leyen", ""},
			{"\"Europe has to be ready to defend itself,\"", "von der Leyen", "Ursula von der Leyen", "news conference"},
			{"the money would be lent to member states at favourable rates", "She", "Ursula von der Leyen", "news conference"},
		}},
		{"WHO Chief Warns of Funding Gap\n\nGENEVA (Reuters) - World Health Organization Director-General Tedros Adhanom Ghebreyesus said on Tuesday the agency faced a funding shortfall of several hundred million dollars.\n\n\"We are being asked to do more with less,\" Tedros told member states.\n\nHe said the agency would cut its management team by half.", []articleWant{
			{"the agency faced a funding shortfall of several hundred million dollars", "World Health Organization Director-General Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus", ""},
			{"\"We are being asked to do more with less,\"", "Tedros", "Tedros Adhanom Ghebreyesus", "member states"},
			{"the agency would cut its management team by half", "He", "Tedros Adhanom Ghebreyesus", "member states"},
		}},
		{"Elysee Confirms Macron Call With Putin\n\nPARIS (AFP) - French President Emmanuel Macron spoke by telephone with Russia's Vladimir Putin for two hours on Tuesday, the Elysee said.\n\nMacron urged Putin to agree to a ceasefire \"as soon as possible,\" according to the French presidency.\n\nThe Kremlin said Putin had set out his view of the root causes of the conflict.", []articleWant{
			{"French President Emmanuel Macron spoke by telephone with Russia's Vladimir Putin for two hours on Tuesday", "the Elysee", "Elysee", ""},
			{"Macron urged Putin to agree to a ceasefire \"as soon as possible,\"", "the French presidency", "French presidency", ""},
			{"Putin had set out his view of the root causes of the conflict", "The Kremlin", "Kremlin", ""},
		}},
		{"Meloni's Office Denies Rift\n\nROME (Reuters) - Italian Prime Minister Giorgia Meloni's office said on Saturday there was no rift within the governing coalition.\n\n\"The government is united and determined,\" her office said in a short statement posted online.\n\nDeputy Prime Minister Matteo Salvini wrote on X that he agreed with every word.", []articleWant{
			{"there was no rift within the governing coalition", "Italian Prime Minister Giorgia Meloni's office", "Giorgia Meloni's office", ""},
			{"\"The government is united and determined,\"", "her office", "Giorgia Meloni's office", "statement"},
			{"that he agreed with every word", "Deputy Prime Minister Matteo Salvini", "Matteo Salvini", "X"},
		}},
		{"Senior EU Official Sees Deal on Sanctions\n\nBRUSSELS (Reuters) - A senior EU official, who requested anonymity, said ambassadors were close to an agreement on a new package of sanctions.\n\n\"We are almost there,\" the official said.\n\nDiplomats said Hungary was still seeking exemptions for its oil imports.", []articleWant{
			{"ambassadors were close to an agreement on a new package of sanctions", "A senior EU official", "senior EU official", ""},
			{"\"We are almost there,\"", "the official", "senior EU official", ""},
			{"Hungary was still seeking exemptions for its oil imports", "Diplomats", "Diplomats", ""},
		}},
		{"Iran Foreign Minister Rules Out Direct Talks\n\nTEHRAN (Reuters) - Iranian Foreign Minister Abbas Araghchi said on Monday that Tehran would not hold direct talks with Washington under pressure.\n\n\"Negotiation under threat is not negotiation,\" Araghchi wrote on X.\n\nThe foreign ministry spokesman, Esmaeil Baghaei, said indirect contacts through Oman could continue.", []articleWant{
			{"that Tehran would not hold direct talks with Washington under pressure", "Iranian Foreign Minister Abbas Araghchi", "Abbas Araghchi", ""},
			{"\"Negotiation under threat is not negotiation,\"", "Araghchi", "Abbas Araghchi", "X"},
			{"indirect contacts through Oman could continue", "The foreign ministry spokesman, Esmaeil Baghaei", "Esmaeil Baghaei", ""},
		}},
		{"Modi Hails Trade Pact\n\nNEW DELHI (Reuters) - India's Prime Minister Narendra Modi said on Thursday that the new trade agreement would create jobs for millions of young Indians.\n\n\"This is a historic day,\" Modi said in a post on X.\n\nCommerce Minister Piyush Goyal told reporters the deal would take effect next year.", []articleWant{
			{"that the new trade agreement would create jobs for millions of young Indians", "India's Prime Minister Narendra Modi", "Narendra Modi", ""},
			{"\"This is a historic day,\"", "Modi", "Narendra Modi", "post, X"},
			{"the deal would take effect next year", "Commerce Minister Piyush Goyal", "Piyush Goyal", "reporters"},
		}},
		{"Rutte Says Allies Must Spend More\n\nTHE HAGUE (AP) — NATO chief Mark Rutte said Tuesday that allies would have to spend far more on defence to deter Russia.\n\n\"We are not safe if we do not invest,\" Rutte told lawmakers.\n\nHe said he expected every ally to reach the new target within a decade.", []articleWant{
			{"that allies would have to spend far more on defence to deter Russia", "NATO chief Mark Rutte", "Mark Rutte", ""},
			{"\"We are not safe if we do not invest,\"", "Rutte", "Mark Rutte", "lawmakers"},
			{"he expected every ally to reach the new target within a decade", "He", "Mark Rutte", "lawmakers"},
		}},
		{"Kyiv Says Russia Hit Energy Grid\n\nKYIV (Reuters) - Russia struck energy facilities in five regions overnight, Ukraine's energy ministry said on Friday.\n\n\"The enemy is again trying to leave Ukrainians without light,\" Energy Minister Svitlana Hrynchuk said on Facebook.\n\nThe ministry said emergency power cuts would be applied in several regions.", []articleWant{
			{"Russia struck energy facilities in five regions overnight", "Ukraine's energy ministry", "Ukraine's energy ministry", ""},
			{"\"The enemy is again trying to leave Ukrainians without light,\"", "Energy Minister Svitlana Hrynchuk", "Svitlana Hrynchuk", "Facebook"},
			{"emergency power cuts would be applied in several regions", "The ministry", "Ukraine's energy ministry", ""},
		}},
		{"Russian Envoy Blames West\n\nUNITED NATIONS (AP) — Russia's U.N. envoy, Vassily Nebenzia, told the Security Council on Monday that Western weapons were prolonging the war.\n\n\"You are pouring fuel on the fire,\" Nebenzia said.\n\nBritain's envoy, Barbara Woodward, said Moscow alone could end the war tomorrow.", []articleWant{
			{"that Western weapons were prolonging the war", "Russia's U.N. envoy, Vassily Nebenzia", "Vassily Nebenzia", "Security Council"},
			{"\"You are pouring fuel on the fire,\"", "Nebenzia", "Vassily Nebenzia", "Security Council"},
			{"Moscow alone could end the war tomorrow", "Britain's envoy, Barbara Woodward", "Barbara Woodward", ""},
		}},
		{"EU Fines Tech Giant\n\nBRUSSELS (AP) — The European Union fined a U.S. tech giant 500 million euros on Wednesday for breaching its digital competition rules.\n\n\"Today's decision sends a strong message,\" EU antitrust chief Teresa Ribera said in a statement.\n\nThe company said it would appeal, calling the fine \"unjustified.\"", []articleWant{
			{"\"Today's decision sends a strong message,\"", "EU antitrust chief Teresa Ribera", "Teresa Ribera", "statement"},
			{"it would appeal", "The company", "company", ""},
			{"the fine \"unjustified.\"", "The company", "company", ""},
		}},
		{"French Court Convicts Far-Right Leader\n\nPARIS (Reuters) - A Paris court on Monday found far-right leader Marine Le Pen guilty of embezzling European Union funds.\n\n\"This is not only a judgment against me,\" Le Pen told TF1 television after the verdict.\n\nJordan Bardella, the president of her party, said the ruling was \"an execution of French democracy.\"", []articleWant{
			{"far-right leader Marine Le Pen guilty of embezzling European Union funds", "A Paris court", "Paris court", ""},
			{"\"This is not only a judgment against me,\"", "Le Pen", "Marine Le Pen", "TF1 television"},
			{"the ruling was \"an execution of French democracy.\"", "Jordan Bardella, the president of her party", "Jordan Bardella", ""},
		}},
		{"WHO Declares Emergency Over\n\nGENEVA (AP) — The World Health Organization said Friday that the outbreak no longer represented a global health emergency.\n\n\"That does not mean the threat is over,\" WHO chief Tedros Adhanom Ghebreyesus told reporters in Geneva.\n\nTedros said countries should keep testing and vaccinating.\n\nMaria Van Kerkhove, the WHO's technical lead, said the virus was still evolving.", []articleWant{
			{"that the outbreak no longer represented a global health emergency", "The World Health Organization", "World Health Organization", ""},
			{"\"That does not mean the threat is over,\"", "WHO chief Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus", "reporters, Geneva"},
			{"countries should keep testing and vaccinating", "Tedros", "Tedros Adhanom Ghebreyesus", "reporters, Geneva"},
			{"the virus was still evolving", "Maria Van Kerkhove, the WHO's technical lead", "Maria Van Kerkhove", ""},
		}},
		{"Africa CDC Warns of Mpox Spread\n\nADDIS ABABA (Reuters) - The Africa Centres for Disease Prevention and Control said on Thursday that mpox cases were rising in several countries.\n\n\"We need vaccines now, not next year,\" Africa CDC head Jean Kaseya told an online briefing.\n\nHe said the agency had received fewer doses than promised.", []articleWant{
			{"that mpox cases were rising in several countries", "The Africa Centres for Disease Prevention and Control", "Africa Centres for Disease Prevention and Control", ""},
			{"\"We need vaccines now, not next year,\"", "Africa CDC head Jean Kaseya", "Jean Kaseya", "online briefing"},
			{"the agency had received fewer doses than promised", "He", "Jean Kaseya", "online briefing"},
		}},
		{"Zelensky Says Talks Must Include Kyiv\n\nKYIV (AFP) - Ukrainian President Volodymyr Zelensky said in a post on Telegram on Saturday that no decision about Ukraine could be made without Ukraine.\n\n\"We will not give our land to the occupier,\" he wrote.\n\nHis chief of staff, Andriy Yermak, said Kyiv was in close contact with European partners.", []articleWant{
			{"that no decision about Ukraine could be made without Ukraine", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "post, Telegram"},
			{"\"We will not give our land to the occupier,\"", "he", "Volodymyr Zelensky", "post, Telegram"},
			{"Kyiv was in close contact with European partners", "His chief of staff, Andriy Yermak", "Andriy Yermak", ""},
		}},
		{"Chinese Ministry Protests\n\nBEIJING (Reuters) - China's foreign ministry said on Wednesday it firmly opposed the sale of weapons to Taiwan.\n\n\"China will take resolute measures,\" ministry spokesperson Mao Ning told a regular news briefing.\n\nThe ministry said Washington should stop \"playing with fire.\"", []articleWant{
			{"it firmly opposed the sale of weapons to Taiwan", "China's foreign ministry", "China's foreign ministry", ""},
			{"\"China will take resolute measures,\"", "ministry spokesperson Mao Ning", "Mao Ning", "regular news briefing"},
			{"Washington should stop \"playing with fire.\"", "The ministry", "China's foreign ministry", ""},
		}},
		{"Indonesia President Pledges Free Meals\n\nJAKARTA (Reuters) - Indonesian President Prabowo Subianto said on Monday his free meals programme would reach all schoolchildren before the close of next year.\n\n\"No child should study on an empty stomach,\" Prabowo said in a speech.\n\nFinance Minister Sri Mulyani Indrawati told reporters the budget could cover the cost.", []articleWant{
			{"his free meals programme would reach all schoolchildren before the close of next year", "Indonesian President Prabowo Subianto", "Prabowo Subianto", ""},
			{"\"No child should study on an empty stomach,\"", "Prabowo", "Prabowo Subianto", "speech"},
			{"the budget could cover the cost", "Finance Minister Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "reporters"},
		}},
		{"Erdogan Lashes Out at Israel\n\nISTANBUL (AP) — \"Israel will pay a heavy price,\" Erdogan said in a speech in Istanbul, according to a translation by the Anadolu news agency.\n\nThe Turkish president said Ankara would pursue the matter at the United Nations.\n\nIsrael's foreign ministry rejected the remarks as \"delusional.\"", []articleWant{
			{"\"Israel will pay a heavy price,\"", "Erdogan", "Erdogan", "speech, Istanbul"},
			{"Ankara would pursue the matter at the United Nations", "The Turkish president", "Turkish president", ""},
			{"the remarks as \"delusional.\"", "Israel's foreign ministry", "Israel's foreign ministry", ""},
		}},
		{"Pakistan Army Says Militants Killed\n\nISLAMABAD (Reuters) - Pakistani security forces killed 12 militants in an operation near the Afghan border, the army's media wing said on Sunday.\n\n\"The operation was carried out on the reported presence of terrorists,\" the Inter-Services Public Relations said in a statement.\n\nA local official, who asked not to be named because he was not authorised to speak to the media, said two soldiers were also killed.", []articleWant{
			{"Pakistani security forces killed 12 militants in an operation near the Afghan border", "the army's media wing", "army's media wing", ""},
			{"\"The operation was carried out on the reported presence of terrorists,\"", "the Inter-Services Public Relations", "Inter-Services Public Relations", "statement"},
			{"two soldiers were also killed", "A local official", "local official", ""},
		}},
		{"Thai Court Removes Premier\n\nBANGKOK (Reuters) - Thailand's Constitutional Court on Friday removed Prime Minister Paetongtarn Shinawatra from office.\n\n\"I accept the verdict,\" Paetongtarn told reporters at Government House.\n\nPaetongtarn said she had acted in the country's interest.", []articleWant{
			{"\"I accept the verdict,\"", "Paetongtarn", "Paetongtarn Shinawatra", "reporters, Government House"},
			{"she had acted in the country's interest", "Paetongtarn", "Paetongtarn Shinawatra", "reporters, Government House"},
		}},
		{"Germany Says Cyberattack Came From Russia\n\nBERLIN (Reuters) - Germany said on Friday a group controlled by Russian military intelligence was behind a cyberattack on its ruling party.\n\n\"We will not tolerate this,\" Foreign Minister Annalena Baerbock said during a visit to Australia.\n\nRussia's embassy in Berlin dismissed the accusation as \"unfounded.\"", []articleWant{
			{"a group controlled by Russian military intelligence was behind a cyberattack on its ruling party", "Germany", "Germany", ""},
			{"\"We will not tolerate this,\"", "Foreign Minister Annalena Baerbock", "Annalena Baerbock", "visit, Australia"},
			{"the accusation as \"unfounded.\"", "Russia's embassy in Berlin", "Russia's embassy in Berlin", ""},
		}},
		{"Italy Foreign Ministry Summons Envoy\n\nROME (Reuters) - Italy's foreign ministry summoned the Russian ambassador on Monday, the ministry said via a statement.\n\nForeign Minister Antonio Tajani told reporters that the remarks were \"unacceptable.\"\n\n\"We will not accept threats,\" Tajani said.", []articleWant{
			{"Italy's foreign ministry summoned the Russian ambassador on Monday", "the ministry", "Italy's foreign ministry", "statement"},
			{"that the remarks were \"unacceptable.\"", "Foreign Minister Antonio Tajani", "Antonio Tajani", "reporters"},
			{"\"We will not accept threats,\"", "Tajani", "Antonio Tajani", "reporters"},
		}},
		{"Starmer's Spokesman Comments\n\nLONDON (Reuters) - Prime Minister Keir Starmer's spokesman said on Tuesday that Britain would not recognise the vote.\n\n\"The so-called referendum is a sham,\" the spokesman told reporters.\n\nHis spokesman added that London would coordinate with allies.", []articleWant{
			{"that Britain would not recognise the vote", "Prime Minister Keir Starmer's spokesman", "Keir Starmer's spokesman", ""},
			{"\"The so-called referendum is a sham,\"", "the spokesman", "Keir Starmer's spokesman", "reporters"},
			{"that London would coordinate with allies", "His spokesman", "Keir Starmer's spokesman", "reporters"},
		}},
		{"AFP Interview With Finnish President\n\nHELSINKI (AFP) - Finland's President Alexander Stubb told AFP during an interview that Europe had woken up to the threat.\n\n\"We are not naive anymore,\" Stubb said.\n\nHe added that Finland's border would remain closed.", []articleWant{
			{"that Europe had woken up to the threat", "Finland's President Alexander Stubb", "Alexander Stubb", "AFP, interview"},
			{"\"We are not naive anymore,\"", "Stubb", "Alexander Stubb", "AFP, interview"},
			{"that Finland's border would remain closed", "He", "Alexander Stubb", "AFP, interview"},
		}},
		{"Kazakh President Speaks\n\nASTANA (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Friday that his country would not help Russia evade sanctions.\n\n\"We comply with the sanctions regime,\" Tokayev said at a joint news conference with the German chancellor.", []articleWant{
			{"that his country would not help Russia evade sanctions", "Kazakh President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", ""},
			{"\"We comply with the sanctions regime,\"", "Tokayev", "Kassym-Jomart Tokayev", "joint news conference"},
		}},
		{"UAE Minister Comments\n\nABU DHABI (Reuters) - The United Arab Emirates' minister of state, Anwar Gargash, said on Sunday that the Gulf states wanted a diplomatic solution.\n\n\"Escalation serves no one,\" Gargash wrote on X.", []articleWant{
			{"that the Gulf states wanted a diplomatic solution", "The United Arab Emirates' minister of state, Anwar Gargash", "Anwar Gargash", ""},
			{"\"Escalation serves no one,\"", "Gargash", "Anwar Gargash", "X"},
		}},
		{"Malaysia PM Speaks\n\nKUALA LUMPUR (Reuters) - Malaysian Prime Minister Anwar Ibrahim said on Monday that his government would not recognise the seizure.\n\n\"Malaysia stands firm on this issue,\" Anwar told reporters.", []articleWant{
			{"that his government would not recognise the seizure", "Malaysian Prime Minister Anwar Ibrahim", "Anwar Ibrahim", ""},
			{"\"Malaysia stands firm on this issue,\"", "Anwar", "Anwar Ibrahim", "reporters"},
		}},
		{"Lula and Milei Trade Barbs\n\nBRASILIA (Reuters) - Brazilian President Luiz Inácio Lula da Silva said on Tuesday his Argentine counterpart owed him an apology.\n\n\"He has to apologise to Brazil,\" Lula told reporters.\n\nMilei's spokesman, Manuel Adorni, said the president had nothing to apologise for.", []articleWant{
			{"his Argentine counterpart owed him an apology", "Brazilian President Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", ""},
			{"\"He has to apologise to Brazil,\"", "Lula", "Luiz Inácio Lula da Silva", "reporters"},
			{"the president had nothing to apologise for", "Milei's spokesman, Manuel Adorni", "Manuel Adorni", ""},
		}},
		{"Von der Leyen Survives Vote\n\nSTRASBOURG (Reuters) - European Commission President Ursula von der Leyen survived a no-confidence vote in the European Parliament on Thursday.\n\n\"Europe needs unity, not division,\" von der Leyen told lawmakers before the vote.\n\nThe lawmaker who tabled the motion, Gheorghe Piperea, said the result was \"a warning.\"", []articleWant{
			{"\"Europe needs unity, not division,\"", "von der Leyen", "Ursula von der Leyen", "lawmakers"},
			{"the result was \"a warning.\"", "The lawmaker who tabled the motion, Gheorghe Piperea", "Gheorghe Piperea", ""},
		}},
		{"Mohammed bin Salman Hosts Summit\n\nRIYADH (AFP) - Saudi Crown Prince Mohammed bin Salman told Arab leaders on Monday that the kingdom would not normalise ties without a Palestinian state.\n\n\"This is our firm position,\" the crown prince said.", []articleWant{
			{"that the kingdom would not normalise ties without a Palestinian state", "Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "Arab leaders"},
			{"\"This is our firm position,\"", "the crown prince", "Mohammed bin Salman", "Arab leaders"},
		}},
		{"Bank of Korea Cuts Rate\n\nSEOUL (Reuters) - The Bank of Korea cut its policy rate by 25 basis points on Thursday, and Governor Rhee Chang-yong said further cuts were possible.\n\n\"We will remain data dependent,\" Rhee told a news conference.", []articleWant{
			{"further cuts were possible", "Governor Rhee Chang-yong", "Rhee Chang-yong", ""},
			{"\"We will remain data dependent,\"", "Rhee", "Rhee Chang-yong", "news conference"},
		}},
		{"Turkey Central Bank Raises Rates\n\nISTANBUL (Reuters) - Turkey's central bank raised its main interest rate to 46% on Thursday, surprising markets.\n\n\"We will maintain a tight stance until price stability is achieved,\" the bank said in a statement.\n\nGovernor Fatih Karahan told bankers the move was necessary.", []articleWant{
			{"\"We will maintain a tight stance until price stability is achieved,\"", "the bank", "Turkey's central bank", "statement"},
			{"the move was necessary", "Governor Fatih Karahan", "Fatih Karahan", "bankers"},
		}},
		{"Russian Court Jails Journalist\n\nMOSCOW (AP) — A Russian court on Tuesday sentenced a journalist to six years in prison on charges her lawyers called politically motivated.\n\n\"We will appeal,\" her lawyer, Maria Eismont, said outside the courtroom.", []articleWant{
			{"\"We will appeal,\"", "her lawyer, Maria Eismont", "Maria Eismont", ""},
		}},
		{"Polish President Vetoes Bill\n\nWARSAW (Reuters) - Polish President Karol Nawrocki vetoed a bill on Friday, his office said.\n\n\"The president could not sign this law,\" the head of his office told reporters.", []articleWant{
			{"Polish President Karol Nawrocki vetoed a bill on Friday", "his office", "Karol Nawrocki's office", ""},
			{"\"The president could not sign this law,\"", "the head of his office", "head of his office", "reporters"},
		}},
	})
}

// TestGenreArticles runs short stories of genres the gold never
// shows (city halls, school boards, police releases, post-match press
// conferences, earnings calls, courts, studies, culture interviews, live
// pages, features) and checks every attribution, whom it resolves to and
// where it was said.
func TestGenreArticles(t *testing.T) {
	checkArticles(t, []articleCase{
		{"School Board Delays Vote on Start Times\n\nBy Karen Mills\nStaff Writer\n\nThe Lincoln County school board on Monday postponed a vote on later start times for high schools.\n\n\"We need more data before we move forward,\" board chair Denise Ward said.\n\nSuperintendent Mark Ellison told board members that bus routes would have to be redrawn.\n\nParents who spoke during public comment were divided.", []articleWant{
			{"\"We need more data before we move forward,\"", "board chair Denise Ward", "Denise Ward", ""},
			{"that bus routes would have to be redrawn", "Superintendent Mark Ellison", "Mark Ellison", "board members"},
		}},
		{"Police Identify Man Killed in Crash\n\nPolice said in a news release that the driver, a 34-year-old man from Dayton, died at the scene.\n\n\"Speed appears to have been a factor,\" Sgt. Ann Lee, a department spokeswoman, said.\n\nShe said no other vehicles were involved.", []articleWant{
			{"that the driver, a 34-year-old man from Dayton, died at the scene", "Police", "Police", "news release"},
			{"\"Speed appears to have been a factor,\"", "Sgt. Ann Lee, a department spokeswoman", "Ann Lee", ""},
			{"no other vehicles were involved", "She", "Ann Lee", ""},
		}},
		{"Officers Arrest Suspect in Robbery\n\nPolice arrested a 19-year-old man Friday in connection with a string of convenience store robberies, the sheriff's office said.\n\n\"We want to thank the public for the tips,\" Sheriff Tom Bradley said at an afternoon news conference.\n\nBradley said the investigation was continuing and more arrests were possible.", []articleWant{
			{"Police arrested a 19-year-old man Friday in connection with a string of convenience store robberies", "the sheriff's office", "sheriff's office", ""},
			{"\"We want to thank the public for the tips,\"", "Sheriff Tom Bradley", "Tom Bradley", "news conference"},
			{"the investigation was continuing and more arrests were possible", "Bradley", "Tom Bradley", "news conference"},
		}},
		{"Water Main Break Floods Downtown Streets\n\nA water main broke early Wednesday, flooding several downtown streets, according to the city's public works department.\n\n\"Crews worked through the night,\" public works director Luis Fernandez said.\n\nFernandez said service should be restored by Thursday afternoon.", []articleWant{
			{"A water main broke early Wednesday, flooding several downtown streets", "the city's public works department", "city's public works department", ""},
			{"\"Crews worked through the night,\"", "public works director Luis Fernandez", "Luis Fernandez", ""},
			{"service should be restored by Thursday afternoon", "Fernandez", "Luis Fernandez", ""},
		}},
		{"Fire Chief Warns of Dry Conditions\n\nFire Chief Robert Kane warned residents on Sunday that brush fires could spread quickly this week.\n\n\"Please do not burn yard waste,\" Kane said.\n\nThe department said it had responded to 14 brush fires since Friday.", []articleWant{
			{"that brush fires could spread quickly this week", "Fire Chief Robert Kane", "Robert Kane", ""},
			{"\"Please do not burn yard waste,\"", "Kane", "Robert Kane", ""},
			{"it had responded to 14 brush fires since Friday", "The department", "department", ""},
		}},
		{"Residents Oppose Rezoning Plan\n\nDozens of residents packed the planning commission meeting Wednesday to oppose a plan to rezone farmland for warehouses.\n\n\"This will ruin the character of our town,\" said Martha Jenkins, who has lived on Old Mill Road for 40 years.\n\nThe developer's attorney, Steven Park, said the project would bring 600 jobs.", []articleWant{
			{"\"This will ruin the character of our town,\"", "Martha Jenkins, who has lived on Old Mill Road for 40 years", "Martha Jenkins", ""},
			{"the project would bring 600 jobs", "The developer's attorney, Steven Park", "Steven Park", ""},
		}},
		{"Teacher Union Reaches Tentative Deal\n\nThe district and the teachers union reached a tentative agreement late Thursday, averting a strike.\n\n\"Our members stood together, and it paid off,\" union president Angela Brooks said in a statement.\n\nDistrict spokesman Kevin O'Neal said the deal includes a 4 percent raise in each of the next two years.", []articleWant{
			{"\"Our members stood together, and it paid off,\"", "union president Angela Brooks", "Angela Brooks", "statement"},
			{"the deal includes a 4 percent raise in each of the next two years", "District spokesman Kevin O'Neal", "Kevin O'Neal", ""},
		}},
		{"Sheriff: Deputies Shot at During Traffic Stop\n\nTwo deputies were shot at during a traffic stop early Saturday but were not hurt, Sheriff Dana Wells said.\n\n\"They did exactly what they were trained to do,\" Wells told reporters.\n\nThe suspect fled on foot and remained at large Saturday evening, authorities said.", []articleWant{
			{"Two deputies were shot at during a traffic stop early Saturday but were not hurt", "Sheriff Dana Wells", "Dana Wells", ""},
			{"\"They did exactly what they were trained to do,\"", "Wells", "Dana Wells", "reporters"},
			{"The suspect fled on foot and remained at large Saturday evening", "authorities", "authorities", ""},
		}},
		{"Town Hall Meeting Draws Crowd\n\nRep. Michael Torres told a packed town hall meeting on Saturday that he would never support cuts to Medicaid.\n\n\"I have heard you loud and clear,\" the congressman said.\n\nSeveral attendees said they were not convinced.", []articleWant{
			{"that he would never support cuts to Medicaid", "Rep. Michael Torres", "Michael Torres", "town hall meeting"},
			{"\"I have heard you loud and clear,\"", "the congressman", "Michael Torres", "town hall meeting"},
			{"they were not convinced", "Several attendees", "Several attendees", ""},
		}},
		{"City Manager Resigns\n\nCity Manager Paul Whitaker announced his resignation on Friday, effective at month's end.\n\n\"It has been an honor to serve this city,\" Whitaker wrote in a letter addressed to the council.\n\nMayor Ruth Allen said the council would begin a national search.", []articleWant{
			{"his resignation on Friday, effective at month's end", "City Manager Paul Whitaker", "Paul Whitaker", ""},
			{"\"It has been an honor to serve this city,\"", "Whitaker", "Paul Whitaker", "letter"},
			{"the council would begin a national search", "Mayor Ruth Allen", "Ruth Allen", ""},
		}},
		{"Police Chief Defends Response to Protest\n\nPolice Chief Erin Maddox on Tuesday defended her officers' response to a weekend protest.\n\n\"Our officers showed restraint,\" Maddox said during a news conference at police headquarters.\n\nThe Rivertown Civil Rights Alliance said in a brief statement that it had received complaints from several protesters.", []articleWant{
			{"her officers' response to a weekend protest", "Police Chief Erin Maddox", "Erin Maddox", ""},
			{"\"Our officers showed restraint,\"", "Maddox", "Erin Maddox", "news conference, headquarters"},
			{"that it had received complaints from several protesters", "The Rivertown Civil Rights Alliance", "Rivertown Civil Rights Alliance", "brief statement"},
		}},
		{"Transit Agency Cuts Bus Routes\n\nThe regional transit authority will eliminate six bus routes next month, officials said Wednesday.\n\n\"We simply do not have the drivers,\" said Jasmine Cole, the agency's general manager.\n\nRider advocates called the cuts \"devastating\" for low-income workers.", []articleWant{
			{"The regional transit authority will eliminate six bus routes next month", "officials", "officials", ""},
			{"\"We simply do not have the drivers,\"", "Jasmine Cole, the agency's general manager", "Jasmine Cole", ""},
			{"the cuts \"devastating\" for low-income workers", "Rider advocates", "Rider advocates", ""},
		}},
		{"Coroner Releases Cause of Death\n\nThe county coroner's office said Monday that the hiker died of hypothermia.\n\nChief Deputy Coroner Alan Shaw said the man had been missing for three days.\n\n\"It is a tragic reminder to be prepared,\" Shaw said.", []articleWant{
			{"that the hiker died of hypothermia", "The county coroner's office", "county coroner's office", ""},
			{"the man had been missing for three days", "Chief Deputy Coroner Alan Shaw", "Alan Shaw", ""},
			{"\"It is a tragic reminder to be prepared,\"", "Shaw", "Alan Shaw", ""},
		}},
		{"Schools Chief Apologizes for Email\n\nSuperintendent Gloria Reyes apologized Tuesday for an email that parents called insensitive.\n\n\"I should have chosen my words more carefully,\" Reyes said in a message to families.\n\nSchool board member Tim Lawson said the apology was \"a good first step.\"", []articleWant{
			{"\"I should have chosen my words more carefully,\"", "Reyes", "Gloria Reyes", "message"},
			{"the apology was \"a good first step.\"", "School board member Tim Lawson", "Tim Lawson", ""},
		}},
		{"Zoo Welcomes Baby Giraffe\n\nThe city zoo announced Thursday the birth of a female giraffe calf.\n\n\"Mom and baby are both doing well,\" zoo director Helen Marsh said.\n\nThe calf stands about six feet tall, according to the zoo.", []articleWant{
			{"\"Mom and baby are both doing well,\"", "zoo director Helen Marsh", "Helen Marsh", ""},
			{"The calf stands about six feet tall", "the zoo", "zoo", ""},
		}},
		{"Council Member Censured\n\nCouncil members voted 6-1 on Monday to censure council member Dale Fisher over comments he made at a public meeting.\n\nFisher told reporters afterward that the censure was \"political theater.\"\n\n\"I will not be silenced,\" he said.", []articleWant{
			{"that the censure was \"political theater.\"", "Fisher", "Dale Fisher", "reporters"},
			{"\"I will not be silenced,\"", "he", "Dale Fisher", "reporters"},
		}},
		{"Snow Emergency Declared\n\nMayor Alan Brooks declared a snow emergency on Sunday as forecasters predicted up to a foot of snow.\n\n\"Stay off the roads if you can,\" Brooks said.\n\nThe National Weather Service said the heaviest snow would fall overnight.", []articleWant{
			{"a snow emergency", "Mayor Alan Brooks", "Alan Brooks", ""},
			{"\"Stay off the roads if you can,\"", "Brooks", "Alan Brooks", ""},
			{"the heaviest snow would fall overnight", "The National Weather Service", "National Weather Service", ""},
		}},
		{"Rangers Edge Bruins in Overtime\n\nBOSTON (AP) — Mika Zibanejad scored 2:14 into overtime and the New York Rangers beat the Boston Bruins 3-2 on Saturday night.\n\n\"We never stopped pushing,\" Zibanejad told reporters after the game.\n\nRangers coach Peter Laviolette said his team \"found a way\" despite a slow start.\n\nThe 31-year-old center has eight goals in his last six games.", []articleWant{
			{"\"We never stopped pushing,\"", "Zibanejad", "Mika Zibanejad", "reporters"},
			{"his team \"found a way\" despite a slow start", "Rangers coach Peter Laviolette", "Peter Laviolette", ""},
		}},
		{"Alcaraz Into Semifinals\n\nMELBOURNE, Australia (AP) — Carlos Alcaraz beat Alexander Zverev in straight sets on Wednesday to reach the semifinals.\n\n\"I felt great from the first point,\" the Spaniard said in his on-court interview.\n\nZverev said he had struggled with his serve all night.\n\n\"He was just better today,\" the German said.", []articleWant{
			{"\"I felt great from the first point,\"", "the Spaniard", "Spaniard", "interview"},
			{"he had struggled with his serve all night", "Zverev", "Alexander Zverev", ""},
			{"\"He was just better today,\"", "the German", "Alexander Zverev", ""},
		}},
		{"United Sack Manager After Derby Defeat\n\nMANCHESTER, England (Reuters) - Manchester United sacked manager Erik ten Hag on Monday, a day after a 3-0 defeat by Manchester City.\n\n\"We thank Erik for everything he has done,\" the club said in a statement.\n\nFormer captain Gary Neville told Sky Sports the decision was \"inevitable.\"", []articleWant{
			{"\"We thank Erik for everything he has done,\"", "the club", "club", "statement"},
			{"the decision was \"inevitable.\"", "Former captain Gary Neville", "Gary Neville", "Sky Sports"},
		}},
		{"Coach Says Quarterback Will Start\n\nCoach Andy Reid said Wednesday that Patrick Mahomes would start Sunday's game against Denver despite an ankle injury.\n\n\"He's a tough guy,\" Reid said. \"He badly wants to be out there.\"\n\nMahomes told reporters he felt \"about 90 percent.\"", []articleWant{
			{"that Patrick Mahomes would start Sunday's game against Denver despite an ankle injury", "Coach Andy Reid", "Andy Reid", ""},
			{"\"He's a tough guy,\" Reid said. \"He badly wants to be out there.\"", "Reid", "Andy Reid", ""},
			{"he felt \"about 90 percent.\"", "Mahomes", "Patrick Mahomes", "reporters"},
		}},
		{"Lakers Fall to Nuggets\n\nDENVER (AP) — Nikola Jokic had 32 points and 14 rebounds as the Denver Nuggets beat the Los Angeles Lakers 118-104 on Thursday night.\n\n\"We played the right way,\" Nuggets coach Michael Malone said.\n\nLeBron James, who scored 28 points, said the Lakers had to be better defensively.\n\n\"We gave up too many easy buckets,\" the 39-year-old said.", []articleWant{
			{"\"We played the right way,\"", "Nuggets coach Michael Malone", "Michael Malone", ""},
			{"the Lakers had to be better defensively", "LeBron James, who scored 28 points", "LeBron James", ""},
			{"\"We gave up too many easy buckets,\"", "the 39-year-old", "LeBron James", ""},
		}},
		{"Striker Signs Contract Extension\n\nThe club announced Friday that striker Ollie Watkins had signed a contract extension through 2029.\n\n\"This is my home,\" Watkins said in a short video posted on the club's website.\n\nManager Unai Emery said the forward was \"a key player for our project.\"", []articleWant{
			{"that striker Ollie Watkins had signed a contract extension through 2029", "The club", "club", ""},
			{"\"This is my home,\"", "Watkins", "Ollie Watkins", "video"},
			{"the forward was \"a key player for our project.\"", "Manager Unai Emery", "Unai Emery", ""},
		}},
		{"Olympic Champion Retires\n\nOlympic champion swimmer Katie Ledecky announced her retirement on Tuesday.\n\n\"It is time for a new chapter,\" Ledecky wrote on Instagram.\n\nUSA Swimming said in a brief statement that she would be remembered as one of the greatest athletes in the sport's history.", []articleWant{
			{"her retirement", "Olympic champion swimmer Katie Ledecky", "Katie Ledecky", ""},
			{"\"It is time for a new chapter,\"", "Ledecky", "Katie Ledecky", "Instagram"},
			{"that she would be remembered as one of the greatest athletes in the sport's history", "USA Swimming", "USA Swimming", "brief statement"},
		}},
		{"Yankees Ace Heads to Injured List\n\nThe New York Yankees placed right-hander Gerrit Cole on the 15-day injured list Sunday with elbow inflammation.\n\n\"We are being cautious,\" manager Aaron Boone said before the game.\n\nCole said he expected to be back \"in a couple of weeks.\"", []articleWant{
			{"\"We are being cautious,\"", "manager Aaron Boone", "Aaron Boone", ""},
			{"he expected to be back \"in a couple of weeks.\"", "Cole", "Gerrit Cole", ""},
		}},
		{"Golfer Leads After Opening Round\n\nAUGUSTA, Ga. (AP) — Scottie Scheffler shot a 6-under 66 on Thursday to take a two-stroke lead.\n\n\"I hit a lot of good shots,\" Scheffler said. \"I'll take it.\"\n\nRory McIlroy, who finished at 2 under, said the greens were \"as fast as I've ever seen them.\"", []articleWant{
			{"\"I hit a lot of good shots,\" Scheffler said. \"I'll take it.\"", "Scheffler", "Scottie Scheffler", ""},
			{"the greens were \"as fast as I've ever seen them.\"", "Rory McIlroy, who finished at 2 under", "Rory McIlroy", ""},
		}},
		{"Referee Chief Admits Error\n\nThe head of England's referees admitted on Tuesday that a goal should not have been allowed in Saturday's match.\n\n\"It was a clear error,\" Howard Webb told Match Officials Mic'd Up.\n\nWebb said the officials involved had been spoken to.", []articleWant{
			{"that a goal should not have been allowed in Saturday's match", "The head of England's referees", "head of England's referees", ""},
			{"\"It was a clear error,\"", "Howard Webb", "Howard Webb", "Match Officials Mic'd Up"},
			{"the officials involved had been spoken to", "Webb", "Howard Webb", "Match Officials Mic'd Up"},
		}},
		{"Coach Fired After Losing Season\n\nThe university fired football coach Jim Harbaugh's successor, Ken Miller, on Sunday after a 3-9 season, athletic director Sarah Cole said.\n\n\"We need fresh direction,\" Cole said in a statement.\n\nMiller could not be reached.", []articleWant{
			{"The university fired football coach Jim Harbaugh's successor, Ken Miller, on Sunday after a 3-9 season", "athletic director Sarah Cole", "Sarah Cole", ""},
			{"\"We need fresh direction,\"", "Cole", "Sarah Cole", "statement"},
		}},
		{"Star Forward Criticizes Schedule\n\nChelsea forward Cole Palmer criticized the Premier League's schedule on Friday, saying players were \"exhausted.\"\n\n\"We play every three days,\" the 22-year-old told the BBC.\n\nThe league said in a brief statement that it had consulted clubs before fixing the calendar.", []articleWant{
			{"the Premier League's schedule", "Chelsea forward Cole Palmer", "Cole Palmer", ""},
			{"players were \"exhausted.\"", "Chelsea forward Cole Palmer", "Cole Palmer", ""},
			{"\"We play every three days,\"", "the 22-year-old", "Cole Palmer", "BBC"},
			{"that it had consulted clubs before fixing the calendar", "The league", "league", "brief statement"},
		}},
		{"Team Owner Defends Stadium Plan\n\nTeam owner Mark Davis defended the proposed stadium deal on Monday, telling reporters that it would pay for itself.\n\n\"This is a win for everybody,\" Davis said.\n\nCritics said the public subsidy was too large.", []articleWant{
			{"the proposed stadium deal", "Team owner Mark Davis", "Mark Davis", ""},
			{"that it would pay for itself", "Team owner Mark Davis", "Mark Davis", "reporters"},
			{"\"This is a win for everybody,\"", "Davis", "Mark Davis", "reporters"},
			{"the public subsidy was too large", "Critics", "Critics", ""},
		}},
		{"Marathon Winner Breaks Course Record\n\nBOSTON (AP) — Kenya's Evans Chebet won the Boston Marathon on Monday in a course-record time.\n\n\"The hills were hard, but I was ready,\" Chebet said through a translator.\n\nThe 35-year-old said he would now focus on the world championships.", []articleWant{
			{"\"The hills were hard, but I was ready,\"", "Chebet", "Evans Chebet", ""},
			{"he would now focus on the world championships", "The 35-year-old", "Evans Chebet", ""},
		}},
		{"Pitcher Suspended for Sticky Substance\n\nMajor League Baseball suspended Mets pitcher Max Scherzer for 10 games on Thursday.\n\n\"I did nothing wrong,\" Scherzer said before Thursday's game.\n\nThe league said umpires had found a foreign substance on his glove.", []articleWant{
			{"\"I did nothing wrong,\"", "Scherzer", "Max Scherzer", ""},
			{"umpires had found a foreign substance on his glove", "The league", "league", ""},
		}},
		{"Goalkeeper Praises Fans\n\nThe goalkeeper, who made nine saves, praised the traveling fans after the match.\n\n\"They carried us,\" Jordan Pickford said.\n\nEverton manager Sean Dyche said Pickford had been \"outstanding.\"", []articleWant{
			{"the traveling fans after the match", "The goalkeeper, who made nine saves", "goalkeeper", ""},
			{"\"They carried us,\"", "Jordan Pickford", "Jordan Pickford", ""},
			{"Pickford had been \"outstanding.\"", "Everton manager Sean Dyche", "Sean Dyche", ""},
		}},
		{"Coach Out After Scandal\n\nThe NCAA said Tuesday that it had found violations in the basketball program.\n\n\"We accept the findings,\" university president Linda Shaw said.\n\nThe coach, Tom Reed, said in a brief statement that he was \"disappointed\" by the ruling.", []articleWant{
			{"that it had found violations in the basketball program", "The NCAA", "NCAA", ""},
			{"\"We accept the findings,\"", "university president Linda Shaw", "Linda Shaw", ""},
			{"that he was \"disappointed\" by the ruling", "The coach, Tom Reed", "Tom Reed", "brief statement"},
		}},
		{"Player Apologizes for Comments\n\nWarriors forward Draymond Green apologized on Sunday for comments he made on his podcast.\n\n\"I was wrong,\" Green told reporters before practice. \"I own that.\"\n\nCoach Steve Kerr said the team had \"moved on.\"", []articleWant{
			{"\"I was wrong,\" Green told reporters before practice. \"I own that.\"", "Green", "Draymond Green", "reporters"},
			{"the team had \"moved on.\"", "Coach Steve Kerr", "Steve Kerr", ""},
		}},
		{"Retailer Cuts Forecast\n\nNEW YORK (Reuters) - Target Corp cut its annual sales forecast on Wednesday, sending its shares down 8 percent.\n\n\"Consumers remain cautious,\" Chief Executive Brian Cornell said on a Wednesday call with analysts.\n\nAnalysts at Barclays wrote in a note that the guidance was \"worse than feared.\"\n\nThe retailer said in a filing that it would close 12 stores.", []articleWant{
			{"\"Consumers remain cautious,\"", "Chief Executive Brian Cornell", "Brian Cornell", "call"},
			{"that the guidance was \"worse than feared.\"", "Analysts at Barclays", "Analysts at Barclays", "note"},
			{"that it would close 12 stores", "The retailer", "Target Corp", "filing"},
		}},
		{"Chipmaker Beats Estimates\n\nNvidia reported quarterly revenue above Wall Street estimates on Wednesday.\n\n\"Demand for our chips continues to be extraordinary,\" CEO Jensen Huang said in a statement.\n\nChief Financial Officer Colette Kress told analysts on a conference call that supply would improve in the second half.", []articleWant{
			{"quarterly revenue above Wall Street estimates", "Nvidia", "Nvidia", ""},
			{"\"Demand for our chips continues to be extraordinary,\"", "CEO Jensen Huang", "Jensen Huang", "statement"},
			{"that supply would improve in the second half", "Chief Financial Officer Colette Kress", "Colette Kress", "analysts, conference call"},
		}},
		{"Bank Sets Aside More for Bad Loans\n\nJPMorgan Chase said on Friday it had set aside $1.9 billion for potential loan losses.\n\n\"The economy remains resilient,\" Chief Executive Jamie Dimon said, but he warned of \"significant uncertainty.\"\n\nDimon told analysts the bank was prepared for a range of outcomes.", []articleWant{
			{"it had set aside $1.9 billion for potential loan losses", "JPMorgan Chase", "JPMorgan Chase", ""},
			{"\"The economy remains resilient,\"", "Chief Executive Jamie Dimon", "Jamie Dimon", ""},
			{"\"significant uncertainty.\"", "he", "Jamie Dimon", ""},
			{"the bank was prepared for a range of outcomes", "Dimon", "Jamie Dimon", "analysts"},
		}},
		{"Automaker Recalls Vehicles\n\nFord Motor Co is recalling about 240,000 vehicles because of a faulty seat belt, the company said Thursday.\n\nThe National Highway Traffic Safety Administration said in a notice that the defect could increase the risk of injury.\n\nFord spokeswoman Maria Lopez said the company was not aware of any injuries.", []articleWant{
			{"Ford Motor Co is recalling about 240,000 vehicles because of a faulty seat belt", "the company", "company", ""},
			{"that the defect could increase the risk of injury", "The National Highway Traffic Safety Administration", "National Highway Traffic Safety Administration", ""},
			{"the company was not aware of any injuries", "Ford spokeswoman Maria Lopez", "Maria Lopez", ""},
		}},
		{"Airline Pilots Reach Deal\n\nThe pilots union said Sunday it had reached a tentative agreement with the airline.\n\n\"This contract recognizes the sacrifices our pilots made,\" union spokesman Dennis Tajer said.\n\nThe airline said in a statement sent by email that it was pleased with the deal.", []articleWant{
			{"it had reached a tentative agreement with the airline", "The pilots union", "pilots union", ""},
			{"\"This contract recognizes the sacrifices our pilots made,\"", "union spokesman Dennis Tajer", "Dennis Tajer", ""},
			{"that it was pleased with the deal", "The airline", "airline", "statement, email"},
		}},
		{"Startup Raises Funding\n\nThe startup said on Tuesday it had raised $200 million in a funding round led by Sequoia.\n\n\"We will use the money to hire engineers,\" co-founder Priya Shah told Reuters in an interview.\n\nShah said the company planned to double its staff by next year.", []articleWant{
			{"it had raised $200 million in a funding round led by Sequoia", "The startup", "startup", ""},
			{"\"We will use the money to hire engineers,\"", "co-founder Priya Shah", "Priya Shah", "Reuters, interview"},
			{"the company planned to double its staff by next year", "Shah", "Priya Shah", "Reuters, interview"},
		}},
		{"Fed Official Sees Rate Cuts\n\nFederal Reserve Governor Christopher Waller said on Monday that he expected several rate cuts this year.\n\n\"Inflation is heading the right way,\" Waller said in remarks prepared for an event in Zurich.\n\nMarkets rallied after his remarks.", []articleWant{
			{"that he expected several rate cuts this year", "Federal Reserve Governor Christopher Waller", "Christopher Waller", ""},
			{"\"Inflation is heading the right way,\"", "Waller", "Christopher Waller", "remarks, event, Zurich"},
		}},
		{"Jury Convicts Former Executive\n\nA federal jury on Thursday convicted a former hedge fund executive of securities fraud, prosecutors said.\n\n\"The defendant lied to investors for years,\" U.S. Attorney Damian Williams said in a statement.\n\nDefense attorney Mark Geragos said his client would appeal.\n\n\"We are disappointed in the verdict,\" Geragos told reporters outside the courthouse.", []articleWant{
			{"A federal jury on Thursday convicted a former hedge fund executive of securities fraud", "prosecutors", "prosecutors", ""},
			{"\"The defendant lied to investors for years,\"", "U.S. Attorney Damian Williams", "Damian Williams", "statement"},
			{"his client would appeal", "Defense attorney Mark Geragos", "Mark Geragos", ""},
			{"\"We are disappointed in the verdict,\"", "Geragos", "Mark Geragos", "reporters, courthouse"},
		}},
		{"Judge Blocks Policy\n\nA federal judge on Friday blocked the administration's new asylum rules from taking effect.\n\nThe rules were \"arbitrary and capricious,\" U.S. District Judge Amy Berman wrote in a 42-page opinion.\n\nThe judge said the government had failed to consider the impact on families.\n\nA Justice Department spokesman declined to comment.", []articleWant{
			{"the administration's new asylum rules from taking effect", "A federal judge", "federal judge", ""},
			{"The rules were \"arbitrary and capricious,\"", "U.S. District Judge Amy Berman", "Amy Berman", ""},
			{"the government had failed to consider the impact on families", "The judge", "Amy Berman", ""},
			{"to comment", "A Justice Department spokesman", "Justice Department spokesman", ""},
		}},
		{"Man Charged in Fraud Scheme\n\nA Florida man stole more than $2 million from elderly victims, according to court documents filed Monday.\n\nProsecutors said the man posed as a bank employee.\n\nHis lawyer, Sandra Blake, said her client intended to plead not guilty.", []articleWant{
			{"A Florida man stole more than $2 million from elderly victims", "court documents filed Monday", "court documents filed Monday", ""},
			{"the man posed as a bank employee", "Prosecutors", "Prosecutors", ""},
			{"her client intended to plead not guilty", "His lawyer, Sandra Blake", "Sandra Blake", ""},
		}},
		{"Defendant Testifies\n\nThe defendant told jurors on Tuesday that she had no idea the money was stolen.\n\n\"I trusted him,\" Jessica Moore testified.\n\nUnder cross-examination, Moore said she had never asked where the money came from.", []articleWant{
			{"that she had no idea the money was stolen", "The defendant", "defendant", "jurors"},
			{"\"I trusted him,\"", "Jessica Moore", "Jessica Moore", ""},
			{"she had never asked where the money came from", "Moore", "Jessica Moore", ""},
		}},
		{"Study Links Sleep to Memory\n\nPeople who sleep fewer than six hours a night are more likely to develop dementia, according to a study published Tuesday in the journal Nature Communications.\n\n\"The association was strong and consistent,\" said the study's lead author, Severine Sabia of the University of Paris.\n\nThe researchers wrote that more work was needed to establish cause and effect.", []articleWant{
			{"People who sleep fewer than six hours a night are more likely to develop dementia", "a study published Tuesday in the journal Nature Communications", "Nature Communications", ""},
			{"\"The association was strong and consistent,\"", "the study's lead author, Severine Sabia of the University of Paris", "Severine Sabia", ""},
			{"that more work was needed to establish cause and effect", "The researchers", "researchers", ""},
		}},
		{"Scientists Find New Species\n\nScientists have discovered a new species of frog in the Andes, researchers said on Wednesday.\n\n\"It was a complete surprise,\" said Jorge Ortega, a biologist at the Catholic University of Ecuador.\n\nOrtega said the frog was roughly as big as a thumbnail.", []articleWant{
			{"Scientists have discovered a new species of frog in the Andes", "researchers", "researchers", ""},
			{"\"It was a complete surprise,\"", "Jorge Ortega, a biologist at the Catholic University of Ecuador", "Jorge Ortega", ""},
			{"the frog was roughly as big as a thumbnail", "Ortega", "Jorge Ortega", ""},
		}},
		{"Health Agency Warns of Measles\n\nThe Vermont Department of Health said Friday that measles cases had reached a 30-year high.\n\n\"Vaccination is the best protection,\" Health Commissioner Mandy Cohen said.\n\nHealth officials said most of the cases were in unvaccinated children.", []articleWant{
			{"that measles cases had reached a 30-year high", "The Vermont Department of Health", "Vermont Department of Health", ""},
			{"\"Vaccination is the best protection,\"", "Health Commissioner Mandy Cohen", "Mandy Cohen", ""},
			{"most of the cases were in unvaccinated children", "Health officials", "Health officials", ""},
		}},
		{"Drug Shows Promise in Trial\n\nAn experimental drug slowed cognitive decline by 27 percent, the company said Wednesday.\n\n\"These results are encouraging,\" said Dr. Ronald Petersen, a neurologist at the Mayo Clinic who had no role in the study.\n\nThe study's authors said the drug carried a risk of brain swelling.", []articleWant{
			{"An experimental drug slowed cognitive decline by 27 percent", "the company", "company", ""},
			{"\"These results are encouraging,\"", "Dr. Ronald Petersen, a neurologist at the Mayo Clinic who had no role in the study", "Ronald Petersen", ""},
			{"the drug carried a risk of brain swelling", "The study's authors", "study's authors", ""},
		}},
		{"Singer Cancels Tour\n\nPop star Ed Sheeran canceled the remaining dates of his tour on Monday, citing health problems.\n\n\"I'm so sorry to everyone who bought tickets,\" Sheeran wrote on Instagram.\n\nHis publicist said in a brief statement that he was expected to make a full recovery.", []articleWant{
			{"health problems", "Pop star Ed Sheeran", "Ed Sheeran", ""},
			{"\"I'm so sorry to everyone who bought tickets,\"", "Sheeran", "Ed Sheeran", "Instagram"},
			{"that he was expected to make a full recovery", "His publicist", "publicist", "brief statement"},
		}},
		{"Live Updates: Storm Hits Coast\n\n10:42 a.m. ET\n\nGov. Ron DeSantis said at a briefing that more than 1 million customers had lost power.\n\n\"Do not go outside until the storm passes,\" DeSantis said.\n\n11:15 a.m. ET\n\nThe National Hurricane Center said the storm had weakened to a Category 2.", []articleWant{
			{"that more than 1 million customers had lost power", "Gov. Ron DeSantis", "Ron DeSantis", "briefing"},
			{"\"Do not go outside until the storm passes,\"", "DeSantis", "Ron DeSantis", "briefing"},
			{"the storm had weakened to a Category 2", "The National Hurricane Center", "National Hurricane Center", ""},
		}},
		{"Sentencing Delayed\n\nA judge on Wednesday postponed the sentencing of a former county treasurer convicted of stealing public funds.\n\n\"The court needs more time to study the restitution figures,\" Circuit Judge Helen Ortiz said from the bench.\n\nAssistant District Attorney Brian Cho told the judge the county had lost more than $800,000.\n\nDefense lawyer Maria Santos said her client was \"deeply remorseful.\"", []articleWant{
			{"\"The court needs more time to study the restitution figures,\"", "Circuit Judge Helen Ortiz", "Helen Ortiz", ""},
			{"the county had lost more than $800,000", "Assistant District Attorney Brian Cho", "Brian Cho", "judge"},
			{"her client was \"deeply remorseful.\"", "Defense lawyer Maria Santos", "Maria Santos", ""},
		}},
		{"Prosecutors Drop Charges\n\nProsecutors on Monday dropped all charges against a man who spent 20 years in prison for a murder he did not commit.\n\n\"Today justice was finally done,\" said his attorney, Laura Fine.\n\nDistrict Attorney Kim Foxx said in a brief statement that new DNA evidence had cleared him.", []articleWant{
			{"\"Today justice was finally done,\"", "his attorney, Laura Fine", "Laura Fine", ""},
			{"that new DNA evidence had cleared him", "District Attorney Kim Foxx", "Kim Foxx", "brief statement"},
		}},
		{"Interview: Novelist on Her New Book\n\nQ: What made you write this book?\n\nSMITH: I was raised in a town like this one. I wanted to write about people I knew.\n\nQ: Was it hard?\n\nSMITH: Every book is hard. This one was harder.", []articleWant{
			{"I was raised in a town like this one. I wanted to write about people I knew", "SMITH", "Smith", ""},
			{"Every book is hard. This one was harder", "SMITH", "Smith", ""},
		}},
		{"Mayor Testifies Before Legislature\n\nMayor Tom Hardy told state lawmakers on Tuesday that the city could not afford the new pension rules.\n\n\"We will have to lay off teachers,\" Hardy testified.\n\nState Sen. Amy Cruz, who chairs the committee, said she was open to changes.", []articleWant{
			{"that the city could not afford the new pension rules", "Mayor Tom Hardy", "Tom Hardy", "state lawmakers"},
			{"\"We will have to lay off teachers,\"", "Hardy", "Tom Hardy", "state lawmakers"},
			{"she was open to changes", "State Sen. Amy Cruz, who chairs the committee", "Amy Cruz", ""},
		}},
		{"Police Release Video\n\nThe police department released body camera video on Friday of an officer shooting a man during a traffic stop.\n\n\"The video speaks for itself,\" said Ben Crump, a lawyer for the man's family.\n\nPolice Commissioner Danielle Outlaw said the officer had been placed on administrative leave.", []articleWant{
			{"\"The video speaks for itself,\"", "Ben Crump, a lawyer for the man's family", "Ben Crump", ""},
			{"the officer had been placed on administrative leave", "Police Commissioner Danielle Outlaw", "Danielle Outlaw", ""},
		}},
		{"Star Quarterback Talks Contract\n\nQuarterback Joe Burrow said Wednesday he was not worried about his contract.\n\n\"That stuff takes care of itself,\" Burrow said. \"I only want to win.\"\n\nHis coach, Zac Taylor, said Burrow had been \"phenomenal\" in practice.", []articleWant{
			{"he was not worried about his contract", "Quarterback Joe Burrow", "Joe Burrow", ""},
			{"\"That stuff takes care of itself,\" Burrow said. \"I only want to win.\"", "Burrow", "Joe Burrow", ""},
			{"Burrow had been \"phenomenal\" in practice", "His coach, Zac Taylor", "Zac Taylor", ""},
		}},
		{"Company Settles Lawsuit\n\nThe lender agreed to pay $45 million to settle a class-action lawsuit, according to a filing in federal court.\n\nA spokeswoman for the company said it admitted no wrongdoing.\n\n\"This settlement allows us to move forward,\" the firm said in a statement.", []articleWant{
			{"The lender agreed to pay $45 million to settle a class-action lawsuit", "a filing in federal court", "filing in federal court", ""},
			{"it admitted no wrongdoing", "A spokeswoman for the company", "spokeswoman for the company", ""},
			{"\"This settlement allows us to move forward,\"", "the firm", "firm", "statement"},
		}},
		{"Researchers Warn on Heat\n\nExtreme heat killed more than 2,000 people across the United States last year, researchers reported Monday.\n\n\"These deaths are preventable,\" said Dr. Jeremy Hess, an emergency physician at the University of Washington and one of the study's authors.\n\nThe authors wrote that cities should open more cooling centers.", []articleWant{
			{"Extreme heat killed more than 2,000 people across the United States last year", "researchers", "researchers", ""},
			{"\"These deaths are preventable,\"", "Dr. Jeremy Hess, an emergency physician at the University of Washington and one of the study's authors", "Jeremy Hess", ""},
			{"that cities should open more cooling centers", "The authors", "authors", ""},
		}},
		{"Live: Election Night Results\n\n9:05 p.m. ET: Polls have closed across the state.\n\n9:31 p.m. ET: Gov. Laura Kelly told supporters in Topeka that she was \"cautiously optimistic.\"\n\n10:02 p.m. ET: Her Republican challenger, Derek Schmidt, said in a post on X that the race was \"far from over.\"", []articleWant{
			{"that she was \"cautiously optimistic.\"", "Gov. Laura Kelly", "Laura Kelly", "supporters, Topeka"},
			{"that the race was \"far from over.\"", "Her Republican challenger, Derek Schmidt", "Derek Schmidt", "post, X"},
		}},
		{"Live Updates: Wildfire Forces Evacuations\n\n2:15 p.m.: The county sheriff's office said more than 3,000 homes had been evacuated.\n\n\"If you are told to leave, leave now,\" Sheriff Kim Lopez said at a 2 p.m. briefing.\n\n3:40 p.m.: Cal Fire spokesman Jon Heggie said the blaze was 5 percent contained.", []articleWant{
			{"more than 3,000 homes had been evacuated", "The county sheriff's office", "county sheriff's office", ""},
			{"\"If you are told to leave, leave now,\"", "Sheriff Kim Lopez", "Kim Lopez", "briefing"},
			{"the blaze was 5 percent contained", "Cal Fire spokesman Jon Heggie", "Jon Heggie", ""},
		}},
		{"Earnings: Retailer Beats on Profit\n\nWalmart reported quarterly profit above expectations on Thursday.\n\n\"Our customers are choosing us for value,\" Chief Executive Doug McMillon said on a Wednesday call with analysts.\n\nChief Financial Officer John David Rainey told reporters that shoppers were still spending on essentials.\n\nShares rose 3 percent in premarket trading.", []articleWant{
			{"quarterly profit above expectations", "Walmart", "Walmart", ""},
			{"\"Our customers are choosing us for value,\"", "Chief Executive Doug McMillon", "Doug McMillon", "call"},
			{"that shoppers were still spending on essentials", "Chief Financial Officer John David Rainey", "John David Rainey", "reporters"},
		}},
		{"Union Votes to Strike\n\nMembers of the nurses union voted overwhelmingly to authorize a strike, the union said Friday.\n\n\"Nurses are burned out,\" said Jean Ross, a registered nurse and union co-president.\n\nHospital spokeswoman Carla Diaz said the hospital had offered a fair contract.", []articleWant{
			{"Members of the nurses union voted overwhelmingly to authorize a strike", "the union", "union", ""},
			{"\"Nurses are burned out,\"", "Jean Ross, a registered nurse and union co-president", "Jean Ross", ""},
			{"the hospital had offered a fair contract", "Hospital spokeswoman Carla Diaz", "Carla Diaz", ""},
		}},
		{"Lawsuit Filed Against City\n\nA group of residents sued the city on Monday, alleging that its new parking rules were unconstitutional.\n\n\"The city cannot take away our property without due process,\" said attorney David Cohen, who represents the residents.\n\nA city spokesperson said the city does not comment on pending litigation.", []articleWant{
			{"that its new parking rules were unconstitutional", "A group of residents", "group of residents", ""},
			{"\"The city cannot take away our property without due process,\"", "attorney David Cohen, who represents the residents", "David Cohen", ""},
			{"the city does not comment on pending litigation", "A city spokesperson", "city spokesperson", ""},
		}},
		{"Vaccine Maker Reports Trial Results\n\nThe vaccine was 91 percent effective at preventing severe illness, the drugmaker said in a news release on Tuesday.\n\n\"We are very pleased with these results,\" the company's chief medical officer, Dr. Paul Burton, said in an interview.\n\nIndependent experts said the data looked promising but had not yet been peer-reviewed.", []articleWant{
			{"The vaccine was 91 percent effective at preventing severe illness", "the drugmaker", "drugmaker", "news release"},
			{"\"We are very pleased with these results,\"", "the company's chief medical officer, Dr. Paul Burton", "Paul Burton", "interview"},
			{"the data looked promising but had not yet been peer-reviewed", "Independent experts", "Independent experts", ""},
		}},
		{"Astronomers Spot Distant Galaxy\n\nAstronomers using the James Webb Space Telescope have found the most distant galaxy yet observed, NASA said on Thursday.\n\n\"This galaxy is a real surprise,\" said Brant Robertson, an astronomer at the University of Oregon, who co-led the study.\n\nThe team reported its findings in the journal Nature.", []articleWant{
			{"Astronomers using the James Webb Space Telescope have found the most distant galaxy yet observed", "NASA", "NASA", ""},
			{"\"This galaxy is a real surprise,\"", "Brant Robertson, an astronomer at the University of Oregon, who co-led the study", "Brant Robertson", ""},
			{"its findings in the journal Nature", "The team", "team", ""},
		}},
		{"Band Announces Reunion Tour\n\nThe band announced on Monday that it would reunite for a 20-city tour next year.\n\n\"We missed playing together,\" lead singer Chris Martin told Rolling Stone.\n\nDrummer Will Champion said the band had been rehearsing in secret for months.", []articleWant{
			{"that it would reunite for a 20-city tour next year", "The band", "band", ""},
			{"\"We missed playing together,\"", "lead singer Chris Martin", "Chris Martin", "Rolling Stone"},
			{"the band had been rehearsing in secret for months", "Drummer Will Champion", "Will Champion", ""},
		}},
		{"Museum Returns Artifacts\n\nThe museum said Wednesday that it would return 12 bronze sculptures to Nigeria.\n\n\"This is simply right,\" museum director Max Hollein said in a statement.\n\nNigerian officials welcomed the decision, calling it \"a step toward healing.\"", []articleWant{
			{"that it would return 12 bronze sculptures to Nigeria", "The museum", "museum", ""},
			{"\"This is simply right,\"", "museum director Max Hollein", "Max Hollein", "statement"},
			{"the decision", "Nigerian officials", "Nigerian officials", ""},
			{"it \"a step toward healing.\"", "Nigerian officials", "Nigerian officials", ""},
		}},
		{"Author Wins Prize\n\nNovelist Jenny Erpenbeck won the International Booker Prize on Tuesday for her novel \"Kairos.\"\n\n\"I am overwhelmed,\" Erpenbeck said in her acceptance speech.\n\nThe chair of the judges, Eleanor Wachtel, said the book was \"luminous.\"", []articleWant{
			{"\"I am overwhelmed,\"", "Erpenbeck", "Jenny Erpenbeck", "acceptance speech"},
			{"the book was \"luminous.\"", "The chair of the judges, Eleanor Wachtel", "Eleanor Wachtel", ""},
		}},
		{"Chef Opens New Restaurant\n\nChef Dominique Crenn said she wanted her new restaurant to feel like \"a home.\"\n\n\"Food is about memory,\" Crenn said during an interview at the restaurant on Tuesday.\n\nHer business partner, Juan Contreras, said the menu would change every week.", []articleWant{
			{"she wanted her new restaurant to feel like \"a home.\"", "Chef Dominique Crenn", "Dominique Crenn", ""},
			{"\"Food is about memory,\"", "Crenn", "Dominique Crenn", "interview"},
			{"the menu would change every week", "Her business partner, Juan Contreras", "Juan Contreras", ""},
		}},
		{"Coach Confirms Injury\n\nCoach Mikel Arteta confirmed on Friday that defender William Saliba would miss the next two matches.\n\n\"It's a blow, but we have the squad,\" Arteta told a news conference.\n\nThe Spaniard said striker Gabriel Jesus was close to returning.", []articleWant{
			{"that defender William Saliba would miss the next two matches", "Coach Mikel Arteta", "Mikel Arteta", ""},
			{"\"It's a blow, but we have the squad,\"", "Arteta", "Mikel Arteta", "news conference"},
			{"striker Gabriel Jesus was close to returning", "The Spaniard", "Mikel Arteta", "news conference"},
		}},
		{"City Settles Police Case\n\nThe city agreed on Thursday to pay $5 million to the family of a man who died in police custody, city attorney Tom Reyes said.\n\n\"No amount of money can bring him back,\" the family's lawyer, Ana Morales, said.\n\nReyes said the settlement did not include an admission of wrongdoing.", []articleWant{
			{"The city agreed on Thursday to pay $5 million to the family of a man who died in police custody", "city attorney Tom Reyes", "Tom Reyes", ""},
			{"\"No amount of money can bring him back,\"", "the family's lawyer, Ana Morales", "Ana Morales", ""},
			{"the settlement did not include an admission of wrongdoing", "Reyes", "Tom Reyes", ""},
		}},
		{"State Audit Finds Waste\n\nA state audit released Monday found that the agency had wasted $14 million on unused software, according to the state auditor's office.\n\n\"This is unacceptable,\" State Auditor Beth Wood said.\n\nAgency spokesman Ray Diaz said the department had already made changes.", []articleWant{
			{"A state audit released Monday found that the agency had wasted $14 million on unused software", "the state auditor's office", "state auditor's office", ""},
			{"\"This is unacceptable,\"", "State Auditor Beth Wood", "Beth Wood", ""},
			{"the department had already made changes", "Agency spokesman Ray Diaz", "Ray Diaz", ""},
		}},
		{"Hospital Faces Fine\n\nState regulators fined the hospital $250,000 on Friday, saying it had failed to protect patients.\n\n\"Patient safety is our top priority,\" the hospital said in a statement.\n\nA state health department spokesman said inspectors had found problems in the emergency room.", []articleWant{
			{"it had failed to protect patients", "State regulators", "State regulators", ""},
			{"\"Patient safety is our top priority,\"", "the hospital", "hospital", "statement"},
			{"inspectors had found problems in the emergency room", "A state health department spokesman", "state health department spokesman", ""},
		}},
		{"Firefighters Rescue Hikers\n\nFirefighters rescued two hikers stranded on a cliff Sunday, the fire department said.\n\n\"They were very lucky,\" Capt. Mark Diaz said.\n\nThe hikers, both in their 20s, were not injured, Diaz said.", []articleWant{
			{"Firefighters rescued two hikers stranded on a cliff Sunday", "the fire department", "fire department", ""},
			{"\"They were very lucky,\"", "Capt. Mark Diaz", "Mark Diaz", ""},
			{"The hikers, both in their 20s, were not injured", "Diaz", "Mark Diaz", ""},
		}},
		{"Detective Testifies in Murder Trial\n\nA police detective testified Tuesday that the defendant's fingerprints were found on the weapon.\n\n\"There was no doubt about the match,\" Detective Sam Ortiz told jurors.\n\nUnder questioning from defense attorney Julia Park, Ortiz acknowledged that the lab had made errors in other cases.", []articleWant{
			{"that the defendant's fingerprints were found on the weapon", "A police detective", "police detective", ""},
			{"\"There was no doubt about the match,\"", "Detective Sam Ortiz", "Sam Ortiz", "jurors"},
			{"that the lab had made errors in other cases", "Ortiz", "Sam Ortiz", "jurors"},
		}},
		{"Judge Sets Trial Date\n\nA federal judge on Monday set a March trial date for the former mayor, who is charged with bribery.\n\n\"I see no reason for further delay,\" U.S. District Judge Karen Lee said at a hearing.\n\nThe former mayor's lawyer, Tom Reyes, said his client looked forward to clearing his name.", []articleWant{
			{"\"I see no reason for further delay,\"", "U.S. District Judge Karen Lee", "Karen Lee", "hearing"},
			{"his client looked forward to clearing his name", "The former mayor's lawyer, Tom Reyes", "Tom Reyes", ""},
		}},
		{"Carmaker Warns on Tariffs\n\nThe carmaker warned on Thursday that new tariffs would cost it $2 billion this year.\n\n\"These tariffs hurt American workers,\" Chief Executive Mary Barra told analysts on a conference call.\n\nBarra said the company would move some production to the United States.", []articleWant{
			{"that new tariffs would cost it $2 billion this year", "The carmaker", "carmaker", ""},
			{"\"These tariffs hurt American workers,\"", "Chief Executive Mary Barra", "Mary Barra", "analysts, conference call"},
			{"the company would move some production to the United States", "Barra", "Mary Barra", "analysts, conference call"},
		}},
		{"Pharma Company Cuts Jobs\n\nThe drugmaker said on Tuesday it would cut 2,000 jobs in a restructuring.\n\n\"These decisions were not made lightly,\" a company spokesman said in an email.\n\nThe cuts will mostly affect sales staff, according to an employee briefed on the plans.", []articleWant{
			{"it would cut 2,000 jobs in a restructuring", "The drugmaker", "drugmaker", ""},
			{"\"These decisions were not made lightly,\"", "a company spokesman", "company spokesman", "email"},
			{"The cuts will mostly affect sales staff", "an employee briefed on the plans", "employee briefed on the plans", ""},
		}},
		{"Researchers Link Air Pollution to Dementia\n\nLong-term exposure to air pollution raises the risk of dementia, researchers reported on Wednesday in the journal BMJ.\n\n\"The effect is modest but real,\" said Dr. Helen Park, an epidemiologist at Harvard who led the study.\n\nPark said policymakers should tighten air quality standards.", []articleWant{
			{"Long-term exposure to air pollution raises the risk of dementia", "researchers", "researchers", ""},
			{"\"The effect is modest but real,\"", "Dr. Helen Park, an epidemiologist at Harvard who led the study", "Helen Park", ""},
			{"policymakers should tighten air quality standards", "Park", "Helen Park", ""},
		}},
		{"Hospital Reports Outbreak\n\nHealth officials said Friday that 14 patients at a hospital had been infected with a drug-resistant fungus.\n\n\"We are taking this very seriously,\" hospital spokeswoman Dana Kim said.\n\nThe state health department said it was working with the hospital to stop the spread.", []articleWant{
			{"that 14 patients at a hospital had been infected with a drug-resistant fungus", "Health officials", "Health officials", ""},
			{"\"We are taking this very seriously,\"", "hospital spokeswoman Dana Kim", "Dana Kim", ""},
			{"it was working with the hospital to stop the spread", "The state health department", "state health department", ""},
		}},
		{"Actor Returns to Stage\n\nActor Andrew Scott said returning to the theater felt like \"coming home.\"\n\n\"There's nothing like a live audience,\" Scott told The Guardian.\n\nThe play's director, Simon Stone, said Scott had \"an extraordinary range.\"", []articleWant{
			{"returning to the theater felt like \"coming home.\"", "Actor Andrew Scott", "Andrew Scott", ""},
			{"\"There's nothing like a live audience,\"", "Scott", "Andrew Scott", "The Guardian"},
			{"Scott had \"an extraordinary range.\"", "The play's director, Simon Stone", "Simon Stone", ""},
		}},
		{"Q&A With the Mayor\n\nQ: How will you pay for the new stadium?\n\nMAYOR LEE: The team will cover most of the cost. The city will pay for roads and parking.\n\nQ: What about the schools?\n\nMAYOR LEE: Schools come first. Always.", []articleWant{
			{"The team will cover most of the cost. The city will pay for roads and parking", "MAYOR LEE", "Mayor Lee", ""},
			{"Schools come first. Always", "MAYOR LEE", "Mayor Lee", ""},
		}},
		{"Soccer Coach Praises Young Team\n\nUnited States coach Mauricio Pochettino praised his young squad after a 2-0 win over Mexico on Saturday.\n\n\"They showed great personality,\" the Argentine told reporters.\n\nMidfielder Tyler Adams said the team was \"growing every game.\"", []articleWant{
			{"his young squad", "United States coach Mauricio Pochettino", "Mauricio Pochettino", ""},
			{"\"They showed great personality,\"", "the Argentine", "Argentine", "reporters"},
			{"the team was \"growing every game.\"", "Midfielder Tyler Adams", "Tyler Adams", ""},
		}},
		{"Quarterback Injured\n\nJets quarterback Aaron Rodgers left Sunday's game with an ankle injury.\n\nCoach Robert Saleh said after the game that Rodgers would have an MRI on Monday.\n\n\"We'll know more tomorrow,\" Saleh said.", []articleWant{
			{"that Rodgers would have an MRI on Monday", "Coach Robert Saleh", "Robert Saleh", ""},
			{"\"We'll know more tomorrow,\"", "Saleh", "Robert Saleh", ""},
		}},
		{"Hockey Star Signs Extension\n\nConnor McDavid signed a two-year contract extension with the Edmonton Oilers on Monday.\n\n\"I want to win here,\" the 28-year-old said at an afternoon news conference.\n\nGeneral manager Stan Bowman said the team was \"thrilled.\"", []articleWant{
			{"a two-year contract extension with the Edmonton Oilers", "Connor McDavid", "Connor McDavid", ""},
			{"\"I want to win here,\"", "the 28-year-old", "Connor McDavid", "news conference"},
			{"the team was \"thrilled.\"", "General manager Stan Bowman", "Stan Bowman", ""},
		}},
		{"Police Warn of Scam\n\nPolice warned residents on Tuesday about a phone scam targeting older people.\n\n\"Do not give out personal information over the phone,\" Lt. Maria Cruz said.\n\nThe department said it had received more than 20 reports this month.", []articleWant{
			{"\"Do not give out personal information over the phone,\"", "Lt. Maria Cruz", "Maria Cruz", ""},
			{"it had received more than 20 reports this month", "The department", "department", ""},
		}},
		{"Council Approves Bike Lanes\n\nThe city council approved a plan on Thursday to add 30 miles of bike lanes.\n\n\"This will save lives,\" said council member Jorge Silva, who sponsored the plan.\n\nBusiness owners said they were worried about losing parking.", []articleWant{
			{"\"This will save lives,\"", "council member Jorge Silva, who sponsored the plan", "Jorge Silva", ""},
			{"they were worried about losing parking", "Business owners", "Business owners", ""},
		}},
		{"School Board Member Resigns\n\nSchool board member Paula Grant resigned on Monday, citing health reasons.\n\n\"I have loved serving this community,\" Grant said in a statement.\n\nBoard chair Ken Wu said the board would appoint a replacement within 60 days.", []articleWant{
			{"health reasons", "School board member Paula Grant", "Paula Grant", ""},
			{"\"I have loved serving this community,\"", "Grant", "Paula Grant", "statement"},
			{"the board would appoint a replacement within 60 days", "Board chair Ken Wu", "Ken Wu", ""},
		}},
		{"Tech Company Faces Probe\n\nThe Federal Trade Commission has begun investigating the company's data practices, according to two people briefed on the matter.\n\n\"We are cooperating fully,\" a company spokeswoman said.\n\nThe FTC declined to comment.", []articleWant{
			{"The Federal Trade Commission has begun investigating the company's data practices", "two people briefed on the matter", "two people briefed on the matter", ""},
			{"\"We are cooperating fully,\"", "a company spokeswoman", "company spokeswoman", ""},
			{"to comment", "The FTC", "FTC", ""},
		}},
	})
}

// TestFormArticles runs short stories of forms the gold never
// shows (opinion columns, press releases, interviews, editorial
// insertions and ellipses, quotations over several paragraphs, Irish,
// British, Indian, Nigerian, South African and Australian copy with
// undotted honorifics and ranks, lists, rubric headlines, obituaries,
// fact checks) and checks every attribution, whom it resolves to and
// where it was said.
func TestFormArticles(t *testing.T) {
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
