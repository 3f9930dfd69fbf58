package extract

import "testing"

// probe18Case is one sentence and the single attribution it must give:
// content, source and cue ("" cue: any).
type probe18Case struct{ in, content, source, cue string }

func checkProbe18(t *testing.T, cs []probe18Case) {
	t.Helper()
	for _, c := range cs {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source || c.cue != "" && got[0][2] != c.cue {
			t.Errorf("%q: got %q, want content %q, source %q, cue %q", c.in, got, c.content, c.source, c.cue)
		}
	}
}

// TestProbe18InfinitiveAdverb checks that an "-ly" adverb closing an
// infinitive inside a preposed source ("not authorized to speak
// publicly") stays in the source and out of the cue.
func TestProbe18InfinitiveAdverb(t *testing.T) {
	checkProbe18(t, []probe18Case{
		{"A clerk who had no clearance to talk openly said the files were lost.", "the files were lost", "A clerk who had no clearance to talk openly", "said"},
		{"Two staffers who lacked permission to brief reporters openly said the pier would close.", "the pier would close", "Two staffers who lacked permission to brief reporters openly", "said"},
		// Must not fire: the adverb modifies the cue.
		{"The mayor quickly said the water was safe.", "the water was safe", "The mayor", "quickly said"},
		{"Aides close to the mayor privately said the plan was dead.", "the plan was dead", "Aides close to the mayor", ""},
	})
}

// probe18Want is one attribution a mini-article must give: content,
// source and the resolved speaker's name.
type probe18Want struct{ content, source, speaker string }

// TestProbe18MiniArticles runs whole short articles (headline, dateline,
// byline, quotes across paragraphs, pronouns back to names) and checks
// each attribution and whom it resolves to.
func TestProbe18MiniArticles(t *testing.T) {
	cases := []struct {
		in   string
		want []probe18Want
	}{
		{"Council Delays Vote on Bus Depot\n\nMILLBROOK — The town council on Tuesday put off a vote on the depot.\n\n\"We owe people a real hearing,\" Mayor Dana Whitfield said after the meeting.\n\nCouncilman Ray Ortega disagreed. He said the delay would cost the town its state grant.\n\n\"Every week we wait is money we lose,\" Ortega told reporters.", []probe18Want{
			{`"We owe people a real hearing,"`, "Mayor Dana Whitfield", "Dana Whitfield"},
			{"the delay would cost the town its state grant", "He", "Ray Ortega"},
			{`"Every week we wait is money we lose,"`, "Ortega", "Ray Ortega"},
		}},
		{"Storm Leaves Thousands Without Power\n\nPORT ELLIS — \"Crews are working around the clock,\" utility spokeswoman Jen Park said. She said most customers would have power back by Friday.\n\n\"We will get through this together,\" Gov. Sam Irwin said.", []probe18Want{
			{`"Crews are working around the clock,"`, "utility spokeswoman Jen Park", "Jen Park"},
			{"most customers would have power back by Friday", "She", "Jen Park"},
			{`"We will get through this together,"`, "Gov. Sam Irwin", "Sam Irwin"},
		}},
		{"Harlow Foods Profit Slips\n\nBy Nia Grove\n\nChief executive Maria Voss told analysts the company expected margins to recover by spring. \"The worst is behind us,\" she said.", []probe18Want{
			{"the company expected margins to recover by spring", "Chief executive Maria Voss", "Maria Voss"},
			{`"The worst is behind us,"`, "she", "Maria Voss"},
		}},
		{"Jury Convicts Former Treasurer\n\nThe lawyer for the former treasurer, Ron Shaw, said his client would appeal.\n\n\"We believe the verdict is wrong,\" Shaw said outside the courthouse.", []probe18Want{
			{"his client would appeal", "The lawyer for the former treasurer, Ron Shaw", "Ron Shaw"},
			{`"We believe the verdict is wrong,"`, "Shaw", "Ron Shaw"},
		}},
		{"Ministers Trade Barbs\n\nOSLO — His Danish counterpart, Ida Holm, said Copenhagen would ask for talks.\n\nThe Swedish envoy, Nils Berg, said the claims were \"baseless.\"", []probe18Want{
			{"Copenhagen would ask for talks", "His Danish counterpart, Ida Holm", "Ida Holm"},
			{`the claims were "baseless."`, "The Swedish envoy, Nils Berg", "Nils Berg"},
		}},
		{"Keeper Signs On\n\n\"This club is my home,\" Sam Okafor said. His agent, Jo Banks, said the deal was \"fair to all.\"\n\nCurator Lena Fox said the idea came to her on a ferry.", []probe18Want{
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

// TestProbe18BritishInnerDoubles checks that single marks wrapping double
// ones are the quotation, British style, and that American nesting and
// a scare-quoted phrase beside a double-quoted one keep their reading.
func TestProbe18BritishInnerDoubles(t *testing.T) {
	checkProbe18(t, []probe18Case{
		{"'He labelled the deal \"a sell-out\",' the MP said.", "'He labelled the deal \"a sell-out\",'", "the MP", "said"},
		{"'The phrase \"value for money\" means nothing now,' Ms Hart said.", "'The phrase \"value for money\" means nothing now,'", "Ms Hart", "said"},
		{"'It was \"shambolic\", frankly,' said the councillor.", "'It was \"shambolic\", frankly,'", "the councillor", "said"},
		// Must not fire: American nesting, and double marks outside the single pair.
		{"\"We labelled it 'a sell-out,'\" the senator said.", "\"We labelled it 'a sell-out,'\"", "the senator", "said"},
		{"He said the so-called 'pothole levy' was \"unfair\".", "the so-called 'pothole levy' was \"unfair\"", "He", "said"},
	})
}

// TestProbe18InvertedPresent checks that a present verb after an inverted
// source resumes the interrupted content, and that a clause with no such
// verb, or a new report, does not.
func TestProbe18InvertedPresent(t *testing.T) {
	checkProbe18(t, []probe18Case{
		{"The new levy, said Jon Pratt, looks like the old one.", "The new levy, said Jon Pratt, looks like the old one", "Jon Pratt", "said"},
		{"The pier, said Lee, who runs the port, needs new pilings.", "The pier, said Lee, who runs the port, needs new pilings", "Lee, who runs the port", "said"},
		// Must not fire: nothing resumes.
		{"The pier, said Lee, who runs the port.", "The pier", "Lee, who runs the port", "said"},
	})
}
