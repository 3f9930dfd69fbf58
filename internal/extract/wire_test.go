package extract

import "testing"

// TestWireReadings pins readings of wire copy, translated speech, long
// appositions, organisations as speakers and "according to" that the
// probe found right.
func TestWireReadings(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"PARIS (AP) \u2014 The French finance minister said Tuesday that the deficit would shrink to 4 percent next year.", "that the deficit would shrink to 4 percent next year", "The French finance minister", ""},
		{"NEW DELHI \u2014 India will not sign the pact, the trade minister said Monday.", "India will not sign the pact", "the trade minister", ""},
		{"The president said through an interpreter that his country would never give up the islands.", "that his country would never give up the islands", "The president", "said"},
		{"The cardinal said in Italian that the church would open its archives.", "that the church would open its archives", "The cardinal", "said"},
		{"Tom Becker, 61, a retired steelworker who lives near the plant, said the smell was worse at night.", "the smell was worse at night", "Tom Becker, 61, a retired steelworker who lives near the plant", "said"},
		{"Downing Street said the prime minister had full confidence in the chancellor.", "the prime minister had full confidence in the chancellor", "Downing Street", "said"},
		{"Tehran denied that it had supplied the drones.", "that it had supplied the drones", "Tehran", "denied"},
		{"The plant will close in 2027, according to two people familiar with the plans.", "The plant will close in 2027", "two people familiar with the plans", "according to"},
		{"The senator asked whether the agency had followed the law.", "whether the agency had followed the law", "The senator", "asked"},
		{"\u201cThey [the rebels] have no interest in peace,\u201d the colonel said.", "\u201cThey [the rebels] have no interest in peace,\u201d", "the colonel", "said"},
	})
	checkNoAttr(t, []string{
		"The film \u201cSay Anything\u201d was released in 1989.",
		"The so-called \u201cpeace plan\u201d was rejected by both sides.",
		"The documentary \u201cWhat They Said\u201d premieres in May.",
	})
}
