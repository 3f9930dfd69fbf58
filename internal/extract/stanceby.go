package extract

// stanceByParticiples are participles of verbs that take a side on their
// object, for or against it ("backed", "opposed", "criticized",
// "distrusted"): in a passive with an agent ("The levy was opposed by most
// farmers") PolNeAR marks the subject as content and the agent as source.
// Verbs of physical acts ("attacked", "defended"), of questioning and of
// citing are left out: their passives report nothing as often as not.
var stanceByParticiples = func() map[string]bool {
	m := setOf("backed supported opposed favored favoured disliked distrusted trusted mistrusted reviled loved hated despised admired liked preferred welcomed cheered booed heckled jeered shunned scorned excoriated vilified demonized chastised scolded berated disparaged maligned")
	for _, fam := range evalVerbFamilies {
		switch fam[0] {
		case "attack", "defend", "question", "challenge", "cite", "credit", "thank", "accuse", "blame", "dismiss":
			continue // an act, a charge or a firing as often as a stance
		}
		m[fam[2]] = true
	}
	return m
}()

// stanceByCue makes the participle at k a cue when it is a stance verb's
// passive with its agent right after it ("was opposed by", "is disliked
// by"), even where the learned lexicon has no entry or too few firings
// for the word: the construction, not the word's record, makes the
// attribution. It returns the cue as passiveByCue would for a known one.
func (f *finder) stanceByCue(k, n int, e cueEntry, ts int) (int, cueEntry) {
	d := f.d
	if n == 1 && e.Prec >= 0.5 || !d.is(k+1, "by") || d.toks[k].quote != 0 || f.passiveBe(k, ts) < 0 {
		return n, e
	}
	t := CueSpeech
	if n == 1 {
		t = e.Type
	}
	return 1, cueEntry{Type: t, Prec: 0.5}
}
