package extract

import "testing"

// TestVerbs covers speech and writing cues that no layout read before:
// each case is a layout, with the look-alikes it must leave alone.
func TestVerbs(t *testing.T) {
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "main verb after a dash aside holding its own report",
			text: `The harbor master - who earlier said the pier was safe - said on Monday that the ferry would stop.`,
			want: []string{`the pier was safe`, `that the ferry would stop`},
		},
		{
			name: "indefinite subject before called for is a speaker, not a named thing",
			text: `Last week, a group of nurses called for a new contract with the county.`,
			want: []string{`a new contract with the county`},
		},
		{
			name:    "a thing named with called stays unattributed",
			text:    `Last week, a new group called Open Harbor opened an office.`,
			notWant: []string{`Open Harbor opened an office`, `an office`},
		},
		{
			name: "opening participle after a preposition with an object",
			text: `In describing the new mayor, the editor said she was tireless.`,
			want: []string{`the new mayor`, `she was tireless`},
		},
		{
			name: "opening bare participle with an object",
			text: `Denouncing the toll as a tax on workers, the governor said the bridge would stay free.`,
			want: []string{`the toll as a tax on workers`, `the bridge would stay free`},
		},
		{
			name: "weak participle cue after a comma with a that clause",
			text: `The mayor signed the budget on Friday, warning that property taxes would rise.`,
			want: []string{`that property taxes would rise`},
		},
		{
			name: "a determiner after a dated venue opens the content",
			text: `The senator told CNN on Monday the bridge would close in May.`,
			want: []string{`the bridge would close in May`},
		},
		{
			name: "second predicate with a that clause after a comma",
			text: `The mayor questioned the figures, suggested that the real deficit was twice as large.`,
			want: []string{`that the real deficit was twice as large`},
		},
		{
			name: "but added that after a closing attribution",
			text: `"I like the plan," she said, but added that after taxes, "nobody is getting rich."`,
			want: []string{`"I like the plan,"`, `that after taxes, "nobody is getting rich."`},
		},
		{
			name: "opening participle clause ends before the subject of a quoted main clause",
			text: `Insisting that only she could fix the port, the mayor called herself a "builder" at the rally.`,
			want: []string{`that only she could fix the port`},
		},
		{
			name: "second predicate with an object after a comma and and",
			text: `Quickly seizing on the storm ― much as he did after the floods last year ― the governor cast the blame on his rivals in the legislature, and emphasized the risk that old dams pose to the valley.`,
			want: []string{`his rivals in the legislature`, `the risk that old dams pose to the valley`},
		},
		{
			name: "weak cue with a that clause as a second predicate",
			text: `The union has been making this argument for weeks and boldly claiming that the contract is theirs to lose.`,
			want: []string{`that the contract is theirs to lose`},
		},
		{
			name: "one name closing the sentence is the object of a confident cue",
			text: "Harbor pilots blast Okafor.\n\nThe union then praised Okafor.",
			want: []string{`Okafor`},
		},
		{
			name:    "a pronoun closing the sentence is left to the other layouts",
			text:    `The union then praised him.`,
			notWant: []string{`him.`},
		},
		{
			name: "weak cue with a that clause and its own subject after a closing attribution",
			text: `"The pier will open," the mayor says, but she cautions that the ferry may not run until May.`,
			want: []string{`"The pier will open,"`, `that the ferry may not run until May`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
