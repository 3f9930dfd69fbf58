-- name: LockKey :exec
-- Serializes work on one key (the statements of a speaker) for the transaction.
SELECT pg_advisory_xact_lock(@key::bigint);

-- name: StatementCandidates :many
-- Quotes of the speaker already grouped into statements, near in time.
SELECT q.statement_id::bigint AS statement_id, q.text
FROM quotes q
JOIN articles a ON a.id = q.article_id
WHERE q.speaker_id = @speaker_id AND q.statement_id IS NOT NULL
  AND q.pairs && @pairs::bigint[]
  AND (sqlc.narg(day)::date IS NULL OR a.published IS NULL
       OR a.published BETWEEN sqlc.narg(day)::date - 3 AND sqlc.narg(day)::date + 3)
ORDER BY q.id DESC
LIMIT 200;

-- name: StatementCandidatesFor :many
-- StatementCandidates for many quotes at once: quote n of the article has
-- the speaker speaker_ids[n] and the pairs listed as (n, pair) in ns and
-- pairs. Each quote gets its candidates newest first (rank 1 the newest,
-- at most 200), a statement and wording only once at its best rank, with
-- the first day and the length of the statement as it stands.
WITH wanted AS (
    SELECT (sqlc.arg(ns)::int[])[i] AS n, (sqlc.arg(speaker_ids)::bigint[])[i] AS speaker_id,
           array_agg((sqlc.arg(pairs)::bigint[])[i]) AS pairs
    FROM generate_subscripts(sqlc.arg(ns)::int[], 1) AS i
    GROUP BY 1, 2
), found AS (
    SELECT w.n, c.statement_id, c.text, c.rank
    FROM wanted w
    CROSS JOIN LATERAL (
        SELECT x.statement_id, x.text, row_number() OVER (ORDER BY x.id DESC) AS rank
        FROM (
            SELECT q.id, q.statement_id, q.text
            FROM quotes q
            JOIN articles a ON a.id = q.article_id
            WHERE q.speaker_id = w.speaker_id AND q.statement_id IS NOT NULL
              AND q.pairs && w.pairs
              AND (sqlc.narg(day)::date IS NULL OR a.published IS NULL
                   OR a.published BETWEEN sqlc.narg(day)::date - 3 AND sqlc.narg(day)::date + 3)
            ORDER BY q.id DESC
            LIMIT 200
        ) x
    ) c
)
SELECT f.n::int AS n, f.statement_id::bigint AS statement_id, f.text, min(f.rank)::int AS rank,
       min(st.first_seen)::date AS first_seen, min(char_length(st.canonical_text))::int AS canonical_length
FROM found f
JOIN statements st ON st.id = f.statement_id
GROUP BY f.n, f.statement_id, f.text
ORDER BY f.n, min(f.rank);

-- name: AllocateStatementIDs :many
-- Ids for the statements an article starts, taken in one round trip so
-- that its quotes can point at them before they are written.
SELECT nextval(pg_get_serial_sequence('statements', 'id'))::bigint AS id
FROM generate_series(1, sqlc.arg(count)::int)
ORDER BY 1;

-- name: InsertStatement :exec
INSERT INTO statements (id, speaker_id, canonical_text, first_article_id, first_seen)
OVERRIDING SYSTEM VALUE
VALUES (sqlc.arg(id), sqlc.arg(speaker_id), sqlc.arg(canonical_text), sqlc.arg(first_article_id), sqlc.arg(first_seen));

-- name: GrowStatement :exec
-- A new variant may be seen earlier, or be a fuller wording to show: the
-- fullest direct wording (in code points, the database being UTF-8).
UPDATE statements s
SET first_seen       = least(s.first_seen, sqlc.arg(day)::date),
    first_article_id = CASE WHEN sqlc.arg(day)::date < s.first_seen THEN sqlc.arg(article_id) ELSE s.first_article_id END,
    canonical_text   = CASE WHEN sqlc.arg(direct)::boolean AND char_length(sqlc.arg(text)::text) > char_length(s.canonical_text)
                            THEN sqlc.arg(text)::text ELSE s.canonical_text END
WHERE s.id = sqlc.arg(id);

-- name: ListStatements :many
SELECT st.id, st.canonical_text, st.first_seen, st.first_article_id,
       sp.id AS speaker_id, sp.slug AS speaker_slug, sp.name AS speaker_name, sp.kind AS speaker_kind,
       (SELECT count(*) FROM quotes q WHERE q.statement_id = st.id)::bigint AS variant_count,
       (SELECT count(DISTINCT q.article_id) FROM quotes q WHERE q.statement_id = st.id)::bigint AS article_count,
       (SELECT count(DISTINCT o.id) FROM quotes q JOIN articles a ON a.id = q.article_id
          JOIN outlets o ON o.id = a.publisher_id OR o.id = a.agency_id
         WHERE q.statement_id = st.id)::bigint AS outlet_count
FROM statements st
JOIN speakers sp ON sp.id = st.speaker_id
WHERE (sqlc.narg('before_id')::bigint IS NULL OR st.id < sqlc.narg('before_id'))
  AND (sqlc.narg('statement_id')::bigint IS NULL OR st.id = sqlc.narg('statement_id'))
  AND (sqlc.narg('speaker_id')::bigint IS NULL OR st.speaker_id = sqlc.narg('speaker_id'))
  AND (sqlc.narg('from_date')::date IS NULL OR st.first_seen >= sqlc.narg('from_date'))
  AND (sqlc.narg('to_date')::date IS NULL OR st.first_seen <= sqlc.narg('to_date'))
  AND (sqlc.narg('query')::text IS NULL OR EXISTS (
        SELECT 1 FROM quotes q WHERE q.statement_id = st.id
          AND q.tsv @@ websearch_to_tsquery('english', sqlc.narg('query'))))
ORDER BY st.id DESC
LIMIT @max_rows;

-- name: StatementOutlets :many
-- Every outlet that carried the statement, with the first day it did.
SELECT q.statement_id::bigint AS statement_id, o.slug, o.name, o.kind, min(a.seen_on)::date AS first_seen,
       count(DISTINCT a.id)::bigint AS article_count
FROM quotes q
JOIN articles a ON a.id = q.article_id
JOIN outlets o ON o.id = a.publisher_id OR o.id = a.agency_id
WHERE q.statement_id = ANY(@ids::bigint[])
GROUP BY q.statement_id, o.id
ORDER BY q.statement_id, min(a.seen_on), o.name;

-- name: DeleteEmptyStatements :exec
-- After an article's quotes are replaced, statements left without a
-- variant go; ON DELETE CASCADE on first_article_id cannot see this case.
DELETE FROM statements s
WHERE s.speaker_id = ANY(@speaker_ids::bigint[])
  AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.statement_id = s.id);
