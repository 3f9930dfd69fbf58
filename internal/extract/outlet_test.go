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
