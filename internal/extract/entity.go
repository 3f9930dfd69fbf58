package extract

// htmlEntity reads an HTML character reference at r[i] ("&#8217;",
// "&#x201C;", "&rsquo;", "&quot;", "&amp;", "&nbsp;"), as text pasted from
// a CMS or a web page keeps them, and returns its length in runes and the
// character it stands for; 0 when there is none. Only the characters the
// tokenizer treats apart from letters are named: quotation marks and
// apostrophes, dashes, the ampersand and the no-break space.
func htmlEntity(r []rune, i int) (int, rune) {
	if r[i] != '&' || i+3 >= len(r) {
		return 0, 0
	}
	j := i + 1
	for j < len(r) && j-i <= 8 && r[j] != ';' {
		c := r[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
			return 0, 0
		}
		j++
	}
	if j >= len(r) || r[j] != ';' || j == i+1 {
		return 0, 0
	}
	name := r[i+1 : j]
	var c rune
	if name[0] == '#' {
		base, k := rune(10), 1
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			base, k = 16, 2
		}
		if k == len(name) {
			return 0, 0
		}
		for ; k < len(name); k++ {
			d := name[k]
			switch {
			case d >= '0' && d <= '9':
				d -= '0'
			case base == 16 && d >= 'a' && d <= 'f':
				d -= 'a' - 10
			case base == 16 && d >= 'A' && d <= 'F':
				d -= 'A' - 10
			default:
				return 0, 0
			}
			c = c*base + d
			if c > 0xFFFF {
				return 0, 0
			}
		}
	} else {
		switch string(name) {
		case "quot":
			c = '"'
		case "amp":
			c = '&'
		case "apos":
			c = '\''
		case "lsquo":
			c = '‘'
		case "rsquo":
			c = '’'
		case "ldquo":
			c = '“'
		case "rdquo":
			c = '”'
		case "laquo":
			c = '«'
		case "raquo":
			c = '»'
		case "mdash":
			c = '—'
		case "ndash":
			c = '–'
		case "nbsp":
			c = '\u00a0'
		default:
			return 0, 0
		}
	}
	switch {
	case isDQ(c), isSQ(c), c == '—', c == '–', c == '&', c == '\u00a0', c == ' ':
		return j + 1 - i, c
	}
	return 0, 0
}
