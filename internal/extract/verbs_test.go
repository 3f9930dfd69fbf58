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
			text: `Dr. Alvarez - who once said the vaccine was unproven - told the panel on Thursday that she now backs it.`,
			want: []string{`the vaccine was unproven`, `that she now backs it`},
		},
		{
			name: "indefinite subject before called for is a speaker, not a named thing",
			text: `On Sunday, an alliance of tenant unions called for a rent freeze across the city.`,
			want: []string{`a rent freeze across the city`},
		},
		{
			name:    "a thing named with called stays unattributed",
			text:    `In March, a charity called Second Harvest Kitchens opened a pantry downtown.`,
			notWant: []string{`Second Harvest Kitchens opened a pantry downtown`, `a pantry downtown`},
		},
		{
			name: "opening participle after a preposition with an object",
			text: `In describing the volunteers, the fire chief said the town owed them a debt.`,
			want: []string{`the volunteers`, `the town owed them a debt`},
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
			text: `The auditor disputed the sampling, contended that the true error rate was far higher.`,
			want: []string{`that the true error rate was far higher`},
		},
		{
			name: "but added that after a closing attribution",
			text: `"The harvest was fine," he said, but added that with fuel prices, "the margins are gone."`,
			want: []string{`"The harvest was fine,"`, `that with fuel prices, "the margins are gone."`},
		},
		{
			name: "opening participle clause ends before the subject of a quoted main clause",
			text: `Arguing that the old bridge was beyond repair, the engineer described the plan as a "bargain" before the council.`,
			want: []string{`that the old bridge was beyond repair`},
		},
		{
			name: "second predicate with an object after a comma and and",
			text: `At the county fair on Saturday, the farm bureau chief blamed the water board for the shortages, and stressed the danger that wells may run dry.`,
			want: []string{`the water board for the shortages`, `the danger that wells may run dry`},
		},
		{
			name: "weak cue with a that clause as a second predicate",
			text: `The tenants have been pressing this case since March and boldly claiming that the building is unsafe.`,
			want: []string{`that the building is unsafe`},
		},
		{
			name: "one name closing the sentence is the object of a confident cue",
			text: "Nurses union slams Delgado.\n\nThe coalition later criticized Delgado.",
			want: []string{`Delgado`},
		},
		{
			name:    "a pronoun closing the sentence is left to the other layouts",
			text:    `The union then praised him.`,
			notWant: []string{`him.`},
		},
		{
			name: "weak cue with a that clause and its own subject after a closing attribution",
			text: `"Enrollment is growing," the dean noted, but he concedes that the dorms are full.`,
			want: []string{`"Enrollment is growing,"`, `that the dorms are full`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkContents(t, extract(c.text, Meta{}), c.want, c.notWant)
		})
	}
}
