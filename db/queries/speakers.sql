-- name: UpsertSpeaker :one
INSERT INTO speakers (slug, name, name_key, kind, description, holder_id)
VALUES (@slug, @name, @name_key, @kind, sqlc.narg('description'), sqlc.narg('holder_id'))
ON CONFLICT (kind, name_key) DO UPDATE
    SET description = coalesce(speakers.description, excluded.description),
        holder_id   = coalesce(speakers.holder_id, excluded.holder_id)
RETURNING id;

-- name: SlugTaken :one
SELECT EXISTS (SELECT 1 FROM speakers WHERE slug = $1);

-- name: AddSpeakerAlias :exec
INSERT INTO speaker_aliases (speaker_id, alias, alias_key)
VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING;

-- name: GetSpeaker :one
SELECT s.id, s.slug, s.name, s.kind, s.description, s.wikidata_id, s.holder_id,
       (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id)::bigint AS quote_count
FROM speakers s
WHERE s.id = sqlc.narg('id') OR s.slug = sqlc.narg('slug');

-- name: SpeakerAliases :many
SELECT speaker_id, alias FROM speaker_aliases
WHERE speaker_id = ANY(@ids::bigint[])
ORDER BY speaker_id, alias;

-- name: ListSpeakers :many
SELECT s.id, s.slug, s.name, s.kind, s.description, s.wikidata_id, s.holder_id,
       count(q.id)::bigint AS quote_count
FROM speakers s
LEFT JOIN quotes q ON q.speaker_id = s.id
WHERE (sqlc.narg('kind')::text IS NULL OR s.kind = sqlc.narg('kind'))
GROUP BY s.id
ORDER BY count(q.id) DESC, s.id
LIMIT @max_rows OFFSET @skip;

-- name: SearchSpeakers :many
-- Ranks exact and prefix matches of the folded name or an alias first, then
-- word and trigram similarity, so misspellings still find their speaker.
WITH cand AS (
    SELECT s.id,
           greatest(
             CASE WHEN s.name_key = @key THEN 1.0
                  WHEN s.name_key LIKE @key || '%' OR s.name_key LIKE '% ' || @key || '%' THEN 0.9
                  ELSE 0 END,
             word_similarity(@key, s.name_key),
             similarity(@key, s.name_key)
           )::float8 AS score
    FROM speakers s
    WHERE s.name_key % @key OR @key <% s.name_key OR s.name_key LIKE '%' || @key || '%'
    UNION ALL
    SELECT a.speaker_id,
           greatest(
             CASE WHEN a.alias_key = @key THEN 1.0
                  WHEN a.alias_key LIKE @key || '%' OR a.alias_key LIKE '% ' || @key || '%' THEN 0.9
                  ELSE 0 END,
             word_similarity(@key, a.alias_key),
             similarity(@key, a.alias_key)
           )::float8 AS score
    FROM speaker_aliases a
    WHERE a.alias_key % @key OR @key <% a.alias_key OR a.alias_key LIKE '%' || @key || '%'
), best AS (
    SELECT id, max(score)::float8 AS score FROM cand GROUP BY id
)
SELECT s.id, s.slug, s.name, s.kind, s.description, s.wikidata_id, s.holder_id,
       b.score,
       (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id)::bigint AS quote_count
FROM best b JOIN speakers s ON s.id = b.id
WHERE b.score >= @min_score::float8
ORDER BY b.score DESC, quote_count DESC, s.id
LIMIT @max_rows;
