package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/fold"
	"github.com/quoted-dev/quoted/internal/similar"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// findSpeaker returns the existing speaker a name refers to, or 0: the same
// name or alias, or, for people, a spelling variant of one (Zelensky,
// Zelenskyy, Zelenskiy) with the same given name.
func findSpeaker(ctx context.Context, q *dbq.Queries, kind, key string) (int64, error) {
	id, err := q.FindSpeakerByAlias(ctx, dbq.FindSpeakerByAliasParams{Key: key, Kind: kind})
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("find speaker %q: %w", key, err)
	}
	if kind != string(extract.SpeakerPerson) {
		return 0, nil
	}
	cands, err := q.SimilarSpeakers(ctx, dbq.SimilarSpeakersParams{Kind: kind, Key: key})
	if err != nil {
		return 0, fmt.Errorf("find similar speakers for %q: %w", key, err)
	}
	for _, c := range cands {
		if SpellingVariants(c.NameKey, key) {
			return c.ID, nil
		}
	}
	return 0, nil
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
func recordRole(ctx context.Context, q *dbq.Queries, id int64, sp extract.Speaker, articleID int64, pub pgtype.Date) error {
	switch sp.Kind {
	case extract.SpeakerRole:
		people, err := q.PeopleTitledNear(ctx, dbq.PeopleTitledNearParams{TitleKey: fold.Key(sp.Name), Day: pub})
		if err != nil {
			return fmt.Errorf("find people titled %q: %w", sp.Name, err)
		}
		for _, p := range people {
			ev := fmt.Sprintf("%s is named as %s%s, and an unnamed %s is quoted%s",
				p.Name, p.Title, when(p.FirstSeen), sp.Name, when(pub))
			if err := suggest(ctx, q, id, p.SpeakerID, ev, articleID); err != nil {
				return err
			}
		}
	case extract.SpeakerPerson:
		title := strings.TrimSpace(sp.Title)
		if title == "" {
			return nil
		}
		key := fold.Key(title)
		if err := q.UpsertRole(ctx, dbq.UpsertRoleParams{SpeakerID: id, Title: title, TitleKey: key, Day: pub}); err != nil {
			return fmt.Errorf("record title %q: %w", title, err)
		}
		roles, err := q.RolesQuotedNear(ctx, dbq.RolesQuotedNearParams{TitleKey: key, Day: pub})
		if err != nil {
			return fmt.Errorf("find roles titled %q: %w", title, err)
		}
		for _, r := range roles {
			ev := fmt.Sprintf("%s is named as %s%s, and an unnamed %s is quoted within a week",
				sp.Name, title, when(pub), strings.ToLower(title))
			if err := suggest(ctx, q, r, id, ev, articleID); err != nil {
				return err
			}
		}
	}
	return nil
}

func suggest(ctx context.Context, q *dbq.Queries, roleID, personID int64, evidence string, articleID int64) error {
	if roleID == personID {
		return nil
	}
	// A shared title within a week is good evidence but not proof: two
	// people can hold one title, and titles are reused.
	const confidence = 0.7
	err := q.UpsertSuggestion(ctx, dbq.UpsertSuggestionParams{
		RoleID: roleID, PersonID: personID, Confidence: confidence, Evidence: evidence,
		ArticleID: pgtype.Int8{Int64: articleID, Valid: true},
	})
	if err != nil {
		return fmt.Errorf("store suggestion: %w", err)
	}
	return nil
}

// assignStatement puts a quote into the statement of the same utterance
// by the same speaker within three days, or starts a new one. The caller
// holds the speaker's lock, so concurrent ingests cannot split a statement.
func assignStatement(ctx context.Context, q *dbq.Queries, speakerID, articleID int64, pub, day pgtype.Date, qt extract.Quote, pairs []int64) (int64, error) {
	cands, err := q.StatementCandidates(ctx, dbq.StatementCandidatesParams{
		SpeakerID: pgtype.Int8{Int64: speakerID, Valid: true}, Day: pub, Pairs: pairs,
	})
	if err != nil {
		return 0, fmt.Errorf("find statements: %w", err)
	}
	var best int64
	bestScore := 0.0
	for _, c := range cands {
		m := similar.Compare(qt.Text, c.Text)
		if m.Kind != similar.None && m.Score > bestScore {
			best, bestScore = c.StatementID, m.Score
		}
	}
	if best == 0 {
		id, err := q.InsertStatement(ctx, dbq.InsertStatementParams{
			SpeakerID: speakerID, CanonicalText: qt.Text, FirstArticleID: articleID, FirstSeen: day,
		})
		if err != nil {
			return 0, fmt.Errorf("create statement: %w", err)
		}
		return id, nil
	}
	cur, err := q.GetStatementText(ctx, best)
	if err != nil {
		return 0, fmt.Errorf("read statement: %w", err)
	}
	// The canonical text is the fullest direct wording seen.
	fuller := qt.Kind == extract.KindDirect && utf8.RuneCountInString(qt.Text) > utf8.RuneCountInString(cur)
	if err := q.GrowStatement(ctx, dbq.GrowStatementParams{ID: best, Day: day, ArticleID: articleID, Fuller: fuller, Text: qt.Text}); err != nil {
		return 0, fmt.Errorf("update statement: %w", err)
	}
	return best, nil
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
