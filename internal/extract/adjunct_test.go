package extract

import "testing"

// TestAdjunctThat checks that a prepositional phrase of manner, channel
// or occasion between a reporting verb and its that-clause stays out of
// the content, and that an infinitive is not taken for one.
func TestAdjunctThat(t *testing.T) {
	for _, c := range []struct{ in, content string }{
		{"The ferry operator said through a lawyer that the hull had been inspected.", "that the hull had been inspected"},
		{"The harbour master testified under oath that the quay was unsafe.", "that the quay was unsafe"},
		{"Ms. Ruiz has said on several occasions that the levy is too high.", "that the levy is too high"},
		{"The mayor said back in 2019 that the bridge would close.", "that the bridge would close"},
	} {
		got := bodyQuotes(c.in)
		if len(got) != 1 || got[0][0] != c.content {
			t.Errorf("%q: got %q, want content %q", c.in, got, c.content)
		}
	}
	// Not an adjunct: an infinitive before the "that".
	in := "The board urged the port to make certain that each crane was safe."
	for _, q := range bodyQuotes(in) {
		if q[0] == "that each crane was safe" {
			t.Errorf("%q: the infinitive was skipped: %q", in, q)
		}
	}
}
