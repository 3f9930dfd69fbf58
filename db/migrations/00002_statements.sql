-- +goose Up

-- A statement is one utterance as reported across outlets: its quotes are
-- the variants (wordings, translations, partial quotes).
CREATE TABLE statements (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    speaker_id       bigint NOT NULL REFERENCES speakers (id),
    canonical_text   text NOT NULL CHECK (canonical_text <> ''),
    first_article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    first_seen       date NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statements_speaker_idx ON statements (speaker_id, first_seen);

ALTER TABLE quotes ADD COLUMN statement_id bigint REFERENCES statements (id) ON DELETE SET NULL;
CREATE INDEX quotes_statement_idx ON quotes (statement_id);

-- Hashes of consecutive content-word pairs (stemmed, stop words out), from
-- internal/similar. Two wordings of one utterance share pairs ("countries
-- committed", "deploy troops") where a long unrelated quote shares only
-- common trigrams, so this index finds candidates among millions of quotes.
ALTER TABLE quotes ADD COLUMN pairs bigint[] NOT NULL DEFAULT '{}';
CREATE INDEX quotes_pairs_idx ON quotes USING gin (pairs);

-- The date an article's words count from: its publication date, else the
-- day it was ingested.
ALTER TABLE articles ADD COLUMN seen_on date;
UPDATE articles SET seen_on = coalesce(published, ingested_at::date);
ALTER TABLE articles ALTER COLUMN seen_on SET NOT NULL;
CREATE INDEX articles_seen_on_idx ON articles (seen_on);

-- Syndication: a sample of the body's word shingles (the same hashes are
-- kept for every article, so shared samples estimate shared text), and the
-- article whose wire copy this one carries.
ALTER TABLE articles ADD COLUMN shingles bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE articles ADD COLUMN syndicated_from bigint REFERENCES articles (id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN agency_inferred boolean NOT NULL DEFAULT false;
ALTER TABLE articles ADD CONSTRAINT articles_not_own_copy CHECK (syndicated_from IS NULL OR syndicated_from <> id);
ALTER TABLE articles ADD CONSTRAINT articles_inferred_has_agency CHECK (NOT agency_inferred OR agency_id IS NOT NULL);
CREATE INDEX articles_shingles_idx ON articles USING gin (shingles);

-- Titles the articles give a speaker, with when they were seen.
CREATE TABLE speaker_roles (
    speaker_id  bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    title       text NOT NULL CHECK (btrim(title) <> ''),
    title_key   text NOT NULL,
    first_seen  date,            -- NULL while only undated articles used it
    last_seen   date,
    mentions    integer NOT NULL DEFAULT 1 CHECK (mentions > 0),
    PRIMARY KEY (speaker_id, title_key),
    CHECK ((first_seen IS NULL) = (last_seen IS NULL) AND last_seen >= first_seen)
);
CREATE INDEX speaker_roles_title_idx ON speaker_roles (title_key);

-- An unnamed role ("a German government spokesman") may be a named person;
-- this is a suggestion with its evidence, never a merge.
CREATE TABLE speaker_suggestions (
    role_id     bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    person_id   bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    confidence  real NOT NULL CHECK (confidence > 0 AND confidence <= 1),
    evidence    text NOT NULL,
    article_id  bigint REFERENCES articles (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (role_id, person_id),
    CHECK (role_id <> person_id)
);

-- +goose Down
DROP TABLE speaker_suggestions;
DROP TABLE speaker_roles;
ALTER TABLE articles DROP COLUMN agency_inferred, DROP COLUMN syndicated_from, DROP COLUMN shingles, DROP COLUMN seen_on;
ALTER TABLE quotes DROP COLUMN statement_id, DROP COLUMN pairs;
DROP TABLE statements;
