package extract

import "testing"

// TestVoicedNominals covers a verb that gives its subject's attitude a
// reporting noun: "the mayor raised questions about the budget".
func TestVoicedNominals(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"raised doubts about", "At the hearing, Senator Ruth Pell raised fresh doubts about the harbor contract.", "the harbor contract", "Senator Ruth Pell", "raised fresh doubts about"},
		{"made a call for", "During the forum, Mayor Dean Ortiz made an urgent call for calmer streets.", "calmer streets", "Mayor Dean Ortiz", "made an urgent call for"},
		{"voiced concerns, wh-clause", "Governor Lena Brandt voiced concerns about whether the dam would hold.", "whether the dam would hold", "Governor Lena Brandt", "voiced concerns about"},
		// "to" names an addressee, not what the words are about.
		{"addressee", "Councilman Abe Ruiz issued a complaint to the county clerk.", "", "", "issued a complaint to"},
		// A possessed noun is the possessor's (possnoun.go).
		{"possessed noun", "Judge Ada Moss repeated her criticism of the parole board.", "", "", "repeated her criticism of"},
	})
}

// TestVoicedNominalThing checks that a thing raising questions is no
// source: PolNeAR marks none.
func TestVoicedNominalThing(t *testing.T) {
	r := extractBody(t, "The audit raised serious doubts about the pension fund.")
	for _, q := range r.Quotes {
		if q.Text != "the pension fund" {
			continue
		}
		if q.Mention != nil {
			t.Fatalf("mention %q, want none", q.Mention.Text)
		}
		return
	}
	t.Fatalf("no attribution of %q in %+v", "the pension fund", r.Quotes)
}

// TestReceivedNominals covers a subject that receives a reporting noun
// whose holder follows it: "the plan drew criticism from the union".
func TestReceivedNominals(t *testing.T) {
	checkCueObjects(t, []cueObjectCase{
		{"drew criticism from", "Governor Ray Dunn quickly drew sharp criticism from local truckers.", "Governor Ray Dunn", "local truckers", "drew sharp criticism"},
		{"won the endorsement of", "Last week, Dana Ruiz won the endorsement of the state teachers union.", "Dana Ruiz", "the state teachers union", "won the endorsement"},
		{"means after the holder", "Lena Ford has won the support of thousands by promising lower fares.", "Lena Ford", "thousands", "won the support"},
		{"holder with a name", "Last week, Dana Ruiz won the endorsement of the state's largest union, Local 12.", "Dana Ruiz", "the state's largest union, Local 12", "won the endorsement"},
		{"dash aside after the subject", "Entering the debate, Lee and Park -- both trailing in the polls -- faced sharp attacks from Cole.", "Lee and Park", "Cole", "faced sharp attacks"},
		{"leading time phrase", "Earlier this week Ruiz secured the endorsement of the firefighters.", "Ruiz", "the firefighters", "secured the endorsement"},
		// Prospective: nothing has been said yet.
		{"after to", "Lena Ford hopes to win the support of rural voters.", "", "", "win the support"},
		// "criticism of" names what is criticised, not who criticises.
		{"criticism of", "Lena Ford drew criticism of her budget.", "", "", "drew criticism"},
	})
}

// TestReceivedTurnsRoles checks that a holder read as the content by
// another layout becomes the source.
func TestReceivedTurnsRoles(t *testing.T) {
	r := extractBody(t, "But Moss had the full support of the farm lobby.")
	for _, q := range r.Quotes {
		if q.Text == "the farm lobby" {
			t.Fatalf("holder read as content: %+v", q)
		}
		if q.Text == "Moss" {
			if q.Mention == nil || q.Mention.Text != "the farm lobby" {
				t.Fatalf("mention %+v, want the holder", q.Mention)
			}
			return
		}
	}
	t.Fatalf("no attribution of the subject in %+v", r.Quotes)
}

// TestPossessedActs: a possessed noun of an act or a study with an
// "of" object ("acceptance of", "defense of", "analysis of") reports no
// stance; a possessed judgment noun still does.
func TestPossessedActs(t *testing.T) {
	for _, c := range []struct{ text, bad string }{
		{"Her acceptance of the rowing trophy was delayed by the storm.", "the rowing trophy"},
		{"The guild's defense of its regatta title ended in the final.", "its regatta title"},
		{"The port's analysis of the silt samples took two months.", "the silt samples"},
	} {
		checkContents(t, extract(c.text, Meta{}), nil, []string{c.bad})
	}
	checkQuoteMention(t, "The guild's praise of the lock keepers was brief.", "the lock keepers", "The guild's")
}

// TestFramePrep checks the one lookup the act, held and pledge frames
// share: a noun opens its frame only with its own prepositions.
func TestFramePrep(t *testing.T) {
	for _, c := range []struct {
		frame map[string]string
		w, p  string
		want  bool
	}{
		{actNouns, "attack", "on", true},
		{actNouns, "attack", "of", false},
		{heldNouns, "misgivings", "over", true},
		{heldNouns, "views", "of", false},
		{pledgeNouns, "weight", "behind", true},
		{pledgeNouns, "weight", "to", false},
		{pledgeNouns, "mention", "of", false},
	} {
		if got := framePrep(c.frame, c.w, c.p); got != c.want {
			t.Errorf("framePrep(%q, %q) = %v, want %v", c.w, c.p, got, c.want)
		}
	}
	for _, c := range []struct{ in, content, source, cue string }{
		{"Commissioner Pak had misgivings over the toll plan.", "the toll plan", "Commissioner Pak", "had misgivings over"},
		{"Commissioner Pak unleashed a bitter attack on the toll plan.", "the toll plan", "Commissioner Pak", "unleashed a bitter attack on"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0] != [3]string{c.content, c.source, c.cue} {
			t.Errorf("%q: got %q, want %q", c.in, got, [3]string{c.content, c.source, c.cue})
		}
	}
}
