package extract

import "testing"

// TestTrailAsideLyNoun checks that a noun in "-ly" heading an apposition
// ("assembly member", "supply manager") is no adverb aside: the mention
// keeps the title.
func TestTrailAsideLyNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"title after a quote", "Intro.\n\n“The pier stays shut,” said Marta Oyelaran, supply manager.",
			"The pier stays shut", "Marta Oyelaran, supply manager"},
		{"title between commas", "Intro.\n\nThe board met. Marta Oyelaran, assembly member, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran, assembly member,"},
		{"an adverb still cuts", "Intro.\n\nThe board met. Marta Oyelaran, reportedly, said the pier would stay shut.",
			"the pier would stay shut", "Marta Oyelaran"},
	})
}

// TestObjectParticipleTakesObject checks that a past form with an object
// after it is a clause's verb, not a participle modifying the object of
// a fronted preposition: its report stays.
func TestObjectParticipleTakesObject(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"At the hearing neighbors claimed the noise went on all night.", "the noise went on all night"},
		{"Under oath the clerk denied the ledger was ever altered.", "the ledger was ever altered"},
	} {
		in := "Headline\n\n" + c.in
		r := extract(in, Meta{Published: "2025-09-04"})
		checkInvariants(t, in, r)
		found := false
		for _, q := range r.Quotes {
			found = found || q.Text == c.content
		}
		if !found {
			t.Errorf("%q: no quote %q (quotes %+v)", c.in, c.content, r.Quotes)
		}
	}
	// A naming participle takes its name, and stays dropped.
	in := "Headline\n\nFans were tired of their team being called the Lost Cause."
	for _, q := range extract(in, Meta{Published: "2025-09-04"}).Quotes {
		if q.Text == "the Lost Cause" {
			t.Errorf("unwanted quote %+v", q)
		}
	}
}

// TestAdvocacyForTime checks that "for" with a length or count of time
// after an advocacy verb is no content: it says how long or how often.
func TestAdvocacyForTime(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"The aldermen will vote for the fourth time on Thursday.", "the fourth time on Thursday"},
		{"Parents have been lobbying for months without an answer.", "months without an answer"},
		{"The nurses press for weeks on end.", "weeks on end"},
	} {
		in := "Headline\n\n" + c.in
		r := extract(in, Meta{Published: "2025-09-04"})
		checkInvariants(t, in, r)
		for _, q := range r.Quotes {
			if q.Text == c.content {
				t.Errorf("%q: unwanted quote %+v", c.in, q)
			}
		}
	}
	in := "Headline\n\nParents have been lobbying for a second crossing guard."
	found := false
	for _, q := range extract(in, Meta{Published: "2025-09-04"}).Quotes {
		found = found || q.Text == "a second crossing guard"
	}
	if !found {
		t.Errorf("no quote %q", "a second crossing guard")
	}
}

// TestOrdinalTimeContent checks that a content that is only a count of
// times ("the second time") is no report.
func TestOrdinalTimeContent(t *testing.T) {
	in := "Headline\n\nThe tenants asked for the third time in a month."
	r := extract(in, Meta{Published: "2025-09-04"})
	checkInvariants(t, in, r)
	for _, q := range r.Quotes {
		if q.Text == "the third time" {
			t.Errorf("unwanted quote %+v", q)
		}
	}
}
