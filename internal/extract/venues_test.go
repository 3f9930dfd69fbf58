package extract

import (
	"strings"
	"testing"
)

// venueOf extracts text published on pub and returns the venue of its
// first quote (nil when it has none); the test stops when there is no
// quote.
func venueOf(t *testing.T, text, pub string) *Venue {
	t.Helper()
	r := extract(text, Meta{Published: pub})
	checkInvariants(t, text, r)
	if len(r.Quotes) == 0 {
		t.Fatalf("no quote in %q", text)
	}
	return r.Quotes[0].Venue
}

// TestVenueTable: the occasion and the day words were said, from the
// tokens around the attribution. Text is the venue text ("" for none),
// date the resolved day ("" for none).
func TestVenueTable(t *testing.T) {
	for _, c := range []struct{ in, pub, text, date string }{
		// A month and a day, with or without a year.
		{"“The bridge will reopen soon,” the engineer said on Oct. 7.", "2023-10-20", "", "2023-10-07"},
		{"“Our pledge stands,” the envoy wrote in a letter on June 2, 2021.", "2023-10-20", "letter", "2021-06-02"},
		{"“Nothing has changed,” the coach said at a rally near Leeds Arena on April 9.", "2023-10-20", "rally", "2023-04-09"},
		// A December day read in January is last year's.
		{"“We counted every ballot,” the clerk said on Dec. 29.", "2024-01-03", "", "2023-12-29"},
		{"“The ferry left late,” the captain said yesterday.", "2023-10-20", "", "2023-10-19"},
		// "last Thursday" in Thursday's paper is a week back; "two days
		// ago" counts back from publication; "next Monday" is no day the
		// words were said.
		{"“The pier is unsafe,” the harbour master said last Friday.", "2023-10-20", "", "2023-10-13"},
		{"“The pier is unsafe,” the harbour master said last Tuesday.", "2023-10-20", "", "2023-10-17"},
		{"“Water levels fell,” the hydrologist said three days ago.", "2023-10-20", "", "2023-10-17"},
		{"“We will decide,” the council clerk said, adding that a vote comes next Monday.", "2023-10-20", "", ""},
		{"“Doors open at noon,” the curator said today.", "2023-10-20", "", ""},
		// Must not fire: a deadline, an event's date, a span.
		{"“We will finish the audit,” the auditor said, before March 15.", "2023-10-20", "", ""},
		{"“The roads were empty,” the driver said of the Aug. 12 storm.", "2023-10-20", "", ""},
		{"“It was loud,” the neighbour said of the May 4 parade downtown.", "2023-10-20", "parade", ""},
		{"“Today is a good day,” the farmer said.", "2023-10-20", "", ""},
		// A place or an outlet after the venue noun or "at the".
		{"“Wheat prices are rising,” the trader said during an interview with the Financial Times.", "2023-10-20", "interview, Financial Times", ""},
		{"“Repairs take months,” Admiral Joan Pike said at a hearing of the House Budget Committee.", "2023-10-20", "hearing, House Budget Committee", ""},
		{"“The harvest looks poor,” the minister said during a trip to Odesa.", "2023-10-20", "trip, Odesa", ""},
		{"“We owe them thanks,” the governor said in remarks at the State Capitol.", "2023-10-20", "remarks, State Capitol", ""},
		// Two venue nouns make one venue.
		{"“Margins held up,” the finance chief said on a conference call on Thursday.", "2023-10-20", "conference call", "2023-10-19"},
		{"“Fix the potholes,” a resident shouted during the town hall meeting near Dover.", "2023-10-20", "town hall meeting", ""},
		// A modifier names the kind of occasion; a weekday before the
		// noun is the date, not part of the venue.
		{"“Stay indoors,” the prefect said in a televised address on Friday.", "2023-10-20", "televised address", "2023-10-20"},
		{"“The merger is void,” the shareholders argued in a court filing.", "2023-10-20", "court filing", ""},
		{"“Shelters are full,” the mayor said at an emergency briefing.", "2023-10-20", "emergency briefing", ""},
		{"“We will not close the mill,” the owner said at a Tuesday news conference.", "2023-10-20", "news conference", "2023-10-17"},
		{"“Tickets sold out,” the director said at the annual Lakeside Growers Conference.", "2023-10-20", "Lakeside Growers Conference", ""},
		// A programme title with "of the"; a chamber's floor.
		{"“The bill is dead,” Rep. Lou Varga told ABC's Voice of the Nation on Sunday.", "2023-10-20", "ABC's Voice of the Nation", "2023-10-15"},
		{"“This amendment fails farmers,” the senator argued on the Senate floor.", "2023-10-20", "Senate floor", ""},
		// A network's programme after "on".
		{"“We will hold the line,” the whip said on CBS's Morning Desk on Sunday.", "2023-10-20", "CBS's Morning Desk", "2023-10-15"},
		{"“Turnout was huge,” the organizer said on Fox's Voice of the Valley.", "2023-10-20", "Fox's Voice of the Valley", ""},
		// Must not fire: "on" before a weekday.
		{"“Ask the voters,” the strategist said on Monday.", "2023-10-20", "", "2023-10-16"},
		// Must not fire: an event that dates the words rather than
		// placing them, and a verb.
		{"“The vote is close,” the whip told reporters after the caucus meeting.", "2023-10-20", "reporters", ""},
		{"“Nobody won,” the moderator said before the debate.", "2023-10-20", "", ""},
		{"“Prices will hold,” the minister told journalists ahead of the summit.", "2023-10-20", "journalists", ""},
		{"“He listened,” the pastor said after meeting the candidate.", "2023-10-20", "", ""},
		// An indefinite event on whose margins the words were said.
		{"“We are gaining,” the candidate told pollsters after a forum in Greenville.", "2023-10-20", "pollsters, forum, Greenville", ""},
		// Nouns only the venue reads, inside a venue phrase.
		{"“Copper looks cheap,” strategists at Dune Capital said in a note sent to clients.", "2023-10-20", "note", ""},
		{"“Recall the batch,” the regulator said in a news release on Monday.", "2023-10-20", "news release", "2023-10-16"},
		{"“The contract was void,” the firm's lawyer argued in court.", "2023-10-20", "court", ""},
		{"“Rent is theft,” the activist wrote in a guest column.", "2023-10-20", "column", ""},
		{"“Pay the drivers,” the union chief told donors at his annual fundraiser.", "2023-10-20", "donors, annual fundraiser", ""},
		// A building words are said at or outside.
		{"“I was framed,” the ex-treasurer told reporters outside the courthouse.", "2023-10-20", "reporters, courthouse", ""},
		{"“We pray for peace,” the bishop said outside the cathedral on Sunday.", "2023-10-20", "cathedral", "2023-10-15"},
		// Must not fire: the same nouns as a verb, an object or a topic.
		{"“Margins are thin,” grocers note, pointing to freight costs.", "2023-10-20", "", ""},
		{"“We stay united,” the chairwoman said, stressing a message of calm.", "2023-10-20", "", ""},
		{"“We were cheated,” said the farmers, who filed a lawsuit against the mill.", "2023-10-20", "", ""},
		// Must not fire: a month is a time, not a place.
		{"“Stocks will recover,” the broker told Harbor Radio in December.", "2023-10-20", "Harbor Radio", ""},
		{"“The vote was rigged,” the losing candidate said at a November rally.", "2023-10-20", "rally", ""},
		// A leading venue phrase.
		{"In a statement on Tuesday, the ferry operator said: “Sailings resume at dawn.”", "2023-10-20", "statement", "2023-10-17"},
		{"At the summit in Lisbon, the premier said: “We sign nothing today.”", "2023-10-20", "summit, Lisbon", ""},
		{"During his visit to Gdansk, the envoy said: “The port matters to all of us.”", "2023-10-20", "visit, Gdansk", ""},
		// Must not fire: a leading time phrase; "town" without "hall".
		{"In the past, the trainer said: “Horses ran on grass.”", "2023-10-20", "", ""},
		{"In the town of Brora, the baker said: “Flour costs double.”", "2023-10-20", "Brora", ""},
		// A broadcaster after "on", an audience after "speech to", a
		// platform after "posted to", a station's number.
		{"“Rates stay put,” the governor said on Fox News.", "2023-10-20", "Fox News", ""},
		{"“Rates stay put,” the governor argued in an interview on Canal 3.", "2023-10-20", "interview, Canal 3", ""},
		{"“Rates stay put,” the governor said during an appearance on RTV.", "2023-10-20", "appearance, RTV", ""},
		{"“Hold the line,” the premier vowed in a speech to the Storting.", "2023-10-20", "speech, Storting", ""},
		{"“Hold the line,” the premier said in a clip posted to YouTube.", "2023-10-20", "YouTube", ""},
		{"“Hold the line,” the premier told Radio Nord 2's Morning Desk programme.", "2023-10-20", "Radio Nord 2's Morning Desk programme", ""},
		// Must not fire: a topic after "interview on", a weekday.
		{"“Sanctions bite,” the envoy argued in an interview on Iran.", "2023-10-20", "interview", ""},
		{"“Sanctions bite,” the envoy argued in an interview on Sky News Tuesday.", "2023-10-20", "interview, Sky News", "2023-10-17"},
		// An assembly told; more modifiers; an event owned by another.
		{"“Water is a right,” the minister told a gathering of mayors on Monday.", "2023-10-20", "gathering", "2023-10-16"},
		{"“Sales doubled,” the finance chief said on an earnings call.", "2023-10-20", "earnings call", ""},
		{"“No deal yet,” the spokeswoman told the daily press briefing.", "2023-10-20", "daily press briefing", ""},
		{"“Rates rise,” the governor announced at a press briefing following the board’s rate meeting.", "2023-10-20", "press briefing", ""},
		// Must not fire: a hearer who is a person; a weekday after a place.
		{"“The mill will close,” the foreman told me.", "2023-10-20", "", ""},
		{"“Keep your heads down,” the sergeant told them.", "2023-10-20", "", ""},
		{"“You have my vote,” the farmer told Mr. Haldane.", "2023-10-20", "", ""},
		{"“We built this,” the mayor told a crowd in Tulsa Tuesday.", "2023-10-20", "crowd, Tulsa", "2023-10-17"},
		// More modifiers; a means after "by"; a title's "The".
		{"“We regret the delay,” the airline wrote in an emailed statement.", "2023-10-20", "emailed statement", ""},
		{"“Nobody was hurt,” the warden told reporters by phone.", "2023-10-20", "reporters, phone", ""},
		{"“The dam holds,” the engineer told The Valley Courier.", "2023-10-20", "The Valley Courier", ""},
		{"“The dam holds,” the engineer told the BBC.", "2023-10-20", "BBC", ""},
		// A report a speaker was quoted in; a tell cue's hearer and place.
		{"“Margins are thin,” the chief executive conceded in a quarterly report.", "2023-10-20", "quarterly report", ""},
		{"“The budget passes,” the premier told legislators in the Storting.", "2023-10-20", "legislators, Storting", ""},
		// Must not fire: a venue noun used as a verb; a newspaper named
		// "Post" as the source; a pronoun after the hearer.
		{"“Unemployment fell,” the analyst said, adding that surveys show wages rising.", "2023-10-20", "", ""},
		{"“We need rain,” the farmer said, hoping to address the shortage.", "2023-10-20", "", ""},
		{"“It was a close race,” the Harbor Post reported.", "2023-10-20", "", ""},
		{"“It was a close race,” Senator Ada Quill told the Herald she was leaving.", "2023-10-20", "Herald", ""},
		// A venue noun after a name or a determiner stays a noun.
		{"“Taxes will rise,” the senator argued during the GOP debate that night.", "2023-10-20", "GOP debate", ""},
		// Must not fire: a target after "at"; a verb after a sentence's
		// first word.
		{"“Ask him about the deficit,” the challenger said, pointing at Osgood.", "2023-10-20", "", ""},
		{"“Look at the numbers,” the treasurer said, looking over at Brandt.", "2023-10-20", "", ""},
		{"“This is a scandal,” the deputy said. Critics call it a stunt.", "2023-10-20", "", ""},
		// A sentence's leading day; a programme after a day's possessive;
		// "aboard"; the body heard "before"; more modifiers.
		{"On Tuesday, the harbour master said: “The pier reopens.”", "2023-10-20", "", "2023-10-17"},
		{"Late Wednesday, the mill said in a statement: “Shifts resume.”", "2023-10-20", "statement", "2023-10-18"},
		{"“Tariffs hurt farmers,” the senator argued on Sunday's Face the Valley.", "2023-10-20", "Face the Valley", "2023-10-15"},
		{"“Talks are close,” the envoy told journalists aboard the Queen Mary.", "2023-10-20", "journalists, Queen Mary", ""},
		{"“The ledger was altered,” the auditor said in testimony before the Finance Committee.", "2023-10-20", "testimony, Finance Committee", ""},
		{"“We fought hard,” the mayor conceded in her concession speech.", "2023-10-20", "concession speech", ""},
		// The outlet a statement went to; a research note.
		{"“We deny every claim,” the mining firm replied in a statement to Reuters.", "2023-10-20", "statement, Reuters", ""},
		{"“Copper will rally,” the bank's analysts wrote in a research note.", "2023-10-20", "research note", ""},
		// Must not fire: an email's reader.
		{"“Call me,” the lobbyist pleaded in an email to Senator Orla Kemp.", "2023-10-20", "email", ""},
		// Must not fire: a hearer who is a few persons, or a story.
		{"“The bid is dead,” the tycoon told friends over dinner.", "2023-10-20", "", ""},
		{"“I was a pilot once,” the veteran told stories of the war.", "2023-10-20", "", ""},
		// Must not fire: "event" in "in the event of", "an event that".
		{"In the unlikely event of a tie, the clerk said: “We toss a coin.”", "2023-10-20", "", ""},
		// "in front of", an estate, an office; not a language, not a post.
		{"“Disperse now,” the sergeant told protesters in front of the Town Hall.", "2023-10-20", "protesters, Town Hall", ""},
		{"“I sleep well,” the tycoon said at his Lakeview estate.", "2023-10-20", "Lakeview estate", ""},
		{"“Sit down,” the mayor said in her office.", "2023-10-20", "office", ""},
		{"“Bienvenidos,” the mayor said in Spanish.", "2023-10-20", "", ""},
		{"“I grew cautious,” the mayor said of her years in office.", "2023-10-20", "", ""},
		// A clause telling where the interview aired; a programme with a
		// number.
		{"“The mine stays open,” the premier declared in an interview that aired Sunday on RTV's 48 Hours North.", "2023-10-20", "interview, RTV's 48 Hours North", "2023-10-15"},
		// Must not fire: the content after "that".
		{"“Enough,” the premier declared in an interview that ferries need funding.", "2023-10-20", "interview", ""},
		// An ad and an analysis are media.
		{"“Vote for the river,” the candidate urges in the ad.", "2023-10-20", "ad", ""},
		{"“Rates will peak soon,” the economists argued in an analysis.", "2023-10-20", "analysis", ""},
		// Must not fire: "rally" as a verb; a person after "in".
		{"“We can win this,” said the organizer, who is trying to rally students.", "2023-10-20", "", ""},
		{"“I have doubts,” the delegate said, less confident in Mrs. Varga.", "2023-10-20", "", ""},
		// Must not fire: a companion, a reader, a clause's "in the".
		{"“The talks went well,” the mayor said after a meeting with Governor Dale Price.", "2023-10-20", "meeting", ""},
		{"“Please reconsider,” the dean wrote in her letter to Senator Ruth Abel.", "2023-10-20", "letter", ""},
		{"“The roof leaked,” the tenant said at the Camden county courthouse.", "2023-10-20", "courthouse", ""}, // the building, not "Camden"
	} {
		v := venueOf(t, c.in, c.pub)
		text, date := "", ""
		if v != nil {
			text, date = v.Text, v.Date
		}
		seen := map[string]bool{}
		for _, x := range strings.Split(text, ", ") {
			if x != "" && seen[x] {
				t.Errorf("%q: venue %q repeats %q", c.in, text, x)
			}
			seen[x] = true
		}
		if !strings.EqualFold(text, c.text) || date != c.date {
			t.Errorf("%q: venue %q date %q, want %q %q", c.in, text, date, c.text, c.date)
		}
	}
}

// TestMainEventVenue: a quote with no venue of its own gets the
// article's occasion, not a month or a title-case headline's words.
func TestMainEventVenue(t *testing.T) {
	for _, c := range []struct{ in, text string }{
		{"Ministers opened a summit in Oslo on fishing quotas.\n\n“Stocks are collapsing,” the Icelandic envoy said.", "summit, Oslo"},
		{"The rally in Fresno Tuesday drew a crowd.\n\n“Look at them all,” the organizer said.", "rally, Fresno"},
		{"The party picks its nominee at a convention in July.\n\n“Nobody is ahead,” the chairman said.", ""},
		{"Mayor Answers Critics At Debate In The Old Mill.\n\n“We fixed the roads,” the mayor said.", ""},
		{"FARMERS MARCH TO SUMMIT IN BERN.\n\n“Milk prices must rise,” a dairy farmer said.", "summit, BERN"},
	} {
		v := venueOf(t, c.in, "2023-10-20")
		text := ""
		if v != nil {
			text = v.Text
			if v.Explicit {
				t.Errorf("%q: venue %q is marked explicit", c.in, text)
			}
		}
		if text != c.text {
			t.Errorf("%q: venue %q, want %q", c.in, text, c.text)
		}
	}
}

// TestVenueMedium: a tweet cue names its medium, and a quote does not
// inherit an earlier quote's venue across a change of medium.
func TestVenueMedium(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string // venue text of each quote
	}{
		{"“Turnout will be low,” Senator Ida Moss tweeted.", []string{"Twitter"}},
		{"“Nobody reads the polls,” Senator Ida Moss tweeted in a tweet.", []string{"tweet"}},
		// Written words do not inherit a spoken occasion.
		{"“The levy stays,” Senator Ida Moss told Radio Nord. Hours later Moss wrote: “My critics never read the bill.”", []string{"Radio Nord", ""}},
		// Spoken words do not inherit a tweet's medium; added words do.
		{"“Vote early,” Senator Ida Moss tweeted. “The queues were long,” Moss said later.", []string{"Twitter", ""}},
		{"“Vote early,” Senator Ida Moss tweeted. Moss added: “Bring a friend.”", []string{"Twitter", "Twitter"}},
		// A person who speaks in the article, told, is a companion, not
		// a venue; as the host of an interview he is one.
		{"“The bill is dead,” Senator Paul Okafor said. “Then revive it,” Senator Ida Moss told Paul Okafor.", []string{"", ""}},
		{"“The bill is dead,” Senator Paul Okafor said. “Then revive it,” Senator Ida Moss told Paul Okafor in a radio interview.", []string{"", "Paul Okafor, radio interview"}},
		// Spoken words still inherit a spoken occasion.
		{"“The levy stays,” Senator Ida Moss told Radio Nord. “It funds the ferries,” Moss said.", []string{"Radio Nord", "Radio Nord"}},
	} {
		r := extract(c.in, Meta{Published: "2023-10-20"})
		checkInvariants(t, c.in, r)
		if len(r.Quotes) != len(c.want) {
			t.Errorf("%q: %d quotes, want %d", c.in, len(r.Quotes), len(c.want))
			continue
		}
		for i, q := range r.Quotes {
			got := ""
			if q.Venue != nil {
				got = q.Venue.Text
			}
			if got != c.want[i] {
				t.Errorf("%q: quote %d venue %q, want %q", c.in, i, got, c.want[i])
			}
		}
	}
}

// TestVenueComplement checks a venue phrase whose noun takes a
// bare plural ("at a meeting with residents", "on a call with
// analysts") before a "that" clause: the plural ends the venue and the
// clause is the content. A plural that is the cue's object ("responded
// to reports that"), or that starts the content, is not skipped.
func TestVenueComplement(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"The harbour master said at a meeting with dockworkers that the quay would stay shut.", "that the quay would stay shut", "The harbour master"},
		{"The bakery's owner admitted on a call with lenders that the loan was overdue.", "that the loan was overdue", "The bakery's owner"},
		{"Coach Dana Reyes explained at a meeting with parents on Thursday that practice would move indoors.", "that practice would move indoors", "Coach Dana Reyes"},
		{"The ranger announced at a rally in Boise with volunteers that the trail had reopened.", "that the trail had reopened", "The ranger"},
		{"The ranger announced at a rally with volunteers that the trail had reopened.", "that the trail had reopened", "The ranger"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	for _, in := range []string{
		"The ranger met with volunteers that afternoon.",
		"The ranger spoke at a rally with volunteers.",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
	// The plural is the object of the cue, not part of a venue.
	for _, in := range []string{
		"The ranger responded Tuesday to claims that the trail was unsafe.",
		"The ranger responded in a letter to accusations that the trail was unsafe.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[0] == "that the trail was unsafe" && q[2] == "responded" {
				t.Errorf("%q: the cue's object was skipped as a venue: %q", in, q)
			}
		}
	}
}

// TestVenueThenClause checks a "that"-less clause right after a
// venue phrase ("told reporters at a briefing the deal was off"): its
// determiner opens the content rather than continuing the venue; a time
// phrase ("in an interview this week") still belongs to the venue.
func TestVenueThenClause(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"The harbour master told reporters at a briefing the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master told the Gazette in an interview the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master said at a briefing the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master told the Gazette in an interview this week the quay would stay shut.", "the quay would stay shut"},
		{"The harbour master said at a briefing the morning after the storm that the quay would stay shut.", "that the quay would stay shut"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != "The harbour master" {
			t.Errorf("%q: got %q, want content %q", c.in, got, c.content)
		}
	}
}

// TestVenueName checks that "and" between capitalised words
// stays inside the venue phrase's name, so the content starts at "that".
func TestVenueName(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The insurer said in a letter to the Fish and Wildlife Service that it would not pay.", "that it would not pay", "The insurer", "said"},
		{"The charity said in a letter to Dawes and Okoro that the grant had been withdrawn.", "that the grant had been withdrawn", "The charity", "said"},
		{"The insurer said in London and Madrid that claims had doubled.", "that claims had doubled", "The insurer", "said"},
	})
}

// TestFilingVenue checks that "in a filing with …" is a venue
// before the that-clause, however long the name it ends in.
func TestFilingVenue(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The chipmaker said in a filing with the Ontario Securities and Markets Authority that it expected losses to widen.", "that it expected losses to widen", "The chipmaker", "said"},
		{"The miner said in a filing with the Toronto Stock Exchange on Monday that output had fallen.", "that output had fallen", "The miner", "said"},
		{"The firm said in a filing with regulators that the deal had been delayed.", "that the deal had been delayed", "The firm", "said"},
	})
}

func TestVenuePlatformsAndHearers(t *testing.T) {
	cases := []struct{ name, in, content, venue string }{
		{"platform after the cue", `Ann Lee spoke on Monday. "Stay home," she wrote on X.`, "Stay home", "X"},
		{"platform before the content", "Ann Lee wrote on Facebook that the road was shut.", "the road was shut", "Facebook"},
		{"whom a speaker warned is no venue", "Ann Lee warned voters that the count would be slow.", "the count would be slow", ""},
		{"whom a speaker told is", "Ann Lee told reporters the road was shut.", "the road was shut", "reporters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := quoteWhere(t, "Headline\n\n"+c.in, c.content, true)
			got := ""
			if q.Venue != nil && q.Venue.Explicit {
				got = q.Venue.Text
			}
			if got != c.venue {
				t.Errorf("venue %q, want %q", got, c.venue)
			}
		})
	}
}

func TestVenueNotInSource(t *testing.T) {
	q := quoteWhere(t, "Headline\n\n\"It is a setback,\" said Ann Lee, an analyst at Jefferies.", "It is a setback", true)
	if q.Venue != nil && q.Venue.Explicit {
		t.Errorf("venue %q from the source's workplace", q.Venue.Text)
	}
}

func TestVenueOccasions(t *testing.T) {
	text := "Headline\n\nHELSINKI (Reuters) - President Ann Lee said on Monday that aid must rise.\n\n" +
		"Speaking to Finnish broadcaster Yle, Lee said: \"We have to be realistic.\"\n\n" +
		"A day earlier Prime Minister Bo Berg told a security conference in Salen that the north was calm.\n"
	cases := []struct{ content, venue string }{
		{"that aid must rise", ""},                             // another speaker's stated occasion is not the article's
		{"We have to be realistic", "Finnish broadcaster Yle"}, // speaking to
		{"that the north was calm", "security conference, Salen"},
	}
	for _, c := range cases {
		t.Run(c.content, func(t *testing.T) {
			q := quoteWhere(t, text, c.content, true)
			got := ""
			if q.Venue != nil {
				got = q.Venue.Text
			}
			if got != c.venue {
				t.Errorf("venue %q, want %q", got, c.venue)
			}
		})
	}
}

func TestPostedVenue(t *testing.T) {
	q := quoteWhere(t, "Headline\n\nPrime Minister Rob Vicek said late Sunday in a video posted on Facebook that he had received guarantees.", "he had received guarantees", true)
	if q.Text != "that he had received guarantees" {
		t.Errorf("content %q", q.Text)
	}
	if q.Venue == nil || q.Venue.Text != "video, Facebook" {
		t.Errorf("venue %+v, want video, Facebook", q.Venue)
	}
}

// TestHearerVenues checks that a gathering after a modifier and a
// bare "parliament" are the venue of "told", and a person told is not.
func TestHearerVenues(t *testing.T) {
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

// TestCueVerbNoVenue: the cue's own verb is no venue ("data show",
// "critics call"), a noun "show" still is.
func TestCueVerbNoVenue(t *testing.T) {
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

// TestVenueCompoundComma checks a venue phrase whose noun compound ends
// at a comma ("earlier in the committee hearing,"): the whole compound is
// the venue, and no content starts at its modifier.
func TestVenueCompoundComma(t *testing.T) {
	in := "These pilots, the captain explained earlier in the committee hearing, were “well trained,” earning more than most."
	for _, q := range bodyQuotes(in) {
		if strings.HasPrefix(q[0], "committee hearing") || strings.HasPrefix(q[0], "hearing") {
			t.Errorf("%q: a content opens inside the venue: %q", in, q)
		}
	}
	got := bodyQuotes("The ranger said at the campaign rally, “The trail is open.”")
	if len(got) != 1 || got[0][0] != "“The trail is open.”" || got[0][1] != "The ranger" {
		t.Errorf("campaign rally: got %q", got)
	}
}
