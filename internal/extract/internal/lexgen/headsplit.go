package main

import "strings"

// headSplits counts, for each pair of words, how often PolNeAR ends a
// source with the first and starts the cue right after it with the
// second: "FEC reports | show", "Early analysis | shows".
func headSplits(arts []article) map[string]int {
	n := map[string]int{}
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.Source == nil || q.Cue == nil || q.Cue.Start < q.Source.End || q.Cue.Start-q.Source.End > 1 {
				continue
			}
			s, c := tokens(q.Source.Text), tokens(q.Cue.Text)
			if len(s) > 0 && len(c) > 0 {
				n[s[len(s)-1]+" "+c[0]]++
			}
		}
	}
	return n
}

// swallowsHead says whether the cue phrase k, seen count times as a cue,
// opens with a word PolNeAR more often leaves in the source, split off
// before the phrase's second word ("reports show": 1 as a cue, 4 times
// as "reports | show"). Learned whole, the phrase would take the
// subject's head noun into the cue wherever it recurs.
func swallowsHead(k string, count int, splits map[string]int) bool {
	t := strings.Split(k, " ")
	if len(t) < 2 {
		return false
	}
	s := splits[t[0]+" "+t[1]]
	return s >= 2 && s > count
}
