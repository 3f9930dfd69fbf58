package extract

import "testing"

// TestFrontedPhraseStart covers a phrase fronted before the subject with
// no comma: the mention is the subject's name alone, a title before the
// name stays with it, and a name after "of" or a participle is no
// subject of its own.
func TestFrontedPhraseStart(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"After the tasting Mira Ostrand said the cider was too sweet.", "the cider was too sweet", "Mira Ostrand"},
		{"Last month Ostrand said the orchard would close.", "the orchard would close", "Ostrand"},
		{"Earlier this spring Ostrand said the orchard would close.", "the orchard would close", "Ostrand"},
		{"Throughout the harvest Dr. Ivo Brandt (R-Maine) has argued the levy is unfair.", "the levy is unfair", "Dr. Ivo Brandt (R-Maine)"},
		{"At the hearing former governor Ivo Brandt said the levy is unfair.", "the levy is unfair", "former governor Ivo Brandt"},
		{"But so far Brandt, a beekeeper, has insisted the levy is unfair.", "the levy is unfair", "Brandt, a beekeeper"},
		{"The ferry report means that within three years Norland will threaten the port.", "the port", "Norland"},
		{"On May 9, 2017 inspectors said the ferry was unsafe.", "the ferry was unsafe", "inspectors"},
		{"Asked about the harbor Ostrand said the ferry was unsafe.", "the ferry was unsafe", "Ostrand"},
		{"Speaking at the pier Ostrand said the ferry was unsafe.", "the ferry was unsafe", "Ostrand"},
		{"Members of Norland said the ferry was unsafe.", "the ferry was unsafe", "Members of Norland"},
		{"The harbor board of Norland said the ferry was unsafe.", "the ferry was unsafe", "The harbor board of Norland"},
	})
}

// TestFrontedKnownNames covers a name run inside a fronted phrase that
// runs into the subject's name: the article's own uses of the two names
// apart split it; without them, or when the article uses the whole run
// as one name, the run stays whole.
func TestFrontedKnownNames(t *testing.T) {
	checkSrcCases(t, []srcCase{
		{"Ostrand sails. A column ran in the Harbor Ledger. At a dinner with the owners of the Harbor Ledger Ostrand said the ferry was unsafe.", "the ferry was unsafe", "Ostrand"},
		{"Ostrand sails often to Norland. In Norland Ostrand said the ferry was unsafe.", "the ferry was unsafe", "Ostrand"},
		{"At a dinner with the owners of the Harbor Ledger Ostrand said the ferry was unsafe.", "the ferry was unsafe", "the Harbor Ledger Ostrand"},
		{"Ivo Ostrand sails. Ivo waved and Ostrand smiled. After Ivo Ostrand said the ferry was unsafe, the port closed.", "the ferry was unsafe", "Ivo Ostrand"},
	})
}
