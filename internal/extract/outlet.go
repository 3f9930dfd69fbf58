package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// knownPublishers maps a host's registrable name to the publisher's name.
var knownPublishers = map[string]string{
	"themoscowtimes": "The Moscow Times", "nytimes": "The New York Times", "washingtonpost": "The Washington Post",
	"theguardian": "The Guardian", "bbc": "BBC", "cnn": "CNN", "foxnews": "Fox News", "reuters": "Reuters",
	"apnews": "The Associated Press", "afp": "AFP", "aljazeera": "Al Jazeera", "politico": "Politico",
	"breitbart": "Breitbart", "huffingtonpost": "HuffPost", "huffpost": "HuffPost", "wsj": "The Wall Street Journal",
	"npr": "NPR", "nbcnews": "NBC News", "cbsnews": "CBS News", "abcnews": "ABC News", "usatoday": "USA Today",
	"latimes": "Los Angeles Times", "bloomberg": "Bloomberg", "ft": "Financial Times", "economist": "The Economist",
	"independent": "The Independent", "telegraph": "The Telegraph", "dw": "Deutsche Welle", "france24": "France 24",
	"euronews": "Euronews", "kyivindependent": "The Kyiv Independent", "kyivpost": "Kyiv Post",
	"thehill": "The Hill", "axios": "Axios", "vox": "Vox", "slate": "Slate", "theatlantic": "The Atlantic",
	"newsweek": "Newsweek", "time": "Time", "alternet": "AlterNet", "msnbc": "MSNBC", "yahoo": "Yahoo News",
	"pbs": "PBS", "skynews": "Sky News", "lemonde": "Le Monde", "spiegel": "Der Spiegel", "rferl": "RFE/RL",
	"thetimes": "The Times", "irishtimes": "The Irish Times", "straitstimes": "The Straits Times",
	"hindustantimes": "Hindustan Times", "timesofindia": "The Times of India", "ndtv": "NDTV",
}

// publisherFromURL names the publisher from a page address.
func publisherFromURL(u string) string {
	h := u
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
	}
	if i := strings.IndexAny(h, "/?#:"); i >= 0 {
		h = h[:i]
	}
	h = strings.ToLower(h)
	parts := strings.Split(h, ".")
	if len(parts) < 2 {
		return ""
	}
	// Registrable label: skip the TLD and a second-level "co"/"com".
	i := len(parts) - 2
	if i > 0 && (parts[i] == "co" || parts[i] == "com" || parts[i] == "org" || parts[i] == "net") && len(parts[i+1]) == 2 {
		i--
	}
	label := parts[i]
	if p, ok := knownPublishers[label]; ok {
		return p
	}
	if label == "" {
		return ""
	}
	return strings.ToUpper(label[:1]) + label[1:]
}

// agencyNames maps how a wire is written to its short name.
var agencyNames = map[string]string{
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"ap": "AP", "associated press": "AP",
	"reuters": "Reuters", "bloomberg": "Bloomberg", "dpa": "dpa", "ansa": "ANSA", "efe": "EFE",
	"pti": "PTI", "ians": "IANS", "xinhua": "Xinhua", "tass": "TASS", "upi": "UPI",
}

// outlet reads publisher, wire agency, dateline, date, byline and
// headline from the text and metadata.
func (f *finder) outlet(meta Meta, starts []int) Outlet {
	d := f.d
	o := Outlet{Publisher: meta.Publisher, Published: meta.Published}
	if o.Publisher == "" && meta.URL != "" {
		o.Publisher = publisherFromURL(meta.URL)
	}
	for pi := range d.paras {
		p := &d.paras[pi]
		if p.low == "" {
			continue // long body prose: see classify
		}
		line := d.text(p.s, p.e)
		low := p.low
		// Headline: the first line of furniture that is not chrome text.
		if o.Headline == "" && pi < 4 && p.te-p.ts >= 3 && !d.endsSentence(p) && !strings.HasPrefix(low, "by ") && !hasAnyPrefix(strings.TrimSpace(low), chromePrefixes) {
			o.Headline = strings.TrimSpace(line)
		}
		if o.Byline == "" && strings.HasPrefix(strings.TrimSpace(low), "by ") && p.te-p.ts < 40 {
			o.Byline = strings.TrimSpace(line)
			if ag := agencyAfter(low, " for "); ag != "" && o.Agency == "" {
				o.Agency = ag
			}
		}
		if !p.chrome && starts[pi] > p.ts && o.Dateline == "" {
			// "KYIV, Ukraine (AP) —"
			dl := d.text(int(d.toks[p.ts].s), int(d.toks[starts[pi]-1].s))
			dl = strings.TrimSpace(dl)
			if i := strings.Index(dl, "("); i >= 0 {
				if j := strings.Index(dl[i:], ")"); j > 0 && o.Agency == "" {
					o.Agency = agencyNames[strings.ToLower(strings.TrimSpace(dl[i+1:i+j]))]
				}
				dl = strings.TrimSpace(dl[:i])
			}
			if strings.HasPrefix(strings.ToLower(dl), "date ") {
				fs := strings.Fields(dl)
				if len(fs) >= 2 && o.Published == "" {
					if _, err := time.Parse("2006-01-02", fs[1]); err == nil {
						o.Published = fs[1]
					}
				}
				dl = strings.Join(fs[2:], " ")
			}
			o.Dateline = stripDate(strings.TrimRight(dl, " ,:"))
		}
		if o.Agency == "" {
			o.Agency = agencyMention(low, pi, len(d.paras))
		}
		if o.Published == "" && pi < 8 {
			o.Published = publishedLine(strings.TrimSpace(line))
		}
	}
	return o
}

type agencyName struct{ name, short string }

// agencyCredits are the photo and text credits that name an agency
// ("… via AP", "…/Reuters)", "(AFP)"), built once from agencyList.
var agencyCredits = func() []struct {
	suffixes     []string
	paren, short string
} {
	out := make([]struct {
		suffixes     []string
		paren, short string
	}, len(agencyList))
	for i, a := range agencyList {
		out[i].suffixes = []string{" via " + a.name, " via " + a.name + ")", "/" + a.name, "/" + a.name + ")"}
		out[i].paren, out[i].short = "("+a.name+")", a.short
	}
	return out
}()

// parenAgency returns the index in agencyCredits of the first agency
// whose "(name)" t holds, or len(agencyCredits): one pass over t's
// parentheses rather than a search of t for each agency's. No name holds
// a ")", so "(name)" starts at a "(" exactly when the text up to the
// next ")" is the name.
func parenAgency(t string) int {
	first := len(agencyCredits)
	for i := strings.IndexByte(t, '('); i >= 0; {
		rest := t[i+1:]
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			break
		}
		if k, ok := agencyParens[rest[:j]]; ok && k < first {
			first = k
		}
		n := strings.IndexByte(rest, '(')
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return first
}

// agencyParens maps each agency name to its index in agencyCredits.
var agencyParens = func() map[string]int {
	m := make(map[string]int, len(agencyList))
	for i, a := range agencyList {
		m[a.name] = i
	}
	return m
}()

// agencyList is agencyNames longest first, so look-ups are deterministic.
var agencyList = func() []agencyName {
	var l []agencyName
	for k, v := range agencyNames {
		l = append(l, agencyName{k, v})
	}
	sort.Slice(l, func(i, j int) bool {
		if len(l[i].name) != len(l[j].name) {
			return len(l[i].name) > len(l[j].name)
		}
		return l[i].name < l[j].name
	})
	return l
}()

// matchAgency names the agency that rest starts with.
func matchAgency(rest string) string {
	for _, a := range agencyList {
		if strings.HasPrefix(rest, a.name) && (len(rest) == len(a.name) || !isASCIILetter(rest[len(a.name)])) {
			return a.short
		}
	}
	return ""
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// agencyAfter reads "for AFP" style credits.
func agencyAfter(low, marker string) string {
	for i := strings.Index(low, marker); i >= 0; {
		if ag := matchAgency(low[i+len(marker):]); ag != "" {
			return ag
		}
		j := strings.Index(low[i+len(marker):], marker)
		if j < 0 {
			break
		}
		i += len(marker) + j
	}
	return ""
}

// agencyMention spots wire credits anywhere in a line: "(With inputs
// from Reuters)", "via REUTERS" in a photo credit, "(AFP)", a closing
// "The Associated Press" sign-off.
func agencyMention(low string, pi, n int) string {
	t := strings.TrimSpace(low)
	// Most lines are asked here and hold no credit: IndexByte scans for
	// one byte many at a time, where ContainsAny tries a set at each.
	slash, paren := strings.IndexByte(t, '/') >= 0, strings.IndexByte(t, '(') >= 0
	// The test need only pass every line that may hold a credit: "puts
	// from" and "g by" stand for "inputs from" and "reporting by", whose
	// searches stop at each "i" and "r" of a line where these stop at a
	// rarer "p" and "g". The markers are read in full below.
	if pi < n-3 && !slash && !paren && !strings.Contains(t, "via ") && !strings.Contains(t, "puts from") && !strings.Contains(t, "g by") {
		return ""
	}
	// Each marker holds "inputs from" or "reporting by": a line with
	// neither, as most with a slash or parenthesis are, skips the three.
	if strings.Contains(t, "inputs from") || strings.Contains(t, "reporting by") {
		for _, m := range []string{"with inputs from ", "inputs from ", "with reporting by "} {
			if i := strings.Index(t, m); i >= 0 {
				if ag := matchAgency(t[i+len(m):]); ag != "" {
					return ag
				}
			}
		}
	}
	// Every credit holds " via ", "/" or "(": a line with none of them,
	// most of those read here, need not try the agencies one by one.
	via := strings.Contains(t, " via ")
	if via || slash || paren {
		pa := len(agencyCredits)
		if paren {
			pa = parenAgency(t)
		}
		for i, a := range agencyCredits {
			for _, suf := range a.suffixes {
				if (suf[0] == '/' && slash || suf[0] == ' ' && via) && strings.HasSuffix(t, suf) {
					return a.short
				}
			}
			if i == pa {
				return a.short
			}
		}
	}
	if pi >= n-3 {
		if ag := copyrightAgency(t); ag != "" {
			return ag
		}
		switch t {
		case "the associated press", "associated press", "— afp", "afp", "reuters":
			return matchAgency(strings.TrimPrefix(strings.TrimPrefix(t, "— "), "the "))
		}
	}
	return ""
}

// stripDate drops a trailing date from a dateline: "WASHINGTON, Dec. 8"
// gives "WASHINGTON".
func stripDate(dl string) string {
	i := strings.LastIndex(dl, ",")
	if i < 0 {
		return dl
	}
	f := strings.Fields(dl[i+1:])
	if len(f) == 2 && len(f[1]) <= 2 && f[1][0] >= '0' && f[1][0] <= '9' {
		m := strings.ToLower(strings.TrimSuffix(f[0], "."))
		if abbrevs[m] || strings.Contains(" january february march april may june july august september october november december", " "+m) {
			return strings.TrimSpace(dl[:i])
		}
	}
	return dl
}

// copyrightAgency reads a closing copyright line: "Copyright 2025 The
// Associated Press. All rights reserved.", "© 2024 AFP".
func copyrightAgency(t string) string {
	rest, ok := strings.CutPrefix(t, "copyright")
	if !ok {
		if rest, ok = strings.CutPrefix(t, "©"); !ok {
			return ""
		}
	}
	rest = strings.TrimLeft(rest, " ©0123456789-,")
	rest = strings.TrimPrefix(rest, "the ")
	return matchAgency(rest)
}

// publishedLine reads the date of a line that is a date ("June 18,
// 2025") or states one ("Published 14:32 GMT, 18 June 2025 | Updated
// …"), as 2006-01-02, or "". An "Updated" date is not the publication's.
func publishedLine(line string) string {
	low := strings.ToLower(line)
	for _, p := range [...]string{"published", "posted", "first published"} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			if i := strings.Index(rest, "|"); i >= 0 {
				rest = rest[:i] // "| Updated …": the first date is the publication
			}
			if len(rest) > 50 {
				return "" // prose: "Published reports on March 3 said …"
			}
			return dateIn(rest)
		}
	}
	if len(line) > 30 {
		return ""
	}
	return dateIn(low)
}

// dateIn finds a date written "June 18, 2025", "18 June 2025", "Jun.
// 18, 2025" or "2025-06-18" among the words of s.
func dateIn(s string) string {
	fs := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '\t' })
	for i, f := range fs {
		if len(f) == 10 && f[4] == '-' {
			if t, err := time.Parse("2006-01-02", f); err == nil {
				return t.Format("2006-01-02")
			}
		}
		m := monthOf(f)
		if m == 0 {
			continue
		}
		var day, year string
		switch {
		case i+2 < len(fs) && isDigits(fs[i+1]) && len(fs[i+1]) <= 2 && isDigits(fs[i+2]) && len(fs[i+2]) == 4:
			day, year = fs[i+1], fs[i+2] // June 18, 2025
		case i >= 1 && i+1 < len(fs) && isDigits(fs[i-1]) && len(fs[i-1]) <= 2 && isDigits(fs[i+1]) && len(fs[i+1]) == 4:
			day, year = fs[i-1], fs[i+1] // 18 June 2025
		default:
			continue
		}
		if t, err := time.Parse("2006-1-2", year+"-"+strconv.Itoa(m)+"-"+day); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// monthOf returns the month a lower-case word names (1-12), in full or
// abbreviated ("jun.", "sept"), or 0.
func monthOf(w string) int {
	w = strings.TrimSuffix(w, ".")
	for i, m := range [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) && (len(w) == 3 || w == "sept") {
			return i + 1
		}
	}
	return 0
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
