package extract

import "strings"

// gender is what a name or title tells of a person's grammatical gender,
// which a pronoun must agree with.
type gender int8

const (
	genderUnknown gender = iota
	genderFemale
	genderMale
)

var (
	femaleTitles = setOf("mrs. ms. mrs ms miss madam madame queen princess duchess lady dame sister spokeswoman chairwoman congresswoman businesswoman councilwoman actress mother grandmother wife daughter")
	maleTitles   = setOf("mr. mr sir king prince duke lord brother spokesman chairman congressman businessman councilman father grandfather husband son")
	// femaleNames and maleNames are common first names in international
	// news (men's from Irish, Nigerian, Indian and South African copy too,
	// with and without accents), without those that also name places or
	// are given to both ("Charlotte", "Jordan", "Jean", "Kim"). A name ending in -a is
	// taken as female unless maleNames has it.
	femaleNames = setOf("mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane julie joyce olivia kelly christina lauren joan evelyn judith megan cheryl hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie melanie diana brittany natalie isabella rose alexis kayla hillary nikki kamala elise marjorie liz ilhan condoleezza madeleine ursula kaja giorgia marine ségolène mette sanna jacinda ingrid yulia svetlana irina olena viktoria nadia fatima aisha leila yasmin priya sonia indira benazir melania ivanka tulsi kirsten tammy jeanne claire sophie camille chloe louise elodie birgit ulrike annalena karin jane lynn paula ellen beth kate katie kathy peggy wendy vanessa valerie veronica yvonne sylvia lucy lydia lori laurie marsha nora norma irene eileen gail holly jill june kristen leslie lois loretta maureen molly monica nina penny phyllis sally shannon sheila stacy alicia andrea anne annie audrey bonnie brooke carmen cindy claudia colleen connie dawn dolores edith elaine esther eva gina gwen jenny joy kristin lena marcia miriam naomi olga rhonda sabrina stella tamara vicki yolanda zoe rosa rita erin carly huma megyn aoife siobhán siobhan niamh sinéad sinead aisling róisín roisin caoimhe saoirse gráinne grainne clodagh mairéad mairead deirdre eimear ailbhe ngozi adaeze folake funmilayo yetunde titilayo kemi funke chinwe amarachi nkechi meenakshi lakshmi shruti preeti swati aarti gayatri nandini anjali smriti thandiwe lindiwe naledi thuli busisiwe nompumelelo")
	maleNames   = setOf("james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey jeff tim tom bill bob jim ted rick ron ed ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean carl arthur dylan jesse bryan billy joe bruce gabriel albert willie alan juan wayne elijah randy roy vincent ralph russell bobby mason philip louis barack bernie mitch chuck marco rand jeb mike emmanuel olaf volodymyr vladimir dmitry sergei sergey andriy boris keir rishi friedrich luca nikita ilya mustafa musa isa pierre jacques françois nicolas gérard xi li narendra recep yair naftali mahmoud ali mohammed muhammad ahmed hassan omar shinzo fumio pedro lula jair javier mauricio andrés seán seamus séamus padraig pádraig eoin ciaran ciarán cian oisin oisín darragh niall colm donal micheal mícheál eamon eamonn éamon fergal ruairi ruairí chukwuemeka emeka olusegun babajide oluwaseun chinedu tunde yemi ikenna obinna nnamdi kelechi femi adebayo rahul amit rajesh suresh ramesh vikram arjun sanjay anil sunil vijay rohit krishna sipho thabo cyril themba lesetja mandla bongani sizwe ben chris matt jared marc")
)

// titleGenders and nameGenders merge the female and male lists: one
// look-up a word where genderGuess asked two, which for the many words
// in neither list was the cost of the call.
var (
	titleGenders = genderMap(femaleTitles, maleTitles)
	nameGenders  = genderMap(femaleNames, maleNames)
)

// genderMap maps each word of female and male to its gender; a word in
// both is female, as genderGuess read them in that order.
func genderMap(female, male map[string]bool) map[string]gender {
	m := make(map[string]gender, len(female)+len(male))
	for w := range male {
		m[w] = genderMale
	}
	for w := range female {
		m[w] = genderFemale
	}
	return m
}

// givenName says whether w is in femaleNames or maleNames.
func givenName(w string) bool { return nameGenders[w] != genderUnknown }

// genderGuess reads a person's gender from the words written before the
// name ("Mrs.", "Queen", "spokesman") and from the first name.
func genderGuess(first string, before []string) gender {
	for _, w := range before {
		if g := titleGenders[w]; g != genderUnknown {
			return g
		}
	}
	if first == "" {
		return genderUnknown // a title alone: "Mrs. Clinton"
	}
	first = strings.TrimSuffix(first, ".")
	if g := nameGenders[first]; g != genderUnknown {
		return g
	}
	if strings.HasSuffix(first, "a") && len(first) > 3 {
		return genderFemale
	}
	return genderUnknown
}

// demonymNouns name one person by nationality: "the Dane", "the
// Frenchman", "the German". Forms that name a whole people after "the"
// ("the Chinese", "the Swiss", "the French") are not among them.
var demonymNouns = setOf("dane swede finn pole briton spaniard scot turk serb croat slovak frenchman frenchwoman englishman englishwoman irishman irishwoman welshman welshwoman scotsman scotswoman dutchman dutchwoman argentine argentinian brazilian chilean colombian peruvian venezuelan nigerian ghanaian kenyan moroccan algerian tunisian egyptian israeli palestinian jordanian iranian iraqi afghan pakistani indian bangladeshi korean thai filipino indonesian malaysian australian kiwi canadian mexican cuban belgian austrian czech hungarian romanian bulgarian greek ukrainian russian belarusian georgian armenian norwegian german american italian icelander estonian latvian lithuanian slovenian bosnian albanian serbian croatian")

// isEpithet says whether the word after "the" can stand for someone just
// named: a nationality or an age ("51-year-old").
func isEpithet(w string) bool {
	if demonymNouns[w] {
		return true
	}
	n := strings.TrimSuffix(w, "-year-old")
	if n == w || n == "" {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// epithetGender reads the gender an epithet states: "Frenchwoman".
func epithetGender(w string) gender {
	switch {
	case strings.HasSuffix(w, "woman"):
		return genderFemale
	case strings.HasSuffix(w, "man"):
		return genderMale
	}
	return genderUnknown
}
