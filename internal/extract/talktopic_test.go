package extract

import "testing"

// TestTalkTopics covers the topic of a verb of talk: its "of" phrase, a
// manner adverb or "at length" before the "about" or "of", and a hearer
// between the verb and its "about".
func TestTalkTopics(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"of after the verb", "The retired judge talked of ferry fares and bus routes.", "ferry fares and bus routes", "The retired judge", "talked of"},
		{"manner adverb before of", "The old coach spoke wistfully of his first season.", "his first season", "The old coach", "spoke wistfully of"},
		{"manner adverb before about", "Two nurses spoke tearfully about the night shift.", "the night shift", "Two nurses", "spoke tearfully about"},
		{"at length", "The treasurer has spoken at length about the harbor bonds.", "the harbor bonds", "The treasurer", "spoken at length about"},
		{"manner noun before of", "Old colleagues speak with fondness of the late mayor.", "the late mayor", "Old colleagues", "speak with fondness of"},
		{"named hearer", "The governor spoke to KXLY about the wildfire budget.", "the wildfire budget", "The governor", "spoke to KXLY about"},
		{"hearer with a possessive", "Her aides talked with the mayor's staff about the parade route.", "the parade route", "Her aides", "talked with the mayor's staff about"},
		{"noun talk of", "Idle talk of a merger unsettled the bakers.", "", "", "talk of"},
		{"hearer before of belongs to the hearer", "The pastor spoke to a gathering of ferry workers.", "", "", "spoke to a gathering of"},
		{"object gap", "The reforms the dean spoke of were never adopted.", "", "", "spoke of"},
		{"hearer then a relative clause", "The mayor spoke to voters who care about the ferry.", "", "", "spoke to voters who care about"},
		{"inside a quotation", "“We spoke fondly of the old bridge,” Lee said.", "", "", "spoke fondly of"},
	})
}
