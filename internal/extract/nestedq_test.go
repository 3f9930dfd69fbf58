package extract

import "testing"

// TestSaycoreNestedQuestion: a report inside a "when asked" question
// does not keep the question out.
func TestSaycoreNestedQuestion(t *testing.T) {
	checkContents(t, extract(`“They are loyal,” Osk told the radio station when asked about fears that her dockers would not support the levy if it passed.`, Meta{}),
		[]string{`fears that her dockers would not support the levy if it passed`}, nil)
}
