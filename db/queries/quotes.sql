-- name: InsertQuotes :exec
-- All quotes of an article in one statement, in order (a repeat of the
-- offsets of an earlier one is left out):
-- element i of each array is quote i. Arrays cannot hold NULL here, so
-- 0 (ids), the empty string (text) and -2147483648 (offsets, confidence)
-- stand for it; quote i has the pairs pairs[pair_from[i]:pair_to[i]].
INSERT INTO quotes (article_id, speaker_id, text, kind, cue_type, start_offset, end_offset,
                    fragments, mention_text, mention_start, mention_end,
                    cue_text, cue_start, cue_end, venue, said_on,
                    confidence, speaker_confidence, extractor_version, statement_id, pairs)
SELECT sqlc.arg(article_id)::bigint,
       nullif((sqlc.arg(speaker_ids)::bigint[])[i], 0),
       (sqlc.arg(texts)::text[])[i],
       (sqlc.arg(kinds)::text[])[i],
       (sqlc.arg(cue_types)::text[])[i],
       (sqlc.arg(start_offsets)::int[])[i],
       (sqlc.arg(end_offsets)::int[])[i],
       nullif((sqlc.arg(fragments)::text[])[i], '')::jsonb,
       nullif((sqlc.arg(mention_texts)::text[])[i], ''),
       nullif((sqlc.arg(mention_starts)::int[])[i], -2147483648),
       nullif((sqlc.arg(mention_ends)::int[])[i], -2147483648),
       nullif((sqlc.arg(cue_texts)::text[])[i], ''),
       nullif((sqlc.arg(cue_starts)::int[])[i], -2147483648),
       nullif((sqlc.arg(cue_ends)::int[])[i], -2147483648),
       nullif((sqlc.arg(venues)::text[])[i], ''),
       (sqlc.arg(said_on)::date[])[i],
       (sqlc.arg(confidences)::real[])[i],
       nullif((sqlc.arg(speaker_confidences)::real[])[i], -2147483648),
       sqlc.arg(extractor_version)::text,
       nullif((sqlc.arg(statement_ids)::bigint[])[i], 0),
       (sqlc.arg(pairs)::bigint[])[(sqlc.arg(pair_from)::int[])[i]:(sqlc.arg(pair_to)::int[])[i]]
FROM generate_subscripts(sqlc.arg(texts)::text[], 1) AS i
ORDER BY i
ON CONFLICT (article_id, start_offset, end_offset) DO NOTHING;

-- name: ListQuotes :many
-- The context window (1,000 code points either side) lets the service cut
-- the surrounding paragraph without fetching whole articles.
SELECT q.id, q.text, q.kind, q.cue_type, q.start_offset, q.end_offset, q.fragments,
       q.mention_text, q.mention_start, q.mention_end, q.cue_text, q.cue_start, q.cue_end,
       q.venue, q.said_on, q.confidence, q.speaker_confidence, q.extractor_version,
       s.id AS speaker_id, s.slug AS speaker_slug, s.name AS speaker_name, s.kind AS speaker_kind,
       a.id AS article_id, a.headline, a.url, a.published,
       p.slug AS publisher_slug, p.name AS publisher_name,
       g.slug AS agency_slug, g.name AS agency_name,
       q.statement_id,
       (SELECT count(DISTINCT o.id) FROM quotes q2 JOIN articles a2 ON a2.id = q2.article_id
          JOIN outlets o ON o.id = a2.publisher_id OR o.id = a2.agency_id
         WHERE q2.statement_id = q.statement_id)::bigint AS statement_outlets,
       (SELECT count(DISTINCT q2.article_id) FROM quotes q2
         WHERE q2.statement_id = q.statement_id)::bigint AS statement_articles,
       greatest(q.start_offset - 1000, 0)::int AS window_start,
       substr(a.body, greatest(q.start_offset - 1000, 0) + 1,
              q.end_offset - greatest(q.start_offset - 1000, 0) + 1000)::text AS window_text
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets g ON g.id = a.agency_id
WHERE (sqlc.narg('before_id')::bigint IS NULL OR q.id < sqlc.narg('before_id'))
  AND (sqlc.narg('quote_id')::bigint IS NULL OR q.id = sqlc.narg('quote_id'))
  AND (sqlc.narg('ids')::bigint[] IS NULL OR q.id = ANY(sqlc.narg('ids')::bigint[]))
  AND (sqlc.narg('statement_id')::bigint IS NULL OR q.statement_id = sqlc.narg('statement_id'))
  AND (sqlc.narg('publisher')::text IS NULL OR p.slug = sqlc.narg('publisher'))
  AND (sqlc.narg('agency')::text IS NULL OR g.slug = sqlc.narg('agency'))
  AND (sqlc.narg('speaker_id')::bigint IS NULL OR q.speaker_id = sqlc.narg('speaker_id'))
  AND (sqlc.narg('article_id')::bigint IS NULL OR q.article_id = sqlc.narg('article_id'))
  AND (sqlc.narg('kind')::text IS NULL OR q.kind = sqlc.narg('kind'))
  AND (sqlc.narg('outlet')::text IS NULL OR p.slug = sqlc.narg('outlet') OR g.slug = sqlc.narg('outlet'))
  AND (sqlc.narg('from_date')::date IS NULL OR a.published >= sqlc.narg('from_date'))
  AND (sqlc.narg('to_date')::date IS NULL OR a.published <= sqlc.narg('to_date'))
  AND (sqlc.narg('query')::text IS NULL OR q.tsv @@ websearch_to_tsquery('english', sqlc.narg('query')))
  AND (sqlc.narg('cue_types')::text[] IS NULL OR q.cue_type = ANY(sqlc.narg('cue_types')::text[]))
  AND (sqlc.narg('min_confidence')::real IS NULL OR q.confidence >= sqlc.narg('min_confidence')::real)
  AND (sqlc.narg('min_speaker_confidence')::real IS NULL OR q.speaker_confidence >= sqlc.narg('min_speaker_confidence')::real)
ORDER BY q.id DESC
LIMIT @max_rows;

-- name: VerifyCandidates :many
-- Index-backed candidates for a claimed quote: the quotes sharing the most
-- content-word pairs with it (GIN on pairs), and those holding all of its
-- words (full-text index); only these few are scored by trigram similarity.
-- Trigrams alone cannot narrow a million quotes: every long quote holds a
-- third of a short claim's trigrams.
WITH by_pairs AS (
    SELECT q.id
    FROM quotes q
    WHERE q.pairs && @pairs::bigint[]
      AND (sqlc.narg('speaker_id')::bigint IS NULL OR q.speaker_id = sqlc.narg('speaker_id'))
    ORDER BY (SELECT count(*) FROM unnest(q.pairs) p WHERE p = ANY(@pairs::bigint[])) DESC, q.id
    LIMIT 200
), by_words AS (
    SELECT q.id
    FROM quotes q
    WHERE q.tsv @@ plainto_tsquery('english', @claim::text)
      AND (sqlc.narg('speaker_id')::bigint IS NULL OR q.speaker_id = sqlc.narg('speaker_id'))
    LIMIT 200
)
SELECT q.id,
       greatest(similarity(q.text, @claim::text), word_similarity(@claim::text, q.text))::float8 AS trgm
FROM quotes q
WHERE q.id IN (SELECT id FROM by_pairs UNION SELECT id FROM by_words)
ORDER BY trgm DESC, q.id
LIMIT 50;

