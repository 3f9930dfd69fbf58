package extract

import "testing"

func TestOutletCopyrightAndPublished(t *testing.T) {
	cases := []struct{ name, text, agency, published string }{
		{"copyright sign-off", "Headline\n\nLee said the road was shut.\n\nCopyright 2025 The Associated Press. All rights reserved.\n", "AP", ""},
		{"copyright symbol", "Headline\n\nLee said the road was shut.\n\n© 2024 Agence France-Presse\n", "AFP", ""},
		{"copyright of the publisher is no agency", "Headline\n\nLee said the road was shut.\n\nCopyright 2025 The Daily Planet\n", "", ""},
		{"published line with a time", "Headline\n\nPublished 14:32 GMT, 18 June 2025 | Updated 16:05 GMT, 19 June 2025\n\nLee said the road was shut.\n", "", "2025-06-18"},
		{"updated line, month first", "Headline\n\nUpdated Jan. 5, 2024\n\nLee said the road was shut.\n", "", "2024-01-05"},
		{"a date alone on its line", "Headline\n\nMarch 3, 2025\n\nLee said the road was shut.\n", "", "2025-03-03"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extract(c.text, Meta{})
			if r.Outlet.Agency != c.agency || r.Outlet.Published != c.published {
				t.Errorf("agency %q published %q, want %q %q", r.Outlet.Agency, r.Outlet.Published, c.agency, c.published)
			}
		})
	}
}

// TestAgencyDateline checks that a dateline in ordinary case
// with its agency in parentheses and a dash ("Lyon (AFP) -") is no part
// of the first sentence's content, and that a parenthesis after a
// subject without a dash is no dateline.
func TestAgencyDateline(t *testing.T) {
	for _, c := range []struct{ in, content, source string }{
		{"Lyon (AFP) - The bakers will strike on Monday, their union said.", "The bakers will strike on Monday", "their union"},
		{"Porto Alegre, Brazil (Reuters) \u2014 The river has crested, the mayor said.", "The river has crested", "the mayor"},
		{"Ghent (AFP) \u2013 \u201cWe are ready,\u201d the organisers said.", "\u201cWe are ready,\u201d", "the organisers"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content || got[0][1] != c.source {
			t.Errorf("%q: got %q, want content %q, source %q", c.in, got, c.content, c.source)
		}
	}
	d := newDoc("Rain fell.\n\nThe Lyon bakers (AFP members) - all of them - will strike, the union said.")
	p := &d.paras[1]
	if k := d.agencyDateline(p, p.ts); k != p.ts {
		t.Errorf("agencyDateline took %d tokens of a subject", k-p.ts)
	}
}
