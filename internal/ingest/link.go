package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/fold"
	"github.com/quoted-dev/quoted/internal/similar"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// resolver finds or creates the speakers of one article's quotes. It looks
// up every name of the article in one query first, then walks the quotes
// in order as if it asked for each in turn: it adds what the article itself
// has done since (the aliases it gave, the people it created) and asks the
// server again only when that could change the answer.
type resolver struct {
	q       *dbq.Queries
	found   map[string]prefound // kind and key → what the first query found
	seen    map[string]int64    // kind and key → id, within this article
	aliases map[string][]owner  // alias key → speakers given it by this article
	// newPeople: the article created a person, whom the similar names
	// found first do not include.
	newPeople bool

	// What recordRole reads, by title key, fetched for the whole article
	// first. The roles quoted near stay as they are while the article is
	// written (its quotes come last); the people titled near change with
	// each title the article records, and are read again after it.
	rolesNear  map[string][]int64
	peopleNear map[string][]dbq.PeopleTitledNearRow
	suggested  map[[2]int64]bool // role and person already suggested by this article
}

type prefound struct {
	aliasID int64 // 0: no speaker of the kind has the key as an alias
	similar []dbq.ResolveSpeakersRow
}

type owner struct {
	id   int64
	kind string
}

func nameKey(kind, key string) string { return kind + "\x00" + key }

func speakerKind(sp extract.Speaker) string {
	if sp.Kind == "" {
		return string(extract.SpeakerPerson)
	}
	return string(sp.Kind)
}

// newResolver looks up every speaker name (and office holder) of quotes,
// and what recordRole will need for the titles and roles among them.
func newResolver(ctx context.Context, q *dbq.Queries, quotes []extract.Quote, pub pgtype.Date) (*resolver, error) {
	r := &resolver{
		q: q, found: map[string]prefound{}, seen: map[string]int64{}, aliases: map[string][]owner{},
		rolesNear: map[string][]int64{}, peopleNear: map[string][]dbq.PeopleTitledNearRow{},
		suggested: map[[2]int64]bool{},
	}
	var p dbq.ResolveSpeakersParams
	add := func(kind, key string) {
		if _, ok := r.found[nameKey(kind, key)]; !ok {
			r.found[nameKey(kind, key)] = prefound{}
			p.Kinds = append(p.Kinds, kind)
			p.Keys = append(p.Keys, key)
		}
	}
	for _, qt := range quotes {
		sp := qt.Speaker
		if sp.Name == "" {
			continue
		}
		key := fold.Key(sp.Name)
		if sp.Kind == extract.SpeakerOffice && sp.Holder != "" && fold.Key(sp.Holder) != key {
			add(string(extract.SpeakerPerson), fold.Key(sp.Holder))
		}
		add(speakerKind(sp), key)
	}
	if len(p.Keys) == 0 {
		return r, nil
	}
	if err := r.prefetchRoles(ctx, quotes, pub); err != nil {
		return nil, err
	}
	rows, err := q.ResolveSpeakers(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("find speakers: %w", err)
	}
	for _, row := range rows {
		k := nameKey(p.Kinds[row.N-1], p.Keys[row.N-1])
		f := r.found[k]
		if row.ByAlias {
			f.aliasID = row.ID
		} else {
			f.similar = append(f.similar, row)
		}
		r.found[k] = f
	}
	return r, nil
}

// prefetchRoles reads at once the roles quoted near each person title and
// the people titled near each role name of the article, as recordRole
// would read them one by one.
func (r *resolver) prefetchRoles(ctx context.Context, quotes []extract.Quote, pub pgtype.Date) error {
	p := dbq.RoleLinksNearParams{Day: pub}
	for _, qt := range quotes {
		sp := qt.Speaker
		if sp.Name == "" {
			continue
		}
		switch sp.Kind {
		case extract.SpeakerRole:
			if key := fold.Key(sp.Name); r.peopleNear[key] == nil {
				r.peopleNear[key] = []dbq.PeopleTitledNearRow{}
				p.Roles = append(p.Roles, key)
			}
		case extract.SpeakerPerson:
			if title := strings.TrimSpace(sp.Title); title != "" {
				if key := fold.Key(title); r.rolesNear[key] == nil {
					r.rolesNear[key] = []int64{}
					p.Titles = append(p.Titles, key)
				}
			}
		}
	}
	if len(p.Roles)+len(p.Titles) == 0 {
		return nil
	}
	rows, err := r.q.RoleLinksNear(ctx, p)
	if err != nil {
		return fmt.Errorf("find roles and titled people: %w", err)
	}
	for _, row := range rows {
		if row.IsRole {
			r.rolesNear[row.Key] = append(r.rolesNear[row.Key], row.SpeakerID)
		} else {
			r.peopleNear[row.Key] = append(r.peopleNear[row.Key], dbq.PeopleTitledNearRow{
				SpeakerID: row.SpeakerID, Name: row.Name, Title: row.Title, FirstSeen: row.FirstSeen,
			})
		}
	}
	return nil
}

// upsertSpeaker finds or creates the speaker of qt, with the mention and
// title as aliases so that searches by description find the person.
func (r *resolver) upsertSpeaker(ctx context.Context, qt extract.Quote) (int64, error) {
	sp := qt.Speaker
	kind := speakerKind(sp)
	key := fold.Key(sp.Name)
	id, ok := r.seen[nameKey(kind, key)]
	if !ok {
		var holder pgtype.Int8
		if sp.Kind == extract.SpeakerOffice && sp.Holder != "" && fold.Key(sp.Holder) != key {
			hid, err := r.upsertSpeaker(ctx, extract.Quote{Speaker: extract.Speaker{Name: sp.Holder, Kind: extract.SpeakerPerson}})
			if err != nil {
				return 0, err
			}
			holder = pgtype.Int8{Int64: hid, Valid: true}
		}
		var err error
		if id, err = r.find(ctx, kind, key); err != nil {
			return 0, err
		}
		if id == 0 {
			if kind == string(extract.SpeakerPerson) {
				r.newPeople = true
			}
			id, err = r.q.CreateSpeaker(ctx, dbq.CreateSpeakerParams{
				Slugs: slugCandidates(sp.Name, kind), Name: sp.Name, NameKey: key, Kind: kind,
				Description: text(sp.Title), HolderID: holder,
			})
			if errors.Is(err, pgx.ErrNoRows) {
				return 0, fmt.Errorf("no free slug for %q", sp.Name)
			}
			if err != nil {
				return 0, fmt.Errorf("store speaker %q: %w", sp.Name, err)
			}
		}
		r.seen[nameKey(kind, key)] = id
		if err := r.addAlias(ctx, id, kind, sp.Name); err != nil {
			return 0, err
		}
	}
	if sp.Title != "" {
		if err := r.addAlias(ctx, id, kind, sp.Title); err != nil {
			return 0, err
		}
	}
	// A mention shared by several speakers ("both A and B") names none of them.
	if m := qt.Mention; m != nil && len(qt.Speakers) <= 1 && isNameLike(m.Text) {
		if err := r.addAlias(ctx, id, kind, m.Text); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// find returns the existing speaker a name refers to, or 0: the same name
// or alias, or, for people, a spelling variant of one (Zelensky,
// Zelenskyy, Zelenskiy) with the same given name.
func (r *resolver) find(ctx context.Context, kind, key string) (int64, error) {
	f, ok := r.found[nameKey(kind, key)]
	if !ok {
		return 0, fmt.Errorf("speaker %q was not looked up", key) // newResolver saw every name
	}
	// The first speaker by id with the alias, counting those this article gave.
	id := f.aliasID
	for _, o := range r.aliases[key] {
		if o.kind == kind && (id == 0 || o.id < id) {
			id = o.id
		}
	}
	if id != 0 || kind != string(extract.SpeakerPerson) {
		return id, nil
	}
	cands := f.similar
	if r.newPeople {
		var err error
		if cands, err = r.similarAgain(ctx, kind, key); err != nil {
			return 0, err
		}
	}
	for _, c := range cands {
		if SpellingVariants(c.NameKey, key) {
			return c.ID, nil
		}
	}
	return 0, nil
}

func (r *resolver) similarAgain(ctx context.Context, kind, key string) ([]dbq.ResolveSpeakersRow, error) {
	rows, err := r.q.SimilarSpeakers(ctx, dbq.SimilarSpeakersParams{Kind: kind, Key: key})
	if err != nil {
		return nil, fmt.Errorf("find similar speakers for %q: %w", key, err)
	}
	out := make([]dbq.ResolveSpeakersRow, len(rows))
	for i, row := range rows {
		out[i] = dbq.ResolveSpeakersRow{ID: row.ID, NameKey: row.NameKey}
	}
	return out, nil
}

func (r *resolver) addAlias(ctx context.Context, id int64, kind, alias string) error {
	alias = strings.TrimSpace(alias)
	for _, art := range []string{"the ", "a ", "an ", "The ", "A ", "An "} {
		alias = strings.TrimPrefix(alias, art)
	}
	key := fold.Key(alias)
	if key == "" {
		return nil
	}
	if slices.Contains(r.aliases[key], owner{id, kind}) {
		return nil // given already: the first spelling stays
	}
	r.aliases[key] = append(r.aliases[key], owner{id, kind})
	if err := r.q.AddSpeakerAlias(ctx, dbq.AddSpeakerAliasParams{SpeakerID: id, Alias: alias, AliasKey: key}); err != nil {
		return fmt.Errorf("store alias %q: %w", alias, err)
	}
	return nil
}

// slugCandidates lists the slugs a new speaker may take, best first: its
// name, then its name and kind, then those numbered.
func slugCandidates(name, kind string) []string {
	base := fold.Slug(name)
	if base == "" {
		base = "speaker"
	}
	slugs := []string{base, base + "-" + kind}
	for i := 2; i < 100; i++ {
		slugs = append(slugs, fmt.Sprintf("%s-%s-%d", base, kind, i))
	}
	return slugs
}

// SpellingVariants reports whether two folded person names are one name
// spelt two ways: the same number of words, the same given names (or
// matching initials), and family names that differ by at most two letters
// after a shared start of four.
func SpellingVariants(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wa) != len(wb) {
		return false
	}
	last := len(wa) - 1
	for i := 0; i < last; i++ {
		x, y := strings.TrimSuffix(wa[i], "."), strings.TrimSuffix(wb[i], ".")
		if x == y {
			continue
		}
		// "J." and "John": an initial agrees with its name.
		if (utf8.RuneCountInString(x) == 1 || utf8.RuneCountInString(y) == 1) && x[0] == y[0] {
			continue
		}
		return false
	}
	x, y := []rune(wa[last]), []rune(wb[last])
	if len(x) < 5 || len(y) < 5 || string(x[:4]) != string(y[:4]) {
		return false
	}
	return editDistance(x, y) <= 2
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// recordRole keeps the title an article gives a speaker, and links unnamed
// roles and named people that carry the same title within a week, as
// suggestions with their evidence.
func (r *resolver) recordRole(ctx context.Context, id int64, sp extract.Speaker, articleID int64, pub pgtype.Date) error {
	switch sp.Kind {
	case extract.SpeakerRole:
		key := fold.Key(sp.Name)
		people, ok := r.peopleNear[key]
		if !ok {
			var err error
			people, err = r.q.PeopleTitledNear(ctx, dbq.PeopleTitledNearParams{TitleKey: key, Day: pub})
			if err != nil {
				return fmt.Errorf("find people titled %q: %w", sp.Name, err)
			}
			r.peopleNear[key] = people
		}
		for _, p := range people {
			ev := fmt.Sprintf("%s is named as %s%s, and an unnamed %s is quoted%s",
				p.Name, p.Title, when(p.FirstSeen), sp.Name, when(pub))
			if err := r.suggest(ctx, id, p.SpeakerID, ev, articleID); err != nil {
				return err
			}
		}
	case extract.SpeakerPerson:
		title := strings.TrimSpace(sp.Title)
		if title == "" {
			return nil
		}
		key := fold.Key(title)
		if err := r.q.UpsertRole(ctx, dbq.UpsertRoleParams{SpeakerID: id, Title: title, TitleKey: key, Day: pub}); err != nil {
			return fmt.Errorf("record title %q: %w", title, err)
		}
		delete(r.peopleNear, key)
		roles, ok := r.rolesNear[key]
		if !ok {
			var err error
			roles, err = r.q.RolesQuotedNear(ctx, dbq.RolesQuotedNearParams{TitleKey: key, Day: pub})
			if err != nil {
				return fmt.Errorf("find roles titled %q: %w", title, err)
			}
			r.rolesNear[key] = roles
		}
		for _, role := range roles {
			ev := fmt.Sprintf("%s is named as %s%s, and an unnamed %s is quoted within a week",
				sp.Name, title, when(pub), strings.ToLower(title))
			if err := r.suggest(ctx, role, id, ev, articleID); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *resolver) suggest(ctx context.Context, roleID, personID int64, evidence string, articleID int64) error {
	if roleID == personID || r.suggested[[2]int64{roleID, personID}] {
		return nil // a repeat changes nothing: the first evidence stays
	}
	r.suggested[[2]int64{roleID, personID}] = true
	// A shared title within a week is good evidence but not proof: two
	// people can hold one title, and titles are reused.
	const confidence = 0.7
	err := r.q.UpsertSuggestion(ctx, dbq.UpsertSuggestionParams{
		RoleID: roleID, PersonID: personID, Confidence: confidence, Evidence: evidence,
		ArticleID: pgtype.Int8{Int64: articleID, Valid: true},
	})
	if err != nil {
		return fmt.Errorf("store suggestion: %w", err)
	}
	return nil
}

// statementPlan is where assignStatements put each quote of an article.
type statementPlan struct {
	ids   []pgtype.Int8 // statement of each quote (none for quotes without a speaker)
	pairs [][]int64     // similar.Pairs of each quote
}

// assignStatements puts each quote with a speaker into the statement of
// the same utterance by the same speaker within three days, or starts a
// new one, and queues the statement writes. The caller holds (or has
// queued) the speakers' locks, so concurrent ingests cannot split a
// statement.
//
// It answers as if each quote were stored before the next one looked for
// candidates: the candidates from the database come for all quotes in one
// query, and the article's own earlier quotes, which are newer than any
// of them, are put in front. Knowing each statement's first day and length,
// it leaves out the updates that would change nothing.
func assignStatements(ctx context.Context, q *dbq.Queries, articleID int64, pub, day pgtype.Date, quotes []extract.Quote, speakers []pgtype.Int8) (statementPlan, error) {
	plan := statementPlan{ids: make([]pgtype.Int8, len(quotes)), pairs: make([][]int64, len(quotes))}
	var p dbq.StatementCandidatesForParams
	p.Day = pub
	for i, qt := range quotes {
		plan.pairs[i] = similar.Pairs(qt.Text)
		if !speakers[i].Valid {
			continue
		}
		for _, pair := range plan.pairs[i] {
			p.Ns = append(p.Ns, int32(i+1))
			p.SpeakerIds = append(p.SpeakerIds, speakers[i].Int64)
			p.Pairs = append(p.Pairs, pair)
		}
	}
	fromDB := make([][]dbq.StatementCandidatesForRow, len(quotes))
	if len(p.Ns) > 0 {
		rows, err := q.StatementCandidatesFor(ctx, p)
		if err != nil {
			return plan, fmt.Errorf("find statements: %w", err)
		}
		for _, row := range rows {
			fromDB[row.N-1] = append(fromDB[row.N-1], row)
		}
	}

	// A statement is an id from the database, or -k for the k-th new one.
	type stored struct {
		speaker   int64
		pairs     []int64
		statement int64
		text      *similar.Prepared
	}
	type candidate struct {
		statement int64
		text      *similar.Prepared
	}
	// What a statement holds as the article goes: GrowStatement changes
	// nothing unless a quote is seen earlier or is a fuller direct wording.
	type state struct {
		first  pgtype.Date
		length int // of the canonical text, in code points
	}
	var (
		mine     []stored // this article's quotes stored so far
		fresh    []int    // the quote that starts each new statement
		refs     = make([]int64, len(quotes))
		grow     = make([]bool, len(quotes))
		states   = map[int64]*state{}
		offsets  = map[[2]int]bool{}
		prepared = map[string]*similar.Prepared{}
	)
	prepare := func(s string) *similar.Prepared {
		pt, ok := prepared[s]
		if !ok {
			pt = similar.Prepare(s)
			prepared[s] = pt
		}
		return pt
	}
	for i, qt := range quotes {
		// A second quote at the same offsets is not stored (ON CONFLICT DO
		// NOTHING), so later quotes do not find it; it still has a statement.
		dup := offsets[[2]int{qt.Start, qt.End}]
		offsets[[2]int{qt.Start, qt.End}] = true
		if !speakers[i].Valid {
			continue
		}
		sp := speakers[i].Int64
		// The candidates the per-quote query would return: the article's own
		// stored quotes (the newest), then the older ones, 200 in all.
		var cands []candidate
		if len(plan.pairs[i]) > 0 {
			for j := len(mine) - 1; j >= 0; j-- {
				if m := mine[j]; m.speaker == sp && overlaps(m.pairs, plan.pairs[i]) {
					cands = append(cands, candidate{m.statement, m.text})
				}
			}
			room := int32(200 - len(cands))
			for _, c := range fromDB[i] {
				if c.Rank > room {
					break
				}
				cands = append(cands, candidate{c.StatementID, prepare(c.Text)})
				if states[c.StatementID] == nil {
					states[c.StatementID] = &state{first: c.FirstSeen, length: int(c.CanonicalLength)}
				}
			}
		}
		self := prepare(qt.Text)
		var best int64
		bestScore := 0.0
		for _, c := range cands {
			m := self.Compare(c.text)
			if m.Kind != similar.None && m.Score > bestScore {
				best, bestScore = c.statement, m.Score
			}
		}
		length := utf8.RuneCountInString(qt.Text)
		if best == 0 {
			fresh = append(fresh, i)
			best = -int64(len(fresh))
			states[best] = &state{first: day, length: length}
		} else {
			st := states[best]
			earlier := day.Time.Before(st.first.Time)
			fuller := qt.Kind == extract.KindDirect && length > st.length
			if earlier {
				st.first = day
			}
			if fuller {
				st.length = length
			}
			grow[i] = earlier || fuller
		}
		refs[i] = best
		if !dup {
			mine = append(mine, stored{speaker: sp, pairs: plan.pairs[i], statement: best, text: self})
		}
	}

	var newIDs []int64
	if len(fresh) > 0 {
		var err error
		if newIDs, err = q.AllocateStatementIDs(ctx, int32(len(fresh))); err != nil {
			return plan, fmt.Errorf("create statements: %w", err)
		}
		if len(newIDs) != len(fresh) {
			return plan, fmt.Errorf("create statements: got %d ids for %d", len(newIDs), len(fresh))
		}
	}
	for i, qt := range quotes {
		ref := refs[i]
		if ref == 0 {
			continue
		}
		id := ref
		if ref < 0 {
			id = newIDs[-ref-1]
		}
		plan.ids[i] = pgtype.Int8{Int64: id, Valid: true}
		var err error
		switch {
		case ref < 0 && fresh[-ref-1] == i:
			err = q.InsertStatement(ctx, dbq.InsertStatementParams{
				ID: id, SpeakerID: speakers[i].Int64, CanonicalText: qt.Text, FirstArticleID: articleID, FirstSeen: day,
			})
		case grow[i]:
			// The canonical text is the fullest direct wording seen.
			err = q.GrowStatement(ctx, dbq.GrowStatementParams{
				ID: id, Day: day, ArticleID: articleID, Direct: qt.Kind == extract.KindDirect, Text: qt.Text,
			})
		}
		if err != nil {
			return plan, fmt.Errorf("store statement: %w", err)
		}
	}
	return plan, nil
}

// overlaps reports whether a and b share an element, as a && b does.
func overlaps(a, b []int64) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// linkSyndication finds articles that carry the same wire copy, and lends
// the agency from the one that names it to the one that does not.
func linkSyndication(ctx context.Context, q *dbq.Queries, id int64, row articleRow, pub pgtype.Date) error {
	if len(row.shingles) < 8 {
		return nil // too little text to tell
	}
	cands, err := q.SyndicationCandidates(ctx, dbq.SyndicationCandidatesParams{Shingles: row.shingles, ID: id, Day: pub})
	if err != nil {
		return fmt.Errorf("find syndicated copies: %w", err)
	}
	var best dbq.SyndicationCandidatesRow
	bestScore := 0.0
	for _, c := range cands {
		if len(c.Shingles) < 8 {
			continue
		}
		if s := similar.Containment(row.shingles, c.Shingles); s > bestScore {
			best, bestScore = c, s
		}
	}
	// Half the sampled passages shared: the same wire story, edited.
	if bestScore < 0.5 {
		return nil
	}
	switch {
	case !row.agency.Valid && best.AgencyID.Valid && !best.AgencyInferred:
		// This article is a copy of an agency story that names its agency.
		err = q.MarkSyndicated(ctx, dbq.MarkSyndicatedParams{ID: id, FromID: pgtype.Int8{Int64: best.ID, Valid: true}, AgencyID: best.AgencyID})
	case row.agency.Valid && !best.AgencyID.Valid:
		// An earlier article carried this agency's copy without saying so.
		err = q.MarkSyndicated(ctx, dbq.MarkSyndicatedParams{ID: best.ID, FromID: pgtype.Int8{Int64: id, Valid: true}, AgencyID: row.agency})
	default:
		err = q.MarkSyndicated(ctx, dbq.MarkSyndicatedParams{ID: id, FromID: pgtype.Int8{Int64: best.ID, Valid: true}})
	}
	if err != nil {
		return fmt.Errorf("mark syndicated copy: %w", err)
	}
	return nil
}

func when(d pgtype.Date) string {
	if !d.Valid {
		return " in an undated article"
	}
	return " on " + d.Time.Format("2006-01-02")
}
