-- +goose Up

-- Every serve start asks for articles an older extractor wrote; without
-- this index that is a pass over the whole table even when none is stale.
CREATE INDEX articles_extractor_version_idx ON articles (extractor_version, id);

-- +goose Down
DROP INDEX articles_extractor_version_idx;
