package extract

import "testing"

// probe17Case is one sentence and the single attribution it must give:
// content, source and cue ("" source: none).
type probe17Case struct{ in, content, source, cue string }

func checkProbe17(t *testing.T, cs []probe17Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// checkProbe17None checks that nothing is attributed in each sentence.
func checkProbe17None(t *testing.T, ins []string) {
	t.Helper()
	for _, in := range ins {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// TestProbe17Approximator checks that "about" before a number grades
// the content's subject instead of closing a learned "said about" cue.
func TestProbe17Approximator(t *testing.T) {
	checkProbe17(t, []probe17Case{
		{"Officials said about 1.5 million people had been displaced.", "about 1.5 million people had been displaced", "Officials", "said"},
		{"The mayor said about 2,000 people attended the rally.", "about 2,000 people attended the rally", "The mayor", "said"},
		{"The warden said about half the inmates had been moved.", "about half the inmates had been moved", "The warden", "said"},
		{"Officials said around 300 homes were flooded.", "around 300 homes were flooded", "Officials", "said"},
		// Before a noun phrase "about" stays in the cue.
		{"He said about the strike that its timing was poor.", "the strike that its timing was poor", "He", "said about"},
	})
	// A duration after "talked about" is no content.
	checkProbe17None(t, []string{"He talked about 40 minutes on the economy."})
}

// TestProbe17SaidAdjective checks that the legal adjective "the said"
// reports nothing.
func TestProbe17SaidAdjective(t *testing.T) {
	checkProbe17None(t, []string{
		"The bank sold the said building to a developer.",
		"The said property was sold at auction in 2019.",
		"That said, the plan has flaws.",
		"Said Ahmed, 40, was arrested on Monday.",
	})
}

// TestProbe17PerfectPassiveIt checks that an expletive "it" before a
// perfect passive ("It has been reported that …") reports its clause with
// no source, as the simple passive does.
func TestProbe17PerfectPassiveIt(t *testing.T) {
	checkProbe17(t, []probe17Case{
		{"It has been reported that at least 40 people died.", "that at least 40 people died", "", "has been reported"},
		{"It has been suggested that the vote could be delayed.", "that the vote could be delayed", "", "has been suggested"},
		{"It had been feared that the ferry sank.", "that the ferry sank", "", "had been feared"},
		{"It was reported that the minister had resigned.", "that the minister had resigned", "", "was reported"},
	})
	checkProbe17None(t, []string{
		"It has been raining since Monday.",
		"It has been closed since the flood.",
		"It should be stressed that our bridge is old.",
		"The tender, it had been lodged weeks earlier, was lost in the post.",
	})
}

// TestProbe17FilingVenue checks that "in a filing with …" is a venue
// before the that-clause, however long the name it ends in.
func TestProbe17FilingVenue(t *testing.T) {
	checkProbe17(t, []probe17Case{
		{"The chipmaker said in a filing with the Ontario Securities and Markets Authority that it expected losses to widen.", "that it expected losses to widen", "The chipmaker", "said"},
		{"The miner said in a filing with the Toronto Stock Exchange on Monday that output had fallen.", "that output had fallen", "The miner", "said"},
		{"The firm said in a filing with regulators that the deal had been delayed.", "that the deal had been delayed", "The firm", "said"},
	})
}

// TestProbe17Wire pins readings of wire copy, translated speech, long
// appositions, organisations as speakers and "according to" that the
// probe found right.
func TestProbe17Wire(t *testing.T) {
	checkProbe17(t, []probe17Case{
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
	checkProbe17None(t, []string{
		"The film \u201cSay Anything\u201d was released in 1989.",
		"The so-called \u201cpeace plan\u201d was rejected by both sides.",
		"The documentary \u201cWhat They Said\u201d premieres in May.",
	})
}

// TestProbe17WireVerbs checks the report verbs of wire copy that neither
// train half teaches: "refuted", "queried", "inquired".
func TestProbe17WireVerbs(t *testing.T) {
	checkProbe17(t, []probe17Case{
		{"The senator queried whether the figures were accurate.", "whether the figures were accurate", "The senator", "queried"},
		{"The committee inquired whether the funds had been spent.", "whether the funds had been spent", "The committee", "inquired"},
		{"The auditor enquired whether the ledgers had been kept.", "whether the ledgers had been kept", "The auditor", "enquired"},
		{"The minister refuted suggestions that he had lied.", "suggestions that he had lied", "The minister", "refuted"},
	})
	checkProbe17None(t, []string{
		"Police inquired at the hotel.",
		"She enquired about the cost of parking.",
	})
}

// TestProbe17AsDid checks that ", as did <speaker>." after a clause whose
// verb "did" cannot stand for ends the content: the second speaker
// shares the report.
func TestProbe17AsDid(t *testing.T) {
	checkProbe17(t, []probe17Case{
		{"Kaur said the levy was unfair, as did Brandt.", "the levy was unfair", "Kaur", "said"},
		{"Kaur said the levy would hurt farmers, as did the treasurer.", "the levy would hurt farmers", "Kaur", "said"},
		// After a verb of its own, "did" may stand for it: the content keeps it.
		{"The mayor said Leeds voted for the levy, as did York.", "Leeds voted for the levy, as did York", "The mayor", "said"},
		{"The bank said deposits rose, as did loans.", "deposits rose, as did loans", "The bank", "said"},
	})
}
