package extract

import "testing"

// TestWire22MiniArticles runs short stories of genres the gold never
// shows (city halls, school boards, police releases, post-match press
// conferences, earnings calls, courts, studies, culture interviews, live
// pages, features) and checks every attribution, whom it resolves to and
// where it was said.
func TestWire22MiniArticles(t *testing.T) {
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

// TestWire22Speakers checks the speaker each rule of this round names,
// and where each must not fire: a possessed description's apposed name,
// unstated age and nationality epithets, local offices and positions as
// titles, "the congressman" for "Rep.", a rank before a name, women's
// given names for "she".
func TestWire22Speakers(t *testing.T) {
	checkLastSpeakers(t, "", []lastSpeaker{
		{"Pledge\n\nHis rival, Tomas Brenner, said the final was close.", "Tomas Brenner"},
		{"Pledge\n\nThe report's co-author, Ines Varga of Leeds University, said the trend was clear.", "Ines Varga"},
		// Must not fire: a possessed body is no person.
		{"Pledge\n\nIts parent company, Northgate Holdings, said the trend was clear.", "parent company"},
		{"Pledge\n\nJonah Pratt scored twice on Sunday.\n\n\"We kept going,\" the 24-year-old said.", "Jonah Pratt"},
		{"Pledge\n\nRuben Castell won in four sets.\n\n\"It was hard,\" the Spaniard said.", "Ruben Castell"},
		{"Pledge\n\nSinger Mara Quill won the award on Sunday.\n\n\"I am shaking,\" the 23-year-old said.", "Mara Quill"},
		// Must not fire: the age was given to someone unnamed.
		{"Pledge\n\nA 31-year-old man was held overnight, Sheriff Ona Brill said.\n\n\"I am innocent,\" the 31-year-old told deputies.", "31-year-old"},
		// Must not fire: an office-holder spoke last.
		{"Pledge\n\nSheriff Ona Brill said a suspect was held.\n\n\"I am innocent,\" the 31-year-old told deputies.", "31-year-old"},
		{"Pledge\n\nSuperintendent Carla Webb told parents the buses would run late.", "Carla Webb"},
		{"Pledge\n\nCounty Coroner Ned Arliss said the cause was drowning.", "Ned Arliss"},
		{"Pledge\n\nDefender Sam Okafor said the pitch was poor.", "Sam Okafor"},
		// Must not fire: a title alone stays a role.
		{"Pledge\n\nThe superintendent said the buses would run late.", "superintendent"},
		{"Pledge\n\nRep. Hal Moreno said the bill was dead.\n\n\"It is over,\" the congressman said.", "Hal Moreno"},
		// Must not fire: a senator was named after the representative.
		{"Pledge\n\nRep. Hal Moreno said the bill was dead. Sen. Ada Kell said it was not.\n\n\"It is over,\" the congressman said.", "congressman"},
		{"Pledge\n\nWorld No. 3 Lena Marsh pulled out on Monday.\n\n\"I am gutted,\" Marsh said.", "Lena Marsh"},
		{"Pledge\n\nCouncil member Lynn Ortega opposed the plan.\n\n\"It costs too much,\" she said.", "Lynn Ortega"},
	})
}

// TestWire22Spans checks contents and sources: "afterward" before a
// "that" clause, a description after a live page's label, a closing
// "wrote for the panel", and where they must not fire.
func TestWire22Spans(t *testing.T) {
	cases := []struct{ in, content, source string }{
		{"Hale told reporters afterward that the vote was rushed.", "that the vote was rushed", "Hale"},
		{"4:15 p.m. ET: His campaign manager, Rosa Tilden, said the count would take days.", "the count would take days", "His campaign manager, Rosa Tilden"},
		{"The lower court had erred, Judge Omar Faisal wrote for the panel.", "The lower court had erred", "Judge Omar Faisal"},
		{"The fee was lawful, the magistrate said for the record.", "The fee was lawful", "the magistrate"},
		// Must not fire: "for" with a possessive after a feeling.
		{"In the harbor towns, fishermen fear for their jobs.", "", ""},
	}
	for _, c := range cases {
		r := extract("Rain fell.\n\n"+c.in, Meta{Published: "2025-09-04"})
		if c.content == "" {
			if len(r.Quotes) != 0 {
				t.Errorf("%q: got %+v, want nothing", c.in, r.Quotes)
			}
			continue
		}
		if len(r.Quotes) != 1 || r.Quotes[0].Text != c.content || r.Quotes[0].Mention == nil || r.Quotes[0].Mention.Text != c.source {
			t.Errorf("%q: got %+v, want %q / %q", c.in, r.Quotes, c.content, c.source)
		}
	}
}
