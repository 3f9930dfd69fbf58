package extract

import "testing"

// relCase is one sentence with attributions it must give (content and
// source mention) and ones it must not.
type relCase struct {
	name, in string
	want     [][2]string // content, source mention
	notWant  [][2]string // content or source ("" matches any)
}

func runRelCases(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			full := "Headline\n\n" + c.in
			r := extract(full, Meta{Published: "2025-09-04"})
			checkInvariants(t, full, r)
			has := func(p [2]string) bool {
				for _, q := range r.Quotes {
					src := ""
					if q.Mention != nil {
						src = q.Mention.Text
					}
					if (p[0] == "" || q.Text == p[0]) && (p[1] == "" || src == p[1]) {
						return true
					}
				}
				return false
			}
			for _, p := range c.want {
				if !has(p) {
					t.Errorf("missing content %q source %q in %+v", p[0], p[1], quoteSummary(r))
				}
			}
			for _, p := range c.notWant {
				if has(p) {
					t.Errorf("unwanted content %q source %q in %+v", p[0], p[1], quoteSummary(r))
				}
			}
		})
	}
}

func quoteSummary(r Result) [][2]string {
	var out [][2]string
	for _, q := range r.Quotes {
		src := ""
		if q.Mention != nil {
			src = q.Mention.Text
		}
		out = append(out, [2]string{q.Text, src})
	}
	return out
}

// TestDateBeforeCue checks that a month or year with its preposition
// between a subject and its cue stays out of the source, as a weekday
// or "last week" does, but not where the date ends a prepositional
// phrase of the subject.
func TestDateBeforeCue(t *testing.T) {
	runRelCases(t, []relCase{
		{name: "year after a relative pronoun",
			in:   "Rosa Quill, who in 2019 said the ferry plan was a sham, spoke at the pier on Monday.",
			want: [][2]string{{"the ferry plan was a sham", "who"}}},
		{name: "month after a subject",
			in:   "The harbor master in March said the north dock would close for repairs.",
			want: [][2]string{{"the north dock would close for repairs", "The harbor master"}}},
		{name: "early with a year after which",
			in:   "The guild, which in early 2014 said it would build a boathouse, closed its doors.",
			want: [][2]string{{"it would build a boathouse", "which"}}},
		{name: "date ending a phrase of the subject stays",
			in:      "A clerk at the ferry office in 2015 said the tickets were overpriced.",
			notWant: [][2]string{{"", "A clerk at the ferry office"}}},
		{name: "a place is no date",
			in:      "The harbor master in Dover said the north dock would close.",
			notWant: [][2]string{{"", "The harbor master"}}},
	})
}
