-- name: UpsertOutlet :one
-- The no-op update makes RETURNING give the id of an existing row too.
INSERT INTO outlets (slug, name, kind, domain)
VALUES ($1, $2, $3, sqlc.narg('domain'))
ON CONFLICT (slug) DO UPDATE SET domain = coalesce(outlets.domain, excluded.domain)
RETURNING id;

-- name: ListOutlets :many
SELECT o.id, o.slug, o.name, o.kind, o.domain,
       (SELECT count(*) FROM articles a WHERE a.publisher_id = o.id OR a.agency_id = o.id)::bigint AS article_count,
       (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE a.publisher_id = o.id OR a.agency_id = o.id)::bigint AS quote_count
FROM outlets o
ORDER BY o.name, o.id;

-- name: GetOutletBySlug :one
SELECT id, slug, name, kind, domain FROM outlets WHERE slug = $1;
