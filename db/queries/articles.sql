-- name: GetArticleIDByHash :one
SELECT id FROM articles WHERE content_hash = $1;

-- name: GetArticleIDByURL :one
SELECT id FROM articles WHERE url = $1;

-- name: InsertArticle :one
INSERT INTO articles (url, content_hash, headline, byline, dateline, published,
                      publisher_id, agency_id, body, source, extractor_version)
VALUES (sqlc.narg('url'), @content_hash, sqlc.narg('headline'), sqlc.narg('byline'),
        sqlc.narg('dateline'), sqlc.narg('published'), sqlc.narg('publisher_id'),
        sqlc.narg('agency_id'), @body, @source, @extractor_version)
RETURNING id;

-- name: CountArticles :one
SELECT count(*) FROM articles;

-- name: GetArticle :one
SELECT a.id, a.url, a.headline, a.byline, a.dateline, a.published, a.body, a.source,
       a.extractor_version, a.ingested_at,
       p.slug AS publisher_slug, p.name AS publisher_name,
       g.slug AS agency_slug, g.name AS agency_name
FROM articles a
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets g ON g.id = a.agency_id
WHERE a.id = $1;

-- name: ListArticles :many
SELECT a.id, a.url, a.headline, a.byline, a.dateline, a.published, a.source, a.ingested_at,
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
    body = @body, source = @source, extractor_version = @extractor_version, ingested_at = now()
WHERE id = @id;

-- name: DeleteArticleQuotes :exec
DELETE FROM quotes WHERE article_id = $1;

-- name: LockArticleURL :exec
-- Serializes concurrent ingests of one URL for the rest of the transaction.
SELECT pg_advisory_xact_lock(hashtextextended(@url::text, 0));
