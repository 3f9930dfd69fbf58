package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

type want struct {
	text    string // quote text (exact), or "" for any
	kind    Kind
	speaker string
	skind   SpeakerKind
	mention string
	frags   int
	venue   string // substring of venue text
	date    string
	cueType CueType
	all     []string // all speakers
}

func TestExtract(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []want
	}{
		{"dotted dateline", "Ferry news\n\nMILTON, Del. (AP) — Mayor Jo Hale said Monday that the ferry would run again.",
			[]want{{text: "that the ferry would run again", kind: KindIndirect, speaker: "Jo Hale"}}},
		{"-ing name", "Al Dowling coaches the team.\n\nDowling told reporters that the team would win.",
			[]want{{text: "that the team would win", kind: KindIndirect, speaker: "Al Dowling", mention: "Dowling"}}},
		{"report in a weak object's clause", "The council rejected the budget after the mayor claimed that taxes would rise.",
			[]want{{text: "the budget", kind: KindIndirect, speaker: "council"}, {text: "that taxes would rise", kind: KindIndirect, speaker: "mayor"}}},
		{"report in a weak object's as-clause", "The council dismissed the plan as the mayor warned that costs would rise.",
			[]want{{text: "the plan", kind: KindIndirect, speaker: "council"}, {text: "that costs would rise", kind: KindIndirect, speaker: "mayor"}}},
		{"after", "“We will build the bridge,” Jane Doe said.",
			[]want{{text: "“We will build the bridge,”", kind: KindDirect, speaker: "Jane Doe", mention: "Jane Doe"}}},
		{"before colon", "Tom Baker added: “The plan is ready.”",
			[]want{{text: "“The plan is ready.”", kind: KindDirect, speaker: "Tom Baker"}}},
		{"inverted", "“Taxes will fall,” said Maria Lopez.",
			[]want{{text: "“Taxes will fall,”", kind: KindDirect, speaker: "Maria Lopez", mention: "Maria Lopez"}}},
		{"straight and mixed marks", "\"Prices are rising,” Ken Ode said.",
			[]want{{text: "\"Prices are rising,”", kind: KindDirect, speaker: "Ken Ode"}}},
		{"nested single", "“They called it ‘a disaster’ and left,” Ruth Ames said.",
			[]want{{text: "“They called it ‘a disaster’ and left,”", kind: KindDirect, speaker: "Ruth Ames"}}},
		{"doubled single marks", "''The vote is close,'' Ed Hart said.",
			[]want{{text: "''The vote is close,''", kind: KindDirect, speaker: "Ed Hart"}}},
		{"split", "Harbor master Ian Moss spoke on Monday.\n\n“The port is closed,” he said. “It will reopen next week.”",
			[]want{{text: "“The port is closed,” he said. “It will reopen next week.”", kind: KindDirect, speaker: "Ian Moss", mention: "he", frags: 2}}},
		{"continuation paragraph", "“The port is closed,” Ian Moss said.\n\n“It will reopen next week.”",
			[]want{{kind: KindDirect, speaker: "Ian Moss", frags: 2}}},
		{"multi-paragraph quote", "Lena Fox spoke at length. She said: “The first part is here.\n\n“The second part ends here.”",
			[]want{{kind: KindDirect, speaker: "Lena Fox", frags: 2}}},
		{"mixed postposed", "Dutch Minister Anna Berg visited the site.\n\nThe road would not be rebuilt “before the spring” but work would start soon, the Dutch minister said.",
			[]want{{text: "The road would not be rebuilt “before the spring” but work would start soon", kind: KindMixed, speaker: "Anna Berg", mention: "the Dutch minister"}}},
		{"indirect that", "Paul Green said that the vote was delayed.",
			[]want{{text: "that the vote was delayed", kind: KindIndirect, speaker: "Paul Green"}}},
		{"transcript labels", "The interview went as follows.\n\nHOST: Will the harbor reopen this year?\n\nRUTH KANE: The harbor reopens in June.\n\nHOST: Thank you.\n\nKane runs the port.",
			[]want{{text: "Will the harbor reopen this year", mention: "HOST"}, {text: "The harbor reopens in June", mention: "RUTH KANE", speaker: "Ruth Kane"}, {text: "Thank you", mention: "HOST"}}},
		{"section label is no speaker", "LONDON: The river rose again on Monday.",
			nil},
		{"dash signatures", "Readers wrote in.\n\n“The ferry is late every single day.” ― Ana Ruiz\n\n\"We need a second bridge over the river.\"\n\n- Tom Baker.\n\nThe ferry runs on time. — Lea Marsh (@leamarsh) May 5, 2016",
			[]want{
				{text: "“The ferry is late every single day.”", kind: KindDirect, speaker: "Ana Ruiz", mention: "Ana Ruiz"},
				{text: "\"We need a second bridge over the river.\"", kind: KindDirect, speaker: "Tom Baker"},
				{text: "The ferry runs on time", kind: KindIndirect, speaker: "Lea Marsh", mention: "Lea Marsh (@leamarsh)", cueType: CueWriting},
			}},
		{"embedded post markup", "Readers wrote in.\n\n<post id=\"7\" author=\"@leamarsh\">The ferry runs on time. — Lea Marsh (@leamarsh) May 5, 2016</post>",
			[]want{{text: "The ferry runs on time", kind: KindIndirect, speaker: "Lea Marsh"}}},
		{"thing with a quoted name", "The county opened a website called “Levee Watch” for residents.",
			[]want{{text: "a website called “Levee Watch”", kind: KindMixed}}},
		{"passive naming with a quoted name", "The council closed what had been called the “Levee Fund,” after the audit.",
			[]want{{text: "what had been called the “Levee Fund,”", kind: KindMixed}}},
		{"passive naming with an article", "The town kept what is called a “rainy day” account for years.",
			[]want{{text: "what is called a “rainy day”", kind: KindMixed}}},
		{"sentence subject with a quoted name", "The site, called “Levee Watch,” opened on Monday.",
			nil},
		{"roundup item with a dash and a named colon", "Readers wrote in.\n\nEngineers agree the levee will hold - Ann Hale: “The levee is in good shape this spring.” [County News.]",
			[]want{{text: "“The levee is in good shape this spring.”", kind: KindDirect, mention: "Ann Hale"}}},
		{"roundup item naming more from a source", "Readers wrote in.\n\nWhat it means for the dam -More from Hale: “The levee is in good shape this spring.”",
			[]want{{text: "“The levee is in good shape this spring.”", kind: KindDirect, mention: "Hale"}}},
		{"role with a postmodifier", "People briefed on the talks said the deal was close.",
			[]want{{text: "the deal was close", kind: KindIndirect, speaker: "People briefed on the talks", mention: "People briefed on the talks"}}},
		{"dash inside prose is no signature", "The ferry – late again – left at noon.",
			nil},
		{"naming verb with a quoted name", "Mayor Ida Holm called the plan “reckless.”",
			[]want{{text: "the plan “reckless.”", kind: KindMixed, speaker: "Ida Holm"}}},
		{"according to", "The mine will close in May, according to the company.",
			[]want{{text: "The mine will close in May", kind: KindIndirect, mention: "the company"}}},
		{"office", "Chancellor Olaf Brandt toured the plant.\n\nThe factory will stay open, his office said.",
			[]want{{kind: KindIndirect, speaker: "Olaf Brandt's office", skind: SpeakerOffice, mention: "his office"}}},
		{"named office", "Chancellor Olaf Brandt toured the plant.\n\nThe factory will stay open, Brandt’s office said.",
			[]want{{kind: KindIndirect, speaker: "Olaf Brandt's office", skind: SpeakerOffice}}},
		{"role", "“Talks are over,” a Spanish government spokesman said.",
			[]want{{kind: KindDirect, speaker: "Spanish government spokesman", skind: SpeakerRole, mention: "a Spanish government spokesman"}}},
		{"organization", "The Foreign Ministry said the envoy had left the country.",
			[]want{{kind: KindIndirect, speaker: "Foreign Ministry", skind: SpeakerOrganization}}},
		{"several speakers", "Both Lena Fox and Omar Reed said the deal was fair to everyone.",
			[]want{{kind: KindIndirect, speaker: "Lena Fox", all: []string{"Lena Fox", "Omar Reed"}}}},
		{"apposition", "Sara Kim, the mayor of Riverton, said the water was safe to drink.",
			[]want{{kind: KindIndirect, speaker: "Sara Kim", mention: "Sara Kim, the mayor of Riverton"}}},
		{"participle", "Speaking Tuesday in Lisbon, Victor Hale met the press, adding that more work was needed.",
			[]want{{text: "that more work was needed", kind: KindIndirect, speaker: "Victor Hale", venue: "Lisbon", date: "2025-09-02"}}},
		{"surname", "Prime Minister Julia Marsh arrived late.\n\nMarsh said the budget was final and balanced.",
			[]want{{speaker: "Julia Marsh", mention: "Marsh"}}},
		{"pronoun", "Governor Ray Tull spoke briefly.\n\nHe said the storm had passed the coast.",
			[]want{{speaker: "Ray Tull", mention: "He"}}},
		{"venue and day", "Omar Reed told reporters on Wednesday that the plan was dead.",
			[]want{{speaker: "Omar Reed", venue: "reporters", date: "2025-09-03"}}},
		{"statement", "Ana Cruz said in a statement that the talks had failed.",
			[]want{{speaker: "Ana Cruz", venue: "statement"}}},
		{"thought", "Ana Cruz thinks that the plan will fail.",
			[]want{{speaker: "Ana Cruz", cueType: CueThought}}},
		{"report", "A new poll shows that support for the mayor has fallen.",
			[]want{{cueType: CueReport, mention: "A new poll"}}},
		{"scare quotes are not quotes", "Leaders met in Rome.\n\nThe plan is a “safety net” for farmers.",
			nil},
		{"apostrophes", "Don’t worry, it's the mayor’s plan and it will work, Ana Cruz said.",
			[]want{{kind: KindIndirect, speaker: "Ana Cruz"}}},
		{"caption is chrome", "“We will win,” Lee Park said at the rally. (AP Photo/Jo Ray)",
			nil},
		{"chrome lines", "Skip to content\nJoin our Newsletter\n\nRelated article: “Nothing will change,” Bo Li said.\n\n3f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c",
			nil},
		{"unbalanced", "“This never closes, Bob Stone said.", nil},
		{"according to first", "According to the ministry, the dam will hold through the winter.",
			[]want{{text: "the dam will hold through the winter", kind: KindIndirect, mention: "the ministry"}}},
		{"inverted split", "“The tide is late,” said a harbor pilot, “and the wind is wrong.”",
			[]want{{kind: KindDirect, mention: "a harbor pilot", frags: 2}}},
		{"parenthetical", "In the north, Rita Vale said, most farms have no water.",
			[]want{{kind: KindIndirect, speaker: "Rita Vale", frags: 2}}},
		{"as clause", "As Rita Vale noted, most farms have no water this year.",
			[]want{{text: "most farms have no water this year", speaker: "Rita Vale"}}},
		{"asked", "Asked whether the farms would close, Rita Vale said no decision had been made.",
			[]want{{text: "whether the farms would close"}, {text: "no decision had been made", speaker: "Rita Vale"}}},
		{"when asked after the cue", "“We will see,” Rita Vale said when asked whether the farms would close.",
			[]want{{text: "“We will see,”", speaker: "Rita Vale"}, {text: "whether the farms would close"}}},
		{"when asked after a quotation after the cue", "Rita Vale said, “We will see,” when asked whether the farms would close.",
			[]want{{text: "“We will see,”", speaker: "Rita Vale"}, {text: "whether the farms would close"}}},
		{"when asked by an asker", "“No,” Rita Vale said when asked by a reporter if the farms would close.",
			[]want{{text: "“No,”", speaker: "Rita Vale"}, {text: "if the farms would close", mention: "a reporter"}}},
		{"nested quotation closed by three marks", "''They told us, 'Wait for spring,''' Rita Vale said.",
			[]want{{text: "''They told us, 'Wait for spring,'''", speaker: "Rita Vale"}}},
		{"noun-like cue closing the sentence", "The ferry will stop running in May, the Harbor Gazette reports.",
			[]want{{text: "The ferry will stop running in May", mention: "the Harbor Gazette"}}},
		{"inverted source with a possessive", "The ferry will stop in May, said the harbor's pilot, Ed Roe.",
			[]want{{text: "The ferry will stop in May", mention: "the harbor's pilot, Ed Roe"}}},
		{"clause after an inverted source", "“We will lose a little,” said Rita Vale, though she added that the farms would recover.",
			[]want{{text: "“We will lose a little,”", mention: "Rita Vale"}, {text: "that the farms would recover", mention: "she"}}},
		{"inverted source with a relative clause", "“The dam will hold,” said an engineer who inspected it.",
			[]want{{text: "“The dam will hold,”", mention: "an engineer who inspected it"}}},
		{"opening participle reports", "Noting that the dam had held, Rita Vale said the farms would recover.",
			[]want{{text: "the farms would recover", speaker: "Rita Vale"}, {text: "that the dam had held", speaker: "Rita Vale"}}},
		{"opening participle naming a source", "Citing engineers who inspected the dam, Rita Vale said the farms would recover.",
			[]want{{text: "the farms would recover", speaker: "Rita Vale"}}},
		{"any verb after a quotation", "“You will need a bigger boat,” Sam Hale quipped.",
			[]want{{kind: KindDirect, speaker: "Sam Hale"}}},
		{"colon then next paragraph", "Rita Vale wrote:\n\n“The farms will survive.”",
			[]want{{text: "“The farms will survive.”", speaker: "Rita Vale"}}},
		{"conjoined predicates", "Rita Vale praised the plan and said the farms would recover by spring.",
			[]want{{text: "the plan"}, {text: "the farms would recover by spring"}}},
		{"the statement", "Ana Cruz said in a statement that the talks had failed.\n\nPaul Green praised the mediators at length.\n\nThe statement also said that prices would rise.",
			[]want{{speaker: "Ana Cruz"}, {speaker: "Paul Green"}, {speaker: "Ana Cruz", mention: "The statement"}}},
		{"place as a body", "Berlin said it would decide on the plan later this year.",
			[]want{{speaker: "Berlin", skind: SpeakerOrganization}}},
		{"headline colon", "Hale: Farms Will Survive the Drought.\n\nThe drought ended in May.",
			[]want{{text: "Farms Will Survive the Drought", mention: "Hale"}}},
		{"who antecedent", "The farms will recover, said Rita Vale, who runs the cooperative.",
			[]want{{speaker: "Rita Vale"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.in, Meta{Published: "2025-09-04"})
			checkInvariants(t, c.in, r)
			if c.want == nil {
				if c.name != "unbalanced" && len(r.Quotes) != 0 {
					t.Fatalf("want no quotes, got %+v", r.Quotes)
				}
				return
			}
			if len(r.Quotes) != len(c.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(r.Quotes), len(c.want), r.Quotes)
			}
			for i, w := range c.want {
				q := r.Quotes[i]
				if w.text != "" && q.Text != w.text {
					t.Errorf("text %q, want %q", q.Text, w.text)
				}
				if w.kind != "" && q.Kind != w.kind {
					t.Errorf("kind %s, want %s", q.Kind, w.kind)
				}
				if w.speaker != "" && q.Speaker.Name != w.speaker {
					t.Errorf("speaker %q, want %q", q.Speaker.Name, w.speaker)
				}
				if w.skind != "" && q.Speaker.Kind != w.skind {
					t.Errorf("speaker kind %s, want %s", q.Speaker.Kind, w.skind)
				}
				if w.mention != "" && (q.Mention == nil || q.Mention.Text != w.mention) {
					t.Errorf("mention %+v, want %q", q.Mention, w.mention)
				}
				if w.frags != 0 && len(q.Fragments) != w.frags {
					t.Errorf("fragments %v, want %d", q.Fragments, w.frags)
				}
				if w.venue != "" && (q.Venue == nil || !strings.Contains(q.Venue.Text, w.venue)) {
					t.Errorf("venue %+v, want %q", q.Venue, w.venue)
				}
				if w.date != "" && (q.Venue == nil || q.Venue.Date != w.date) {
					t.Errorf("venue %+v, want date %s", q.Venue, w.date)
				}
				if w.cueType != "" && (q.Cue == nil || q.Cue.Type != w.cueType) {
					t.Errorf("cue %+v, want type %s", q.Cue, w.cueType)
				}
				if w.all != nil {
					var got []string
					for _, s := range q.Speakers {
						got = append(got, s.Name)
					}
					if strings.Join(got, "|") != strings.Join(w.all, "|") {
						t.Errorf("speakers %v, want %v", got, w.all)
					}
				}
			}
		})
	}
}

func TestOutlet(t *testing.T) {
	cases := []struct {
		name, in string
		meta     Meta
		want     Outlet
	}{
		{"dateline", "WARSAW, Poland (AP) — The bridge opened on Monday after years of work.", Meta{}, Outlet{Agency: "AP", Dateline: "WARSAW, Poland"}},
		{"byline", "Bridge opens\n\nBy [Jo Ray for AFP](#)\n\nThe bridge opened on Monday after years of work.", Meta{}, Outlet{Agency: "AFP"}},
		{"inputs", "The bridge opened on Monday after years of work.\n\n(With inputs from Reuters)", Meta{}, Outlet{Agency: "Reuters"}},
		{"sign-off", "The bridge opened on Monday after years of work.\n\nThe Associated Press", Meta{}, Outlet{Agency: "AP"}},
		{"url", "The bridge opened on Monday after years of work.", Meta{URL: "https://www.themoscowtimes.com/2025/09/05/x"}, Outlet{Publisher: "The Moscow Times"}},
		{"dated dateline", "WASHINGTON, Dec. 8 (UPI) — The bridge opened on Monday after years of work.", Meta{}, Outlet{Agency: "UPI", Dateline: "WASHINGTON"}},
		{"dotted dateline", "MILTON, Del. (AP) — The bridge opened on Monday after years of work.", Meta{}, Outlet{Agency: "AP", Dateline: "MILTON, Del."}},
		{"none", "The bridge opened on Monday after years of work.", Meta{}, Outlet{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := extract(c.in, c.meta).Outlet
			if o.Agency != c.want.Agency || c.want.Publisher != "" && o.Publisher != c.want.Publisher || c.want.Dateline != "" && o.Dateline != c.want.Dateline {
				t.Errorf("got %+v, want %+v", o, c.want)
			}
		})
	}
}

func TestResolveDay(t *testing.T) {
	for _, c := range []struct{ day, pub, want string }{
		{"wednesday", "2025-09-04", "2025-09-03"},
		{"thursday", "2025-09-04", "2025-09-04"},
		{"friday", "2025-09-04", "2025-08-29"},
		{"monday", "bad", ""},
	} {
		if got := resolveDay(c.day, c.pub); got != c.want {
			t.Errorf("resolveDay(%s, %s) = %q, want %q", c.day, c.pub, got, c.want)
		}
	}
}

func TestEmptyAndOdd(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n", "“", "\"\"", "’s", "said", ", said", "\xff\xfe said “", "according to", "“a,” b said. “"} {
		r := extract(in, Meta{Published: "2025-09-04"})
		checkInvariants(t, in, r)
	}
}

// TestDebug prints what Extract finds in $QDEBUG; it is skipped otherwise.
func TestDebug(t *testing.T) {
	text := os.Getenv("QDEBUG")
	if text == "" {
		t.Skip("set QDEBUG to a text to inspect")
	}
	r := extract(text, Meta{Published: "2025-09-04"})
	for _, q := range r.Quotes {
		m, c := "-", "-"
		if q.Mention != nil {
			m = q.Mention.Text
		}
		if q.Cue != nil {
			c = q.Cue.Text
		}
		fmt.Printf("%s [%s] src=%q cue=%q speaker=%q/%s venue=%v frags=%v\n", q.Kind, q.Text, m, c, q.Speaker.Name, q.Speaker.Kind, q.Venue, q.Fragments)
	}
}
