package extract

import "testing"

// TestWire21MiniArticles runs short international wire stories (datelines,
// names with particles and non-English shapes, translated quotes,
// possessed institutions, bodies named with "for … and …") and checks
// every attribution, whom it resolves to and where it was said.
func TestWire21MiniArticles(t *testing.T) {
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

// wire21Case is one sentence and the single attribution it must give:
// content, source and resolved speaker.
type wire21Case struct{ in, content, source, speaker string }

func checkWire21(t *testing.T, cs []wire21Case) {
	t.Helper()
	for _, c := range cs {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 {
			t.Errorf("%q: got %d attributions, want 1", c.in, len(r.Quotes))
			continue
		}
		q, m := r.Quotes[0], ""
		if q.Mention != nil {
			m = q.Mention.Text
		}
		if q.Text != c.content || m != c.source || q.Speaker.Name != c.speaker {
			t.Errorf("%q: got %q / %q / %q, want %q / %q / %q", c.in, q.Text, m, q.Speaker.Name, c.content, c.source, c.speaker)
		}
	}
}

// TestWire21NameParticles checks that a lower-case particle inside a name
// keeps a long title's source whole, and that lower-case words between
// capitals that are no particles do not join them.
func TestWire21NameParticles(t *testing.T) {
	checkWire21(t, []wire21Case{
		{"Dutch Finance Minister Eelco van der Berg said the deficit would shrink.", "the deficit would shrink", "Dutch Finance Minister Eelco van der Berg", "Eelco van der Berg"},
		{"Former Portuguese Prime Minister Ana dos Reis said the bridge was safe.", "the bridge was safe", "Former Portuguese Prime Minister Ana dos Reis", "Ana dos Reis"},
		// Must not fire: "of" is no particle.
		{"Mayor Anne Hidalgo of Paris said the ferries would run.", "the ferries would run", "Mayor Anne Hidalgo of Paris", "Anne Hidalgo"},
	})
}

// TestWire21Translation checks that "according to a translation" names
// no source: the inner speaker keeps the quote. A transcript or an
// agency still reports the words, as PolNeAR marks them.
func TestWire21Translation(t *testing.T) {
	checkWire21(t, []wire21Case{
		{"\"The border stays shut,\" the minister said, according to a translation supplied by the embassy.", "\"The border stays shut,\"", "the minister", "minister"},
		{"The port will reopen, Petrov said, according to an official translation.", "The port will reopen", "Petrov", "Petrov"},
		// Must not fire: a transcript or a body is an outer source.
		{"\"The border stays shut,\" Petrov said, according to a court transcript.", "\"The border stays shut,\" Petrov said", "a court transcript", "court transcript"},
		{"\"The border stays shut,\" Petrov said, according to the ministry.", "\"The border stays shut,\" Petrov said", "the ministry", "ministry"},
	})
}

// TestWire21Bodies checks the names of bodies whose organisation noun
// takes "for" and a capitalised purpose, and that an "and" there does not
// make two speakers, while one between two bodies still does.
func TestWire21Bodies(t *testing.T) {
	checkWire21(t, []wire21Case{
		{"The Institute for Peace and Conflict Studies said the ceasefire was holding.", "the ceasefire was holding", "The Institute for Peace and Conflict Studies", "Institute for Peace and Conflict Studies"},
		{"The Council for Trade and Development said exports fell.", "exports fell", "The Council for Trade and Development", "Council for Trade and Development"},
		// Must not fire: a person "of" a body, and a spokesman "for" one.
		{"Ines Varga of the Center for Coastal Studies said the dunes were eroding.", "the dunes were eroding", "Ines Varga of the Center for Coastal Studies", "Ines Varga"},
	})
	r := extract("Rain fell.\n\nThe Fund for Rural Schools and Harbor Foundation said the grant was cut.", Meta{Published: "2025-09-04"})
	if len(r.Quotes) != 1 || len(r.Quotes[0].Speakers) != 2 {
		t.Errorf("two bodies: got %+v", r.Quotes)
	}
}

// TestWire21Speakers checks speaker resolution for wire shapes: a lone
// first word of a titled name, possessives of plurals and of long
// titled names, a possessed ministry, "the company" after a public body,
// and where each must not fire.
func TestWire21Speakers(t *testing.T) {
	checkLastSpeakers(t, "", []lastSpeaker{
		{"Pledge\n\nVientiane Governor Somsak Vongsa Keomany said the bridge would open.\n\n\"We are ready,\" Somsak said.", "Somsak Vongsa Keomany"},
		{"Pledge\n\nThe Netherlands' trade envoy, Pieter Smit, said the deal was close.", "Pieter Smit"},
		{"Pledge\n\nDefence Minister Lena Brandt's spokesman said the drill would go ahead.", "Lena Brandt's spokesman"},
		{"Pledge\n\nEstonia's interior ministry closed two crossings on Friday, the ministry said.", "Estonia's interior ministry"},
		{"Pledge\n\nNATO envoy Ann Lee said the drill was routine. The company said the ships were safe.", "company"},
		{"Pledge\n\nCentral bank chief Marta Gil Ortega said the peso was stable.\n\n\"We will act,\" Gil Ortega said.", "Marta Gil Ortega"},
		// Must not fire: a given name opens a full name of its own.
		{"Pledge\n\nAnalyst Rosa Daniel Vega said the peso was stable.\n\n\"We will act,\" Daniel Vega said.", "Daniel Vega"},
		// Must not fire: an untitled run's first word stays a word.
		{"Pledge\n\nHarbor Freight Lines said the ships were safe.\n\n\"We are ready,\" Harbor said.", "Harbor"},
		// Must not fire: no possessed ministry in reach.
		{"Pledge\n\nThe ministry said the crossings would reopen.", "ministry"},
	})
}

// TestWire21HearerVenues checks that a gathering after a modifier and a
// bare "parliament" are the venue of "told", and a person told is not.
func TestWire21HearerVenues(t *testing.T) {
	cases := []struct{ in, venue string }{
		{"\"The wall will hold,\" Nowak told a party congress.", "party congress"},
		{"\"The wall will hold,\" Nowak told parliament.", "parliament"},
		// Must not fire: a person is no audience.
		{"\"The wall will hold,\" Nowak told a senator.", ""},
	}
	for _, c := range cases {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		v := ""
		if len(r.Quotes) == 1 && r.Quotes[0].Venue != nil {
			v = r.Quotes[0].Venue.Text
		}
		if len(r.Quotes) != 1 || v != c.venue {
			t.Errorf("%q: got %+v, want venue %q", c.in, r.Quotes, c.venue)
		}
	}
}
