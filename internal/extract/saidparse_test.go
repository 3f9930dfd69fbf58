package extract

import "testing"

// saidparseHas says whether got holds an attribution with this content,
// source and cue.
func saidparseHas(got [][3]string, content, source, cue string) bool {
	for _, g := range got {
		if g[0] == content && g[1] == source && g[2] == cue {
			return true
		}
	}
	return false
}

// saidparseLacks says whether no attribution in got has this cue and
// content.
func saidparseLacks(got [][3]string, content, cue string) bool {
	for _, g := range got {
		if g[0] == content && g[2] == cue {
			return false
		}
	}
	return true
}

// TestSaidparseEarlierReportPastCueWord checks that a cue-like word
// before the preposed report ("previous criticisms of …") does not stop
// the search for it when a later "…, he said, …" took the sentence.
func TestSaidparseEarlierReportPastCueWord(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Quizzed on his previous criticisms of Lee, Reyes said that was just part of running against him — not unusual, he said, for any close race.", "that was just part of running against him", "Reyes"},
		{"Pressed on her previous criticisms of the plan, Ortiz said the fight was over timing — nothing more, she said, than a quarrel over dates.", "the fight was over timing", "Ortiz"},
	} {
		if got := bodyQuotes(c.in); !saidparseHas(got, c.content, c.source, "said") {
			t.Errorf("%q: got %q, want %q by %q", c.in, got, c.content, c.source)
		}
	}
	// A cue word alone before the closing report adds nothing.
	in := "Her criticisms of the plan were sharp, she said."
	if got := bodyQuotes(in); len(got) != 1 {
		t.Errorf("%q: got %q, want one attribution", in, got)
	}
}

// TestSaidparseSubordinatorCount checks that a count after a
// subordinator ("after 60 percent said so") is the subject of the
// report.
func TestSaidparseSubordinatorCount(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Support slipped this spring, after 60 percent said so in March.", "so", "60 percent"},
		{"The tally fell after 55 percent said no.", "no", "55 percent"},
		{"The share dropped after 40 percent said the plan was too costly.", "the plan was too costly", "40 percent"},
		{"The board listed him as absent as 30 percent said he had quit.", "he had quit", "30 percent"},
	} {
		if got := bodyQuotes(c.in); !saidparseHas(got, c.content, c.source, "said") {
			t.Errorf("%q: got %q, want %q by %q", c.in, got, c.content, c.source)
		}
	}
	// No saying verb, no report; a year is no count of people.
	for _, in := range []string{
		"Support slipped after 60 percent of the votes were counted.",
		"Turnout fell since 40 percent stayed home.",
		"The vote came after 2010 said nothing.",
	} {
		if got := bodyQuotes(in); len(got) != 0 {
			t.Errorf("%q: got %q, want nothing", in, got)
		}
	}
}

// TestSaidparseReportInTrimmedTail checks that a saying verb inside the
// venue tail cut from an object ("talked about the dispute during a radio
// interview, in which she said …") is read as a report of its own.
func TestSaidparseReportInTrimmedTail(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Ortiz was asked about the dispute during a radio interview, in which she said her bid would end soon.", "her bid would end soon", "she"},
		{"Ortiz talked about the dispute during a radio interview, in which she said her bid would end soon.", "her bid would end soon", "she"},
	} {
		if got := bodyQuotes(c.in); !saidparseHas(got, c.content, c.source, "said") {
			t.Errorf("%q: got %q, want %q by %q", c.in, got, c.content, c.source)
		}
	}
	// Only saying verbs get this second reading: other verbs in the tail
	// stay unread.
	for _, c := range []struct{ in, content, cue string }{
		{"Ortiz talked about the dispute during a radio interview, in which she praised the staff.", "the staff", "praised"},
		{"Ortiz talked about the dispute during a radio interview, in which she denied the claim.", "the claim", "denied"},
	} {
		if got := bodyQuotes(c.in); !saidparseLacks(got, c.content, c.cue) {
			t.Errorf("%q: got %q, want no %q reading", c.in, got, c.cue)
		}
	}
}

// TestSaidparseVenueTitle checks that a short capitalised quotation
// after the venue's possessive or "on" ("said Monday night on KQED’s
// “Bay Report”") is the programme, so the clause before the
// closing attribution stays its content.
func TestSaidparseVenueTitle(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Ann Lee sided with Ortiz until the primary ended, he said Friday evening on WXYZ’s “Lake Talk.”", "Ann Lee sided with Ortiz until the primary ended", "he"},
		{"The deal is dead, he said Monday night on KQED’s “Bay Report” before leaving.", "The deal is dead", "he"},
	} {
		if got := bodyQuotes(c.in); !saidparseHasContent(got, c.content, c.source) {
			t.Errorf("%q: got %q, want %q by %q", c.in, got, c.content, c.source)
		}
	}
	// A quotation after a comma, or with no possessive or "on" right
	// before it, is the words.
	for _, c := range []struct{ in, content string }{
		{"The vote is over, she said on Twitter, “We won.”", "“We won.”"},
		{"The deal is dead, he said on the radio “It Is Over.”", "“It Is Over.”"},
	} {
		if got := bodyQuotes(c.in); !saidparseHasContent(got, c.content, "") {
			t.Errorf("%q: got %q, want content %q", c.in, got, c.content)
		}
	}
}

// saidparseHasContent says whether got holds this content, with this
// source unless source is empty.
func saidparseHasContent(got [][3]string, content, source string) bool {
	for _, g := range got {
		if g[0] == content && (source == "" || g[1] == source) {
			return true
		}
	}
	return false
}
