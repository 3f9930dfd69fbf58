package catalog

import (
	"context"
	"fmt"
	"time"

	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// StatementFilter selects statements.
type StatementFilter struct {
	SpeakerID int64
	Query     string
	From, To  time.Time
	After     Cursor
	Limit     int
}

// ListStatements lists statements, newest first, with their outlets.
func (s *Service) ListStatements(ctx context.Context, f StatementFilter) (Page[Statement], error) {
	rows, err := s.st.ListStatements(ctx, dbq.ListStatementsParams{
		BeforeID: optID(f.After.before), SpeakerID: optID(f.SpeakerID), Query: text(f.Query),
		FromDate: date(f.From), ToDate: date(f.To), MaxRows: int32(f.Limit + 1),
	})
	if err != nil {
		return Page[Statement]{}, fmt.Errorf("list statements: %w", err)
	}
	var p Page[Statement]
	if len(rows) > f.Limit {
		rows = rows[:f.Limit]
		p.Next = Cursor{before: rows[len(rows)-1].ID}.String()
	}
	p.Items, err = s.statements(ctx, rows)
	return p, err
}

// GetStatement returns a statement with every variant, earliest first.
func (s *Service) GetStatement(ctx context.Context, id int64) (StatementDetail, error) {
	st, err := s.statementsByID(ctx, []int64{id})
	if err != nil {
		return StatementDetail{}, err
	}
	if len(st) == 0 {
		return StatementDetail{}, ErrNotFound
	}
	vars, err := s.ListQuotes(ctx, QuoteFilter{StatementID: id, Limit: maxArticleQuotes})
	if err != nil {
		return StatementDetail{}, err
	}
	q := vars.Items
	for i, j := 0, len(q)-1; i < j; i, j = i+1, j-1 {
		q[i], q[j] = q[j], q[i]
	}
	return StatementDetail{Statement: st[0], Variants: q}, nil
}

func (s *Service) statementsByID(ctx context.Context, ids []int64) ([]Statement, error) {
	var out []Statement
	for _, id := range ids {
		rows, err := s.st.ListStatements(ctx, dbq.ListStatementsParams{StatementID: optID(id), MaxRows: 1})
		if err != nil {
			return nil, fmt.Errorf("get statement: %w", err)
		}
		st, err := s.statements(ctx, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, st...)
	}
	return out, nil
}

func (s *Service) statements(ctx context.Context, rows []dbq.ListStatementsRow) ([]Statement, error) {
	out := make([]Statement, len(rows))
	ids := make([]int64, len(rows))
	idx := map[int64]int{}
	for i, r := range rows {
		out[i] = Statement{
			ID: r.ID, CanonicalText: r.CanonicalText,
			Speaker:   SpeakerRef{ID: r.SpeakerID, Slug: r.SpeakerSlug, Name: r.SpeakerName, Kind: r.SpeakerKind},
			FirstSeen: r.FirstSeen.Time.Format(time.DateOnly), FirstArticleID: r.FirstArticleID,
			VariantCount: r.VariantCount, ArticleCount: r.ArticleCount, OutletCount: r.OutletCount,
			Outlets: []StatementOutlet{},
		}
		ids[i] = r.ID
		idx[r.ID] = i
	}
	if len(ids) == 0 {
		return out, nil
	}
	outlets, err := s.st.StatementOutlets(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("statement outlets: %w", err)
	}
	for _, o := range outlets {
		i := idx[o.StatementID]
		out[i].Outlets = append(out[i].Outlets, StatementOutlet{
			Slug: o.Slug, Name: o.Name, Kind: o.Kind, FirstSeen: datep(o.FirstSeen), Articles: o.ArticleCount,
		})
	}
	return out, nil
}
