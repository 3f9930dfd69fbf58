package extract

// paraLabelLast returns the last word of a speaker label of one to four
// capitalised words opening paragraph pi ("Chris Matthews:", "KATE
// BOULDUAN:", after an opening quotation mark too), or -1.
func (f *finder) paraLabelLast(pi int) int {
	d := f.d
	p := &d.paras[pi]
	k := p.ts
	if k < p.te && d.toks[k].kind == tkDQ {
		k++
	}
	for i := k; i < p.te && i < k+5; i++ {
		if d.is(i, ":") {
			if i == k || i+1 >= p.te {
				return -1
			}
			return i - 1
		}
		if !d.capWord(i) || d.in(i, wcLeadStop|wcLabelStop) {
			return -1
		}
	}
	return -1
}

// labelKin says whether the label whose last word is last names the same
// speaker as another paragraph's label: a transcript writes the full name
// once and the surname after ("Luciana Lopez:" … "Lopez:", "KATE
// BOULDUAN:" … "BOULDUAN:").
func (f *finder) labelKin(last int) bool {
	d := f.d
	own := int(d.toks[last].para)
	for pi := range d.paras {
		if pi == own {
			continue
		}
		if l := f.paraLabelLast(pi); l >= 0 && d.lw(l) == d.lw(last) {
			return true
		}
	}
	return false
}
