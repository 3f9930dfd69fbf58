package extract

import "testing"

// TestStimulusToFrames covers "<subject> <be or seem> <a judgement> to
// <someone>": the one to whom it seems so is the source, the subject the
// content. The source runs to the next punctuation over a coordination
// or a modifier; a "that" after a noun stays in the subject. An
// extraposed "it", a first person and a direction ("to the harbor")
// give nothing.
func TestStimulusToFrames(t *testing.T) {
	checkCueCases(t, []cueCase{
		{"The harbor plan came as a surprise to most pilots.", "The harbor plan", "most pilots", "came as a surprise to"},
		{"Her silence on the levy might be a relief to the growers running for the council.", "Her silence on the levy", "the growers running for the council", "might be a relief to"},
		{"The claim that the ferry loses money would have been madness to Ortega or Lund.", "The claim that the ferry loses money", "Ortega or Lund", "would have been madness to"},
		{"The new schedule seems more credible to the harbor pilots.", "The new schedule", "the harbor pilots", "seems more credible to"},
		{"And that’ll be clear enough to the growers.", "that", "the growers", "be clear enough to"},
	})
	checkFixrev(t, []fixrevCase{
		{name: "extraposed it", in: "It became apparent to the pilots that the pier would close.", notCues: []string{"became apparent to"}},
		{name: "direction", in: "The ferry was welcome to dock at the old pier.", notCues: []string{"was welcome to"}},
		{name: "no judgement", in: "The ferry was sent to the northern harbor.", notCues: []string{"was sent to"}},
	})
}
