package extract

import "testing"

// TestSaycoreWhenAsked: the question after "when asked" past a time
// phrase or an adverb, and up to a colon that opens the answer.
func TestSaycoreWhenAsked(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{
			name: "time phrase before about, colon ends the question",
			text: `The harbor master told the council when asked last week about the dredging plan: "The channel will be ready in May."`,
			want: []string{`the dredging plan`, `"The channel will be ready in May."`},
		},
		{
			name: "adverb before a wh-question after the subject",
			text: `Lena Osk, when asked specifically which piers would close, answered that the north pier “stays open.”`,
			want: []string{`which piers would close`},
		},
		{
			name: "weekday before whether",
			text: `“We will see,” the ferry captain said when asked Tuesday whether the route would reopen.`,
			want: []string{`whether the route would reopen`},
		},
		{
			name:    "an adverb with no question after it takes nothing",
			text:    `The ferry captain smiled when asked politely and walked away.`,
			notWant: []string{`politely and walked away`, `and walked away`},
		},
	})
}

// TestSaycoreWhenAskedTo: a request after a sentence-opening "when
// asked" is reported, one inside the sentence is not; a "when asked"
// clause that another cue took as its content gives way to the question.
func TestSaycoreWhenAskedTo(t *testing.T) {
	checkContentCases(t, []contentsCase{
		{
			name: "sentence-opening request",
			text: `When asked to name the new harbor master, a council clerk said the post was still open.`,
			want: []string{`to name the new harbor master`, `the post was still open`},
		},
		{
			name: "after and",
			text: `The skipper boarded the ferry at noon. And when asked to step off, he politely declined.`,
			want: []string{`to step off`},
		},
		{
			name:    "request inside the sentence stays out",
			text:    `The skipper drew criticism for his silence when asked to denounce the walkout.`,
			notWant: []string{`to denounce the walkout`},
		},
		{
			name:    "when-asked clause is no content of told",
			text:    `“The fleet is not for sale, who knows?” Osk told a local radio station in a broadcast aired on Friday when asked how the talks would end.`,
			want:    []string{`how the talks would end`},
			notWant: []string{`when asked how the talks would end`},
		},
	})
}

// TestSaycoreToldNarrative: after a tell-verb a noun phrase headed by a
// story, tale or joke is what is told, not the hearer.
func TestSaycoreToldNarrative(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The harbor board told a rather different tale.", "a rather different tale", "The harbor board"},
		{"At the dock dinner, the skipper tells one joke about the mayor.", "one joke about the mayor", "the skipper"},
		{"The old ferrymen told their river stories.", "their river stories", "The old ferrymen"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	checkContentCases(t, []contentsCase{
		{
			name:    "a hearer before the story",
			text:    `The skipper told the deckhands a story about the flood.`,
			want:    []string{`a story about the flood`},
			notWant: []string{`the deckhands a story about the flood`},
		},
		{
			name:    "story as a modifier",
			text:    `The skipper told the story editor that the piece was late.`,
			want:    []string{`that the piece was late`},
			notWant: []string{`the story editor that the piece was late`},
		},
		{
			name:    "an object pronoun is the hearer",
			text:    `The skipper told me a joke.`,
			want:    []string{`a joke`},
			notWant: []string{`me a joke`},
		},
	})
}

// TestSaycoreInfinitiveSay: a core reporting verb after "to" with a
// "that" or wh clause reports for the object before "to" or the
// clause's subject; an expletive subject reports nothing.
func TestSaycoreInfinitiveSay(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The long delay led voters to say that the port authority was hiding the costs.", "that the port authority was hiding the costs", "voters"},
		{"The vote will raise the pressure on him to say whether he backs the levy.", "whether he backs the levy", "him"},
		{"Osk agreed to a call on Sunday, but only to tell the mayor that the pier would stay shut.", "that the pier would stay shut", "Osk"},
	} {
		checkQuoteMention(t, c.text, c.quote, c.mention)
	}
	checkContentCases(t, []contentsCase{
		{
			name:    "expletive subject",
			text:    `It is far too early to say whether the levy will pass.`,
			notWant: []string{`whether the levy will pass`},
		},
		{
			name: "a wh clause stops before a later report",
			text: `The port office struggled on Monday to explain why the levy vote was delayed even as harbor officials railed against the council for stalling.`,
			want: []string{`why the levy vote was delayed`, `the council for stalling`},
		},
		{
			name:    "no clause after the verb",
			text:    `The harbor master phoned the mayor, only to say goodbye.`,
			notWant: []string{`goodbye`},
		},
	})
}
