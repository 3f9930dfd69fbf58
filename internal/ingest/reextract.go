package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/quoted-dev/quoted/internal/extract"
	"github.com/quoted-dev/quoted/internal/store"
	"github.com/quoted-dev/quoted/internal/store/dbq"
)

// ErrNoArticle means the article to re-extract does not exist.
var ErrNoArticle = errors.New("no such article")

// Reextract runs the current extractor over a stored article and replaces
// its quotes, speakers' links and statements as an update of it would. An
// article the current extractor version already wrote is left alone
// (StatusUnchanged). The article is locked while it is rewritten, so
// replicas re-extracting at once do the work once.
func (s *Service) Reextract(ctx context.Context, id int64) (Outcome, error) {
	var out Outcome
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = s.st.InBatchedTx(ctx, func(q *dbq.Queries) error {
			row, err := q.LockArticleForReextract(ctx, id)
			if errors.Is(err, pgx.ErrNoRows) {
				return ErrNoArticle
			}
			if err != nil {
				return fmt.Errorf("lock article: %w", err)
			}
			if row.ExtractorVersion == extract.Version {
				out = Outcome{ArticleID: id, Status: StatusUnchanged}
				return nil
			}
			a := Article{
				URL: row.Url.String, Headline: row.Headline.String, Byline: row.Byline.String,
				Publisher: row.PublisherName.String, Text: row.Body, Source: row.Source,
			}
			if !row.AgencyInferred {
				// An inferred agency came from syndication, which write
				// works out again; a stated or extracted one is kept.
				a.Agency = row.AgencyName.String
			}
			if row.Published.Valid {
				a.Published = row.Published.Time.Format(time.DateOnly)
			}
			res := extract.Extract(a.Text, extract.Meta{URL: a.URL, Published: a.Published, Publisher: a.Publisher})
			if out, err = s.write(ctx, q, a, row.ContentHash, res, id); err != nil {
				return err
			}
			out.Status = StatusReextracted
			return nil
		})
		if err == nil || !store.IsRetryable(err) {
			break
		}
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("re-extract article %d: %w", id, err)
	}
	return out, nil
}

// Stale lists up to n articles, in id order after id after, that an older
// extractor version wrote.
func (s *Service) Stale(ctx context.Context, after int64, n int) ([]int64, error) {
	ids, err := s.st.StaleArticles(ctx, dbq.StaleArticlesParams{Version: extract.Version, AfterID: after, MaxRows: int32(n)})
	if err != nil {
		return nil, fmt.Errorf("list stale articles: %w", err)
	}
	return ids, nil
}

// ReextractStale re-extracts every article an older extractor version
// wrote, calling report (when not nil) after each, and returns how many it
// rewrote. It stops at the first error or when ctx ends.
func (s *Service) ReextractStale(ctx context.Context, report func(Outcome)) (int, error) {
	done := 0
	var after int64
	for {
		ids, err := s.Stale(ctx, after, 100)
		if err != nil || len(ids) == 0 {
			return done, err
		}
		for _, id := range ids {
			out, err := s.Reextract(ctx, id)
			if errors.Is(err, ErrNoArticle) {
				continue // deleted meanwhile
			}
			if err != nil {
				return done, err
			}
			if out.Status == StatusReextracted {
				done++
			}
			if report != nil {
				report(out)
			}
			after = id
		}
	}
}
