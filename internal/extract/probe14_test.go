package extract

import (
	"strings"
	"testing"
)

// TestProbe14NumberSlash checks that "9/11" or "24/7" is one word, so a
// source it modifies is found whole.
func TestProbe14NumberSlash(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"\u201cWe are not going anywhere,\u201d said 9/11 widow Mae Orton.", "\u201cWe are not going anywhere,\u201d", "9/11 widow Mae Orton"},
		{"\u201cWe are not going anywhere,\u201d 9/11 widow Mae Orton said.", "\u201cWe are not going anywhere,\u201d", "9/11 widow Mae Orton"},
		{"The 9/11 widow said the compensation fund had run dry.", "the compensation fund had run dry", "The 9/11 widow"},
		{"\u201cThe phones never stop,\u201d said 24/7 dispatcher Lou Park.", "\u201cThe phones never stop,\u201d", "24/7 dispatcher Lou Park"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestProbe14AccordingOpens checks an "according to" that opens its
// sentence before a clause with a plain past verb and no auxiliary: the
// clause is the report, not an apposition to the source.
func TestProbe14AccordingOpens(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"According to the Navy, the drone crashed into the sea.", "the drone crashed into the sea", "the Navy"},
		{"According to Governor Hale, the storm destroyed 40 homes.", "the storm destroyed 40 homes", "Governor Hale"},
		{"According to the sheriff, his deputies found the van abandoned.", "his deputies found the van abandoned", "the sheriff"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// An apposition that ends at a comma, or one after the content, stays
	// with the source.
	for _, c := range []struct{ in, content, source string }{
		{"According to Hale, the county's sheriff, the van was abandoned.", "the van was abandoned", "Hale, the county's sheriff"},
		{"The van was abandoned, according to Hale, the county sheriff.", "The van was abandoned", "Hale, the county sheriff"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}

// TestProbe14AccordingOpensAnd checks the same clause closed by ", and"
// and a second clause: it is reported, not an apposition, when it has a
// verb; a verbless apposition before ", and" stays with the source.
func TestProbe14AccordingOpensAnd(t *testing.T) {
	got := bodyQuotes("According to Hale, the deputies towed the van, and the owner paid the fine.")
	if len(got) != 1 || got[0][1] != "Hale" || !strings.HasPrefix(got[0][0], "the deputies towed the van") {
		t.Errorf("got %q, want source Hale, content from \"the deputies\"", got)
	}
	for _, q := range bodyQuotes("According to Hale, the county sheriff, and Ortiz, his deputy, the van was abandoned.") {
		if strings.HasPrefix(q[0], "the county sheriff") {
			t.Errorf("a verbless apposition was read as the report: %q", q)
		}
	}
}

// TestProbe14AtLeastLead checks a content that opens with "at least" or
// "at most" before a tail attribution: the words bound a number, so the
// clause is no fronted place phrase.
func TestProbe14AtLeastLead(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"At least nine miners were trapped, rescuers said.", "At least nine miners were trapped", "rescuers"},
		{"At least 14 homes burned overnight, the fire chief said Sunday.", "At least 14 homes burned overnight", "the fire chief"},
		{"At most a third of the ballots were counted, Ortiz said.", "At most a third of the ballots were counted", "Ortiz"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// A fronted place phrase stays circumstance.
	for _, in := range []string{
		"At the depot, the foreman said.",
		"On its website, the firm promises to refund every order.",
	} {
		for _, q := range bodyQuotes(in) {
			if q[0] == "At the depot" || q[0] == "On its website" {
				t.Errorf("%q: the fronted phrase was read as content: %q", in, q)
			}
		}
	}
}

// TestProbe14RankTitles checks military rank abbreviations before a
// name: their period ends no sentence, and the rank stays in the source.
func TestProbe14RankTitles(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Brig. Gen. Rosa Dunn said the bridge would reopen by Friday.", "the bridge would reopen by Friday", "Brig. Gen. Rosa Dunn"},
		{"\u201cThe bridge will hold,\u201d said Brig. Gen. Rosa Dunn.", "\u201cThe bridge will hold,\u201d", "Brig. Gen. Rosa Dunn"},
		{"Cpl. Eli Varga said the patrol had turned back at dusk.", "the patrol had turned back at dusk", "Cpl. Eli Varga"},
		{"Pfc. Eli Varga said the patrol had turned back at dusk.", "the patrol had turned back at dusk", "Pfc. Eli Varga"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// "brig" is also a word: its period still ends a sentence.
	got := bodyQuotes("The cook was locked in the brig. Deckhands said the food improved.")
	if len(got) != 1 || got[0][1] != "Deckhands" || got[0][0] != "the food improved" {
		t.Errorf("brig: got %q", got)
	}
}

// TestProbe14DatedTailSource checks a closing source whose document a
// participle and a time phrase date ("a survey released Monday found"):
// the whole phrase is the source, even after a weak cue.
func TestProbe14DatedTailSource(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Most renters expect rents to rise, a survey released Monday found.", "Most renters expect rents to rise", "a survey released Monday"},
		{"Most renters expect rents to rise, a survey published last week found.", "Most renters expect rents to rise", "a survey published last week"},
		{"Most renters expect rents to rise, a survey released on Tuesday found.", "Most renters expect rents to rise", "a survey released on Tuesday"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	if got := bodyQuotes("The rent rose after the building was sold Monday."); len(got) != 0 {
		t.Errorf("no report: got %q", got)
	}
}

// TestProbe14Mojibake checks names whose UTF-8 was read as Latin-1 or
// Windows-1252 with a first byte other than C3 ("Å¡" for "š", "Ä\u0178"
// for "ğ", "Ã“" for "Ó"): the pair stays one word, so no sign in it
// splits the name or opens a quotation.
func TestProbe14Mojibake(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"\u201cThe count was honest,\u201d Milan Dvo\u00c5\u2122\u00c3\u00a1k said.", "\u201cThe count was honest,\u201d", "Milan Dvo\u00c5\u2122\u00c3\u00a1k"},
		{"\u201cThe count was honest,\u201d said Tomas Vrbi\u00c5\u00a1.", "\u201cThe count was honest,\u201d", "Tomas Vrbi\u00c5\u00a1"},
		{"\u201cThe count was honest,\u201d said \u00c3\u201cscar Pinto.", "\u201cThe count was honest,\u201d", "\u00c3\u201cscar Pinto"},
		{"Yi\u00c4\u0178it Kaya said the count was \u201chonest.\u201d", "the count was \u201chonest.\u201d", "Yi\u00c4\u0178it Kaya"},
		// Encoded twice: the second byte of the first pass reads as a C1 control.
		{"\u201cThe count was honest,\u201d Mayor Fran\u00c3\u0083\u00c2\u00a7ois Roy said Friday.", "\u201cThe count was honest,\u201d", "Mayor Fran\u00c3\u0083\u00c2\u00a7ois Roy"},
		{"\u201cThe count was honest,\u201d said Ana Jes\u00c3\u0083\u00c2os, a clerk.", "\u201cThe count was honest,\u201d", "Ana Jes\u00c3\u0083\u00c2os, a clerk"},
		{"\u201cThe count was honest,\u201d Mayor FranA\u0303\u0083A\u0302\u00a7ois Roy said Friday.", "\u201cThe count was honest,\u201d", "Mayor FranA\u0303\u0083A\u0302\u00a7ois Roy"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	// A real letter before a closing mark or a possessive stays as it was.
	for _, c := range []struct{ in, content, source string }{
		{"\u201cWe drove past Malm\u00d6,\u201d said Ida Berg.", "\u201cWe drove past Malm\u00d6,\u201d", "Ida Berg"},
		{"Ida Strau\u00df\u2019s lawyer said the will was \u201cvalid.\u201d", "the will was \u201cvalid.\u201d", "Ida Strau\u00df\u2019s lawyer"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
}
