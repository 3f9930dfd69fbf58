-- name: GetArticleIDByHash :one
SELECT id FROM articles WHERE content_hash = $1;

-- name: GetArticleIDByURL :one
SELECT id FROM articles WHERE url = $1;

-- name: InsertArticle :one
INSERT INTO articles (url, content_hash, headline, byline, dateline, published,
                      publisher_id, agency_id, body, source, extractor_version, seen_on, shingles)
VALUES (sqlc.narg('url'), @content_hash, sqlc.narg('headline'), sqlc.narg('byline'),
        sqlc.narg('dateline'), sqlc.narg('published'), sqlc.narg('publisher_id'),
        sqlc.narg('agency_id'), @body, @source, @extractor_version,
        coalesce(sqlc.narg('published')::date, current_date), @shingles::bigint[])
RETURNING id;

-- name: CountArticles :one
SELECT count(*) FROM articles;

-- name: GetArticle :one
SELECT a.id, a.url, a.headline, a.byline, a.dateline, a.published, a.body, a.source,
       a.extractor_version, a.ingested_at, a.syndicated_from, a.agency_inferred,
       p.slug AS publisher_slug, p.name AS publisher_name,
       g.slug AS agency_slug, g.name AS agency_name
FROM articles a
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets g ON g.id = a.agency_id
WHERE a.id = $1;

-- name: ListArticles :many
SELECT a.id, a.url, a.headline, a.byline, a.dateline, a.published, a.source, a.ingested_at,
       a.syndicated_from, a.agency_inferred,
       p.slug AS publisher_slug, p.name AS publisher_name,
       g.slug AS agency_slug, g.name AS agency_name,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)::bigint AS quote_count
FROM articles a
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets g ON g.id = a.agency_id
WHERE (sqlc.narg('before_id')::bigint IS NULL OR a.id < sqlc.narg('before_id'))
  AND (sqlc.narg('outlet')::text IS NULL OR p.slug = sqlc.narg('outlet') OR g.slug = sqlc.narg('outlet'))
  AND (sqlc.narg('from_date')::date IS NULL OR a.published >= sqlc.narg('from_date'))
  AND (sqlc.narg('to_date')::date IS NULL OR a.published <= sqlc.narg('to_date'))
ORDER BY a.id DESC
LIMIT @max_rows;

-- name: UpdateArticle :exec
UPDATE articles
SET content_hash = @content_hash, headline = sqlc.narg('headline'), byline = sqlc.narg('byline'),
    dateline = sqlc.narg('dateline'), published = sqlc.narg('published'),
    publisher_id = sqlc.narg('publisher_id'), agency_id = sqlc.narg('agency_id'),
    body = @body, source = @source, extractor_version = @extractor_version, ingested_at = now(),
    -- The same text again (a re-extraction) was not seen anew.
    seen_on = coalesce(sqlc.narg('published')::date,
                       CASE WHEN articles.content_hash = @content_hash THEN articles.seen_on ELSE current_date END),
    shingles = @shingles::bigint[],
    syndicated_from = NULL, agency_inferred = false
WHERE id = @id;

-- name: DeleteArticleQuotes :many
-- Returns the speakers whose quotes went, so emptied statements can go too.
WITH gone AS (DELETE FROM quotes WHERE article_id = $1 RETURNING speaker_id)
SELECT DISTINCT speaker_id::bigint FROM gone WHERE speaker_id IS NOT NULL;

-- name: LockArticleURL :exec
-- Serializes concurrent ingests of one URL for the rest of the transaction.
SELECT pg_advisory_xact_lock(hashtextextended(@url::text, 0));

-- name: SyndicationCandidates :many
-- Articles sharing sampled shingles with this one, near in time (undated
-- articles are near any date).
SELECT id, shingles, agency_id, agency_inferred, seen_on
FROM articles
WHERE shingles && @shingles::bigint[] AND id <> @id
  AND (sqlc.narg(day)::date IS NULL OR published IS NULL
       OR published BETWEEN sqlc.narg(day)::date - 7 AND sqlc.narg(day)::date + 7)
ORDER BY id
LIMIT 50;

-- name: MarkSyndicated :exec
-- Records that article id carries the copy of article from_id, and takes
-- the agency from it when the article does not name one itself.
UPDATE articles
SET syndicated_from = @from_id,
    agency_inferred = (agency_id IS NULL AND sqlc.narg('agency_id')::bigint IS NOT NULL) OR agency_inferred,
    agency_id       = coalesce(agency_id, sqlc.narg('agency_id'))
WHERE id = @id;

-- name: PlanCacheAuto :exec
-- Lets the rest of the transaction reuse generic plans of its prepared
-- statements. The pool forces custom plans for the optional filters of the
-- list queries; ingest queries filter on what they are given (the day
-- filters only weed out rows found by key), so planning each execution
-- anew, and each foreign key check of each row written, buys nothing.
SELECT set_config('plan_cache_mode', 'auto', true);

-- name: StaleArticles :many
-- Articles last extracted by another extractor version, in id order from
-- after_id, for re-extraction in batches. "<>" written as two ranges lets
-- the planner answer from articles_extractor_version_idx when few or none
-- are stale, and walk the primary key when many are.
SELECT id FROM articles
WHERE (extractor_version < @version OR extractor_version > @version) AND id > @after_id
ORDER BY id
LIMIT @max_rows;

-- name: LockArticleForReextract :one
-- Locks the article and returns what re-extraction needs; a concurrent
-- re-extraction of it waits, then sees the version it wrote.
SELECT a.id, a.url, a.content_hash, a.headline, a.byline, a.published, a.body, a.source,
       a.extractor_version, a.agency_inferred,
       p.name AS publisher_name, g.name AS agency_name
FROM articles a
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets g ON g.id = a.agency_id
WHERE a.id = $1
FOR UPDATE OF a;
