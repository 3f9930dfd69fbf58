package extract

import (
	"testing"
	"unicode"
)

// TestWordFilter checks that a filter passes every word it was built
// from and turns most others away.
func TestWordFilter(t *testing.T) {
	for w := range wordIndex {
		if !wordKnown.mayHave(w) {
			t.Errorf("wordKnown turns away %q", w)
		}
	}
	f := newWordFilter(setOf("said told wrote"))
	pass := 0
	for _, w := range []string{"the", "a", "of", "and", "president", "in", "to", "minister", "he", "that"} {
		if f.mayHave(w) {
			pass++
		}
	}
	if pass > 2 {
		t.Errorf("filter passes %d of 10 other words", pass)
	}
}

// TestWordShapes pins the shared word-set and word-shape helpers that
// several rules lean on, so a change to one is a change on purpose.
func TestWordShapes(t *testing.T) {
	if s := setWith(setOf("a b"), "c"); len(s) != 3 || !s["a"] || !s["c"] {
		t.Errorf("setWith = %v", s)
	}
	for _, c := range []struct {
		name string
		got  bool
		want bool
	}{
		{"subordinators during", subordinators["during"], true},
		{"clauseSubs during", clauseSubs["during"], false},
		{"subOpeners once", subOpeners["once"], true},
		{"headLinks by", headLinks["by"], true},
		{"subjectPreps by", subjectPreps["by"], false},
		{"beForms am", beForms["am"], true},
		{"beWords am", beWords["am"], false},
		{"lyAdverb publicly", lyAdverb("publicly"), true},
		{"lyAdverb only", lyAdverb("only"), false},
		{"pastParticiple briefed", pastParticiple("briefed"), true},
		{"pastParticiple briefs", pastParticiple("briefs"), false},
		{"phraseDeterminer the", phraseDeterminer("the"), true},
		{"phraseDeterminer this", phraseDeterminer("this"), false},
		{"knownHead officials", knownHead("officials"), true},
		{"knownHead zzz", knownHead("zzz"), false},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestGeneralPunctNoWordRune(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if generalPunct(c) && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsUpper(c)) {
			t.Errorf("%U is a letter or digit: the tokenizer's generalPunct fast paths are wrong", c)
		}
	}
}

// TestElidedYear covers a single mark eliding a year's century ("in
// ‘08"): it is no opening quotation mark, so the clause after it is read;
// a quotation that opens with two digits and closes later keeps its
// marks.
func TestElidedYear(t *testing.T) {
	for _, mark := range []string{"‘", "'", "’"} {
		text := "Rep. Jane Holm (D-Ga.) said in " + mark + "08 that the early support of white voters threw old assumptions into doubt. “It ends the ‘blame game’ for good,” she said."
		checkQuoteMention(t, text, "that the early support of white voters threw old assumptions into doubt", "Rep. Jane Holm (D-Ga.)")
	}
	d := newDoc("‘20 years is enough,’ the mayor said.")
	if d.toks[0].kind == tkWord {
		t.Errorf("opening mark of a quotation dropped: first token %q", d.lw(0))
	}
	if elidedYear([]rune("the 1908 pier"), 4) {
		t.Errorf("a digit is no mark")
	}
}

// TestNumberSlash checks that "9/11" or "24/7" is one word, so a
// source it modifies is found whole.
func TestNumberSlash(t *testing.T) {
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

// TestMojibake checks names whose UTF-8 was read as Latin-1 or
// Windows-1252 with a first byte other than C3 ("Å¡" for "š", "Ä\u0178"
// for "ğ", "Ã“" for "Ó"): the pair stays one word, so no sign in it
// splits the name or opens a quotation.
func TestMojibake(t *testing.T) {
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

// TestClockTime checks that a clock time in the cue's adjuncts
// ("at 2:30 p.m.", "at 14:30 GMT") is one word, so its colon does not
// read as one that introduces a quotation.
func TestClockTime(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"The coastguard said at 2:30 p.m. that the ferry had docked safely.", "that the ferry had docked safely", "The coastguard"},
		{"Rail operators said at 06:45 GMT that services would resume.", "that services would resume", "Rail operators"},
		{"The council said at 9:15 on Monday that the bins would be emptied.", "that the bins would be emptied", "The council"},
		// A colon after the cue still introduces the quotation.
		{"The skipper said: \u201cWe docked at 2:30 and nobody was hurt.\u201d", "\u201cWe docked at 2:30 and nobody was hurt.\u201d", "The skipper"},
	})
	if got := bodyQuotes("The skipper said: 14 crew were rescued."); len(got) != 1 || got[0][0] != "14 crew were rescued" {
		t.Errorf("got %q, want content \"14 crew were rescued\"", got)
	}
}

// TestInvisibleMarks checks soft hyphens and zero-width marks, as text
// pasted from web pages carries: between words they are space, inside a
// word part of it, and the speaker's name drops them, as it drops a line
// break of wrapped text.
func TestInvisibleMarks(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"\u201cThe kiln is cold,\u201d said\u200b Ilse Brandt, a potter.", "\u201cThe kiln is cold,\u201d", "Ilse Brandt, a potter"},
		{"\u201cThe kiln is cold,\u201d said \u00adIlse Brandt, a potter.", "\u201cThe kiln is cold,\u201d", "Ilse Brandt, a potter"},
		{"\ufeffThe harbour\u00admaster said the quay was shut.", "the quay was shut", "The harbour\u00admaster"},
		{"The coroner said\u2060 the crash was an accident.", "the crash was an accident", "The coroner"},
	})
	for _, c := range []struct{ in, name string }{
		{"\u201cThe kiln is cold,\u201d said Il\u00adse Brandt.", "Ilse Brandt"},
		{"The spokes\u00adwoman said the quay was shut.", "spokeswoman"},
		{"Rain fell on the quay and on the boats, and the harbour\nwas closed for repairs, the port\u2019s manager, Ilse\nBrandt, said on Monday after the storm had passed\nover the town.", "Ilse Brandt"},
	} {
		r := extract(c.in, Meta{Published: "2025-09-04"})
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker.Name != c.name {
			t.Errorf("%q: got %+v, want one quote by %q", c.in, r.Quotes, c.name)
		}
	}
}

// TestDoubleHyphenDash checks that "--" typed for a dash is read as one
// "—": it ends a content before a summing-up aside and skips a dashed
// aside after the cue, as the em dash does, while a single hyphen inside
// a word and a spaced single hyphen keep their old reading.
func TestDoubleHyphenDash(t *testing.T) {
	d := newDoc("The ferry -- late again -- left; a well-known---and odd---pier.")
	var dashes []string
	for k := range d.toks {
		if d.toks[k].kind == tkPunct && isDashTok(d, k) {
			dashes = append(dashes, d.text(int(d.toks[k].s), int(d.toks[k].e))+"="+d.lw(k))
		}
	}
	want := []string{"--=—", "--=—", "---=—", "---=—"}
	if len(dashes) != len(want) {
		t.Fatalf("dash tokens %q, want %q", dashes, want)
	}
	for i := range want {
		if dashes[i] != want[i] {
			t.Errorf("dash token %d is %q, want %q", i, dashes[i], want[i])
		}
	}
	for _, c := range []struct {
		name, text    string
		want, notWant []string
	}{
		{"aside after the cue", "Intro.\n\nThe mayor said -- in an unusually blunt memo -- that the ferry contract was void.",
			[]string{"that the ferry contract was void"}, []string{"in an unusually blunt memo -- that the ferry contract was void"}},
		{"summing-up tail", "Intro.\n\nThe operator had said that the ferry was safe -- a claim that the inspectors disputed.",
			[]string{"that the ferry was safe"}, []string{"that the ferry was safe -- a claim that the inspectors disputed"}},
		// Must not change: the em dash itself, and a quotation holding
		// a double hyphen stays whole.
		{"em dash as before", "Intro.\n\nThe mayor said — in an unusually blunt memo — that the ferry contract was void.",
			[]string{"that the ferry contract was void"}, nil},
		{"inside a quotation", "Intro.\n\n“The ferry is late -- again -- and nobody cares,” said Dana Whitlow, the harbor master.",
			[]string{"“The ferry is late -- again -- and nobody cares,”"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
