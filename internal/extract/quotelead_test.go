package extract

import "testing"

// TestQuoteAfterLead checks that a content running "… FRAME VERB, “…”" or
// "ADJUNCT, “…”" after its cue is cut to the closing quotation, and that
// a fronted clause or an object before the quotation stays.
func TestQuoteAfterLead(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    []string
		notWant []string
	}{
		{"relative verb frame goes",
			"Ortiz tweeted a photo of the pier with a caption which read, “Open at last.”",
			[]string{"“Open at last.”"}, []string{"a photo of the pier with a caption which read, “Open at last.”"}},
		{"by saying reports the quotation once",
			"Ortiz answered her critics by saying, “The harbor stays public.”",
			[]string{"“The harbor stays public.”"}, []string{"her critics by saying, “The harbor stays public.”"}},
		{"lead adjunct goes",
			"Ortiz replied, when asked about the fees: “Nobody pays twice.”",
			[]string{"“Nobody pays twice.”"}, []string{"when asked about the fees: “Nobody pays twice.”"}},
		{"however goes",
			"Ortiz added, however, “the pier needs work.”",
			[]string{"“the pier needs work.”"}, nil},
		{"time adjunct goes",
			"Ortiz recalled back in March: “We start now.”",
			[]string{"“We start now.”"}, nil},
		{"fronted clause the cue interrupts stays",
			"Instead, Ortiz said, “we will rebuild the pier first.”",
			[]string{"Instead, Ortiz said, “we will rebuild the pier first.”"}, []string{"“we will rebuild the pier first.”"}},
		{"object with a perception verb stays",
			"Ortiz told reporters she heard the captain saying, “We will be ready.”",
			[]string{"she heard the captain saying, “We will be ready.”"}, nil},
		{"long adjunct with a clause stays",
			"Ortiz recalled, back when the old ferry captain fell asleep and then woke up in a storm far out at sea: “He was never the same.”",
			nil, []string{"“He was never the same.”"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, c.notWant)
		})
	}
}
