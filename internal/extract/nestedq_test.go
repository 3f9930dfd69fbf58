package extract

import "testing"

// TestSaycoreNestedQuestion: a report inside a "when asked" question
// does not keep the question out.
func TestSaycoreNestedQuestion(t *testing.T) {
	checkContents(t, extract(`“They are loyal,” Osk told the radio station when asked about fears that her dockers would not support the levy if it passed.`, Meta{}),
		[]string{`fears that her dockers would not support the levy if it passed`}, nil)
}

// TestSaycoreRequote: a tell-verb that lost its "when asked" clause takes
// the quotation right before its source.
func TestSaycoreRequote(t *testing.T) {
	checkQuoteMention(t, "“The fleet is not for sale, who knows?” Osk told a local radio station in a broadcast aired on Friday when asked how the talks would end.",
		"“The fleet is not for sale, who knows?”", "Osk")
}
