package extract

import "testing"

// TestNestedReports checks that a content running past a clause break
// into a second report with its own subject is split in two, and that a
// "that" clause whose comma only closes a fronted phrase stays whole.
func TestNestedReports(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"comma", "The report notes the city inspects every bridge each year, it lists the repairs made since 2019.",
			[]string{"the city inspects every bridge each year", "the repairs made since 2019"}},
		{"dash but", "The mayor proposed a debate on Friday - but the council rejected the idea as premature.",
			[]string{"a debate on Friday", "the idea as premature"}},
		{"fronted phrase", "The clerk told local media that, in the call with the other mayors, the governor emphasized the need to cut costs, and said the bridge would close.",
			[]string{"that, in the call with the other mayors, the governor emphasized the need to cut costs, and said the bridge would close"}},
		{"fronted phrases", "Okafor recalled that during her early years on the board, in 1998, she backed a levy for the library.",
			[]string{"that during her early years on the board, in 1998, she backed a levy for the library"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extractBody(t, c.in), c.want, nil)
		})
	}
}
