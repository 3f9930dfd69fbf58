-- name: CreateSpeaker :one
-- Takes the first of the candidate slugs that no speaker holds. A speaker
-- of this kind and name may exist all the same (an alias of it never
-- matched the name): then it keeps its slug and gains what it lacked.
INSERT INTO speakers (slug, name, name_key, kind, description, holder_id)
SELECT c.slug, sqlc.arg(name), sqlc.arg(name_key), sqlc.arg(kind), sqlc.narg(description), sqlc.narg(holder_id)
FROM unnest(sqlc.arg(slugs)::text[]) WITH ORDINALITY AS c (slug, n)
WHERE NOT EXISTS (SELECT 1 FROM speakers t WHERE t.slug = c.slug)
ORDER BY c.n
LIMIT 1
ON CONFLICT (kind, name_key) DO UPDATE
    SET description = coalesce(speakers.description, excluded.description),
        holder_id   = coalesce(speakers.holder_id, excluded.holder_id)
RETURNING id;

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
-- Ranks exact and word-prefix matches of the folded name or an alias first, then
-- word and trigram similarity, so misspellings still find their speaker.
WITH cand AS (
    SELECT s.id,
           greatest(
             CASE WHEN s.name_key = @key THEN 1.0
                  WHEN strpos(' ' || s.name_key, ' ' || @key) > 0 THEN 0.9
                  ELSE 0 END,
             word_similarity(@key, s.name_key),
             similarity(@key, s.name_key)
           )::float8 AS score
    FROM speakers s
    WHERE s.name_key % @key OR @key <% s.name_key OR strpos(s.name_key, @key) > 0
    UNION ALL
    SELECT a.speaker_id,
           greatest(
             CASE WHEN a.alias_key = @key THEN 1.0
                  WHEN strpos(' ' || a.alias_key, ' ' || @key) > 0 THEN 0.9
                  ELSE 0 END,
             word_similarity(@key, a.alias_key),
             similarity(@key, a.alias_key)
           )::float8 AS score
    FROM speaker_aliases a
    WHERE a.alias_key % @key OR @key <% a.alias_key OR strpos(a.alias_key, @key) > 0
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

-- name: FindSpeakerByAlias :one
SELECT s.id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
WHERE a.alias_key = @key AND s.kind = @kind
ORDER BY s.id
LIMIT 1;

-- name: ResolveSpeakers :many
-- For each name (kind and folded key, numbered from 1): the speaker with it
-- as an alias (first id), or for a person with no such alias, up to ten
-- people with a similar name as SimilarSpeakers finds them, most similar first.
WITH names AS (
    SELECT i AS n, (sqlc.arg(kinds)::text[])[i] AS kind, (sqlc.arg(keys)::text[])[i] AS key
    FROM generate_subscripts(sqlc.arg(keys)::text[], 1) AS i
), by_alias AS (
    SELECT n.n, (SELECT s.id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
                 WHERE a.alias_key = n.key AND s.kind = n.kind
                 ORDER BY s.id LIMIT 1) AS id
    FROM names n
)
SELECT b.n::int AS n, b.id::bigint AS id, ''::text AS name_key, true AS by_alias
FROM by_alias b WHERE b.id IS NOT NULL
UNION ALL
SELECT n.n::int, c.id, c.name_key, false
FROM names n
JOIN by_alias b ON b.n = n.n AND b.id IS NULL
CROSS JOIN LATERAL (
    SELECT s.id, s.name_key, similarity(s.name_key, n.key) AS sim FROM speakers s
    WHERE n.kind = 'person' AND s.kind = n.kind AND s.name_key % n.key
    ORDER BY similarity(s.name_key, n.key) DESC, s.id
    LIMIT 10
) c
ORDER BY 1, 4 DESC;

-- name: SimilarSpeakers :many
-- Spelling variants and transliterations: same kind, similar folded name.
SELECT id, name_key FROM speakers
WHERE kind = @kind AND name_key % @key
ORDER BY similarity(name_key, @key) DESC, id
LIMIT 10;

-- name: UpsertRole :exec
INSERT INTO speaker_roles (speaker_id, title, title_key, first_seen, last_seen)
VALUES (@speaker_id, @title, sqlc.arg(title_key), @day, @day)
ON CONFLICT (speaker_id, title_key) DO UPDATE
SET first_seen = least(speaker_roles.first_seen, excluded.first_seen),
    last_seen  = greatest(speaker_roles.last_seen, excluded.last_seen),
    mentions   = speaker_roles.mentions + 1;

-- name: SpeakerRoles :many
SELECT speaker_id, title, first_seen, last_seen, mentions FROM speaker_roles
WHERE speaker_id = ANY(@ids::bigint[])
ORDER BY speaker_id, last_seen DESC, title;

-- name: RolesQuotedNear :many
-- Unnamed-role speakers named like a title, quoted within a week of day.
SELECT DISTINCT s.id FROM speakers s
JOIN quotes q ON q.speaker_id = s.id
JOIN articles a ON a.id = q.article_id
WHERE s.kind = 'role' AND s.name_key = sqlc.arg(title_key)
  AND (sqlc.narg(day)::date IS NULL OR a.published IS NULL
       OR a.published BETWEEN sqlc.narg(day)::date - 7 AND sqlc.narg(day)::date + 7);

-- name: PeopleTitledNear :many
-- People an article gave this title within a week of day.
SELECT r.speaker_id, s.name, r.title, r.first_seen, r.last_seen FROM speaker_roles r
JOIN speakers s ON s.id = r.speaker_id
WHERE s.kind = 'person' AND r.title_key = sqlc.arg(title_key)
  AND (sqlc.narg(day)::date IS NULL OR r.first_seen IS NULL
       OR (r.first_seen <= sqlc.narg(day)::date + 7 AND r.last_seen >= sqlc.narg(day)::date - 7));

-- name: UpsertSuggestion :exec
INSERT INTO speaker_suggestions (role_id, person_id, confidence, evidence, article_id)
VALUES (@role_id, @person_id, @confidence, @evidence, sqlc.narg('article_id'))
ON CONFLICT (role_id, person_id) DO UPDATE
SET confidence = greatest(speaker_suggestions.confidence, excluded.confidence);

-- name: SpeakerSuggestions :many
SELECT g.role_id, g.confidence, g.evidence, p.id AS person_id, p.slug, p.name, p.kind
FROM speaker_suggestions g JOIN speakers p ON p.id = g.person_id
WHERE g.role_id = ANY(@ids::bigint[])
ORDER BY g.role_id, g.confidence DESC, p.id;

-- name: RoleLinksNear :many
-- RolesQuotedNear for each title key in titles (is_role true: speaker_id is
-- the role) and PeopleTitledNear for each role name key in roles (is_role
-- false: speaker_id is the person), for one article in one query.
SELECT t.key::text AS key, true AS is_role, r.id::bigint AS speaker_id,
       ''::text AS name, ''::text AS title, NULL::date AS first_seen
FROM unnest(sqlc.arg(titles)::text[]) AS t (key)
CROSS JOIN LATERAL (
    SELECT DISTINCT s.id FROM speakers s
    JOIN quotes q ON q.speaker_id = s.id
    JOIN articles a ON a.id = q.article_id
    WHERE s.kind = 'role' AND s.name_key = t.key
      AND (sqlc.narg(day)::date IS NULL OR a.published IS NULL
           OR a.published BETWEEN sqlc.narg(day)::date - 7 AND sqlc.narg(day)::date + 7)
) r
UNION ALL
SELECT t.key::text, false, r.speaker_id, s.name, r.title, r.first_seen
FROM unnest(sqlc.arg(roles)::text[]) AS t (key)
JOIN speaker_roles r ON r.title_key = t.key
JOIN speakers s ON s.id = r.speaker_id
WHERE s.kind = 'person'
  AND (sqlc.narg(day)::date IS NULL OR r.first_seen IS NULL
       OR (r.first_seen <= sqlc.narg(day)::date + 7 AND r.last_seen >= sqlc.narg(day)::date - 7));
