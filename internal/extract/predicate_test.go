package extract

import "testing"

// TestPresentPredicate checks that an object content inside a sentence's
// subject stops before the main verb when that verb is a bare present
// read from an -s linking verb or a pre-verb adverb, and runs on where
// neither is there.
func TestPresentPredicate(t *testing.T) {
	cases := []struct {
		name, in, content string
	}{
		{"adverb before a bare present after a who clause",
			"Farmers who opposed the canal in 1998 now praise it.",
			"the canal in 1998"},
		{"adverb before a bare present after a who clause, still",
			"Parents who backed the levy last spring still defend it.",
			"the levy last spring"},
		{"linking verb in -s after a nominal cue's object",
			"The mayor's criticism of the harbor plan remains a sore point.",
			"the harbor plan"},
		{"comes after a nominal cue's object",
			"The union's praise of the new contract comes as talks resume.",
			"the new contract"},
		{"an adverb after a determiner stays in the object",
			"The bishop's praise of the now famous choir drew applause.",
			"the now famous choir"},
		{"still after a determiner stays in the object",
			"The dean's criticism of the still unpaid bursaries angered students.",
			"the still unpaid bursaries"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			var got []string
			for _, q := range r.Quotes {
				if q.Text == c.content {
					return
				}
				got = append(got, q.Text)
			}
			t.Errorf("no content %q in %q", c.content, got)
		})
	}
	// Where the word after the adverb belongs to the object, or the -s
	// word is a plural noun, the object is not cut there.
	keep := []struct{ name, in, cut string }{
		{"adverb before a participle", "Residents who opposed the plan now pending before the board were heard.", "the plan"},
		{"adverb before a gerund", "Voters who backed the levy still being debated were polled.", "the levy"},
		{"plural noun in -s", "Lawmakers who backed the bill on farm subsidies were thanked.", "the bill on farm"},
	}
	for _, c := range keep {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			for _, q := range r.Quotes {
				if q.Text == c.cut {
					t.Errorf("object cut to %q", q.Text)
				}
			}
		})
	}
}

// TestAnonymityFormula checks that the formula saying why a source is
// unnamed is no report of its own, and that the main verb after it is
// read with the subject as its source; a plain passive of naming and
// an authorization that is itself reported are left alone.
func TestAnonymityFormula(t *testing.T) {
	cases := []struct {
		name, in, content, mention string
	}{
		{"asked not to be identified", "A clerk who asked not to be identified confirmed the audit.", "the audit", "A clerk"},
		{"refused to be identified", "A teller who refused to be identified recounted the robbery.", "the robbery", "A teller"},
		{"asked not to be named", "A coach who asked not to be named described the trade as a mistake.", "the trade as a mistake", "A coach"},
		{"not authorized to discuss, then said", "Two engineers, who were not authorized to describe the design, said the bridge would open late.", "the bridge would open late", "Two engineers, who were not authorized to describe the design"},
		{"reduced formula before said", "Three clerks not authorized to discuss this audit said the ledger was gone.", "the ledger was gone", "Three clerks not authorized to discuss this audit"},
		{"reduced formula with comment on", "Two vergers not authorised to comment on the theft said the vestry was locked.", "the vestry was locked", "Two vergers not authorised to comment on the theft"},
		// must not fire: a report of the authorization stays a report.
		{"said he had not been authorized", "The pilot said he had not been authorized to land there.", "he had not been authorized to land there", "The pilot"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Headline\n\n" + c.in
			r := extract(in, Meta{Published: "2025-09-04"})
			checkInvariants(t, in, r)
			for _, q := range r.Quotes {
				if q.Cue != nil && (q.Cue.Text == "identified" || q.Cue.Text == "named" || q.Cue.Text == "were not authorized") {
					t.Errorf("formula read as a report: %q cue %q", q.Text, q.Cue.Text)
				}
			}
			if got := mentionText(quoteWhere(t, in, c.content, true)); got != c.mention {
				t.Errorf("mention %q, want %q", got, c.mention)
			}
		})
	}
}

// TestAnonymityPurposeAndWish: neither the purpose of "not authorized to …"
// nor the wish of "asked not to be named" is a report of its own; the
// main verb's report stays, once.
func TestAnonymityPurposeAndWish(t *testing.T) {
	for _, in := range []string{
		"Clerks who were not authorized to comment on the audit quietly said the ledger was gone.",
		"Three clerks not authorized to discuss this audit said the ledger was gone.",
		"Two clerks, who asked not to be named, said the ledger was gone.",
		"A clerk who requested that she not be identified insisted the ledger was gone.",
	} {
		in := "Headline\n\n" + in
		r := extract(in, Meta{Published: "2025-09-04"})
		checkInvariants(t, in, r)
		n := 0
		for _, q := range r.Quotes {
			if q.Text == "the ledger was gone" {
				n++
			} else {
				t.Errorf("%q: the formula gives the report %q", in, q.Text)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d main reports, want 1", in, n)
		}
	}
}

// TestNamedToIsARequest: "asked not to be named to" a post is a request
// of its own, not the anonymity formula.
func TestNamedToIsARequest(t *testing.T) {
	in := "Headline\n\nThe vicar, who asked not to be named to the synod, said the roof leaked."
	r := extract(in, Meta{Published: "2025-09-04"})
	checkInvariants(t, in, r)
	for _, q := range r.Quotes {
		if q.Text == "not to be named to the synod" {
			return
		}
	}
	t.Errorf("the request is lost: %v", r.Quotes)
}

// TestGradedSubject: an adverb that grades the adjective after an
// article stays in the subject ("the now popular", "the once mighty").
func TestGradedSubject(t *testing.T) {
	for _, c := range [][2]string{
		{"The now popular mayor said the tour was over.", "The now popular mayor"},
		{"Pilgrims who praised the still popular bishop said the roof leaked.", "Pilgrims who praised the still popular bishop"},
		{"The once mighty guild said its dues would rise.", "The once mighty guild"},
	} {
		in := "Headline\n\n" + c[0]
		got := "no report"
		for _, q := range extract(in, Meta{Published: "2025-09-04"}).Quotes {
			if q.Cue != nil && q.Cue.Text == "said" {
				got = mentionText(q)
			}
		}
		if got != c[1] {
			t.Errorf("%q: mention %q, want %q", c[0], got, c[1])
		}
	}
}
